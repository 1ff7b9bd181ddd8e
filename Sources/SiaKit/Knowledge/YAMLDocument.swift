import Yams

/// A parsed YAML file that remembers where each value came from, so every problem can
/// be reported as `file:line`. Parse errors become diagnostics, never exceptions.
public struct YAMLDocument {
  public let file: String
  public let root: Node?
  /// Line added to every mark: a front matter starts after the opening `---`.
  let lineOffset: Int

  /// Documents larger than this many nodes (after alias expansion) are refused, so an
  /// "exploding aliases" file cannot exhaust memory.
  static let nodeBudget = 200_000
  /// Nor more text than this once aliases are expanded: few nodes can still stand for
  /// gigabytes (a 1 MB scalar aliased a thousand times), which whoever reads the values
  /// — a declaration quoting answers — would copy. The whole knowledge base is far
  /// below it (`sia lint` would say otherwise).
  static let textBudget = 4_000_000

  public init(file: String, text: String, lineOffset: Int = 0, diagnostics: inout [Diagnostic]) {
    self.file = file
    self.lineOffset = lineOffset
    if text.utf8.contains(0) {
      diagnostics.append(Diagnostic(file: file, line: 1 + lineOffset, Messages.diagNulByte))
      root = nil
      return
    }
    do {
      // Every value is read as text and typed by our own accessors, so the basic resolver
      // (no implicit int/bool/date regexes on every scalar) is enough, and much faster.
      let node = try Yams.compose(yaml: text, .basic)
      var count = 0
      var text = 0
      if let node, !YAMLDocument.withinBudget(node, count: &count, text: &text) {
        diagnostics.append(
          Diagnostic(
            file: file, line: 1 + lineOffset,
            Messages.diagTooLargeAfterAliases,
            [.nodes: "\(YAMLDocument.nodeBudget)", .megabytes: "\(YAMLDocument.textBudget / 1_000_000)"]))
        root = nil
        return
      }
      root = node
    } catch let error as YamlError {
      let (line, problem) = YAMLDocument.describe(error)
      diagnostics.append(
        Diagnostic(file: file, line: line + lineOffset, Messages.diagInvalidYAML.both(bilingual: [.detail: problem])))
      root = nil
    } catch {
      diagnostics.append(Diagnostic(file: file, line: 1 + lineOffset, Messages.diagInvalidYAML, [.detail: "\(error)"]))
      root = nil
    }
  }

  public func line(of node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }

  /// The root as a mapping, or a diagnostic.
  public func rootMapping(_ diagnostics: inout [Diagnostic]) -> YAMLMap? {
    guard let root else { return nil }
    guard case .mapping = root else {
      diagnostics.append(Diagnostic(file: file, line: line(of: root), Messages.diagExpectedMapping))
      return nil
    }
    return YAMLMap(document: self, node: root)
  }

  /// The root as a list of mappings (FAQ, exercises, rules…), each wrapped.
  public func rootList(_ diagnostics: inout [Diagnostic]) -> [YAMLMap] {
    guard let root else { return [] }
    guard case let .sequence(items) = root else {
      diagnostics.append(Diagnostic(file: file, line: line(of: root), Messages.diagExpectedList))
      return []
    }
    var maps: [YAMLMap] = []
    for item in items {
      if case .mapping = item {
        maps.append(YAMLMap(document: self, node: item))
      } else {
        diagnostics.append(Diagnostic(file: file, line: line(of: item), Messages.diagExpectedEntry))
      }
    }
    return maps
  }

  static func withinBudget(_ node: Node, count: inout Int, text: inout Int) -> Bool {
    count += 1
    if count > nodeBudget { return false }
    switch node {
    case let .scalar(scalar):
      text += scalar.string.utf8.count
      return text <= textBudget
    case .alias: return true
    case let .sequence(seq):
      for child in seq where !withinBudget(child, count: &count, text: &text) { return false }
      return true
    case let .mapping(map):
      for (key, value) in map {
        if !withinBudget(key, count: &count, text: &text) || !withinBudget(value, count: &count, text: &text) {
          return false
        }
      }
      return true
    }
  }

  static func describe(_ error: YamlError) -> (Int, Bilingual) {
    switch error {
    case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
      return (mark.line, explained(problem))
    case let .reader(problem, _, _, _):
      return (1, explained(problem))
    case let .duplicatedKeysInMapping(duplicates, context):
      return (context.mark.line, Messages.diagDuplicatedKeys.both([.keys: duplicates.joined(separator: ", ")]))
    default:
      return (1, Bilingual(fr: "\(error)", en: "\(error)"))
    }
  }

  /// libyaml's problems that a person editing a file meets, said in both languages;
  /// a rarer one keeps libyaml's English words.
  static func explained(_ problem: String) -> Bilingual {
    let known: [String: Message] = Dictionary(
      [
        Messages.diagYAMLListComma, Messages.diagYAMLMapComma, Messages.diagYAMLExpectedKey,
        Messages.diagYAMLExpectedDash,
        Messages.diagYAMLMappingValues, Messages.diagYAMLExpectedColon, Messages.diagYAMLBadStart,
        Messages.diagYAMLNodeContent, Messages.diagYAMLTabIndent, Messages.diagYAMLTabIndent2,
        Messages.diagYAMLEndOfStream, Messages.diagYAMLUndefinedAlias, Messages.diagYAMLSequenceEntries,
      ].map { ($0.en, $0) }
    ) { first, _ in first }
    return known[problem]?.both() ?? Bilingual(fr: problem, en: problem)
  }
}

/// A YAML mapping with typed, line-aware accessors. Missing or mistyped values add a
/// diagnostic naming the key and the entry's id.
public struct YAMLMap {
  public let document: YAMLDocument
  public let node: Node
  /// The key/value pairs, computed once: every accessor looks keys up here.
  let pairs: [(String, Node)]

  public init(document: YAMLDocument, node: Node) {
    self.document = document
    self.node = node
    if case let .mapping(map) = node {
      pairs = map.map { (($0.key.string ?? ""), $0.value) }
    } else {
      pairs = []
    }
  }

  public var line: Int { document.line(of: node) }
  public var file: String { document.file }

  public var keys: [String] { pairs.map(\.0) }

  public func value(_ key: String) -> Node? { pairs.first { $0.0 == key }?.1 }

  public func line(of key: String) -> Int {
    value(key).map(document.line(of:)) ?? line
  }

  /// A scalar as text; nil when absent. A non-scalar adds a diagnostic.
  public func string(_ key: String, id: String? = nil, _ diagnostics: inout [Diagnostic]) -> String? {
    guard let node = value(key) else { return nil }
    if case let .scalar(scalar) = node {
      return scalar.string
    }
    diagnostics.append(
      Diagnostic(file: file, line: document.line(of: node), id: id, Messages.diagMustBeText, [.key: key]))
    return nil
  }

  /// A required non-empty scalar.
  public func required(_ key: String, id: String? = nil, _ diagnostics: inout [Diagnostic]) -> String? {
    guard let text = string(key, id: id, &diagnostics) else {
      if value(key) == nil {
        diagnostics.append(Diagnostic(file: file, line: line, id: id, Messages.diagMissingField, [.key: key]))
      }
      return nil
    }
    if text.trimmed.isEmpty {
      diagnostics.append(Diagnostic(file: file, line: line(of: key), id: id, Messages.diagEmptyField, [.key: key]))
      return nil
    }
    return text
  }

  /// A list of scalars; a single scalar counts as a one-element list.
  public func strings(_ key: String, id: String? = nil, _ diagnostics: inout [Diagnostic]) -> [String] {
    guard let node = value(key) else { return [] }
    switch node {
    case let .scalar(scalar):
      return scalar.string.isEmpty ? [] : [scalar.string]
    case let .sequence(items):
      var result: [String] = []
      for item in items {
        if case let .scalar(scalar) = item {
          result.append(scalar.string)
        } else {
          diagnostics.append(
            Diagnostic(file: file, line: document.line(of: item), id: id, Messages.diagMustListTexts, [.key: key]))
        }
      }
      return result
    default:
      diagnostics.append(
        Diagnostic(file: file, line: document.line(of: node), id: id, Messages.diagMustBeList, [.key: key]))
      return []
    }
  }

  public func bool(_ key: String, id: String? = nil, _ diagnostics: inout [Diagnostic]) -> Bool? {
    guard let text = string(key, id: id, &diagnostics) else { return nil }
    switch text.lowercased() {
    case "true", "yes", "oui": return true
    case "false", "no", "non": return false
    default:
      diagnostics.append(
        Diagnostic(file: file, line: line(of: key), id: id, Messages.diagMustBeBool, [.key: key, .value: text]))
      return nil
    }
  }

  /// A nested list of mappings (choices, options, conditions…).
  public func maps(_ key: String, id: String? = nil, _ diagnostics: inout [Diagnostic]) -> [YAMLMap] {
    guard let node = value(key) else { return [] }
    guard case let .sequence(items) = node else {
      diagnostics.append(
        Diagnostic(file: file, line: document.line(of: node), id: id, Messages.diagMustBeEntryList, [.key: key]))
      return []
    }
    return items.compactMap { item in
      if case .mapping = item { return YAMLMap(document: document, node: item) }
      diagnostics.append(
        Diagnostic(file: file, line: document.line(of: item), id: id, Messages.diagEntriesMustBeMaps, [.key: key]))
      return nil
    }
  }

  public func map(_ key: String) -> YAMLMap? {
    guard let node = value(key), case .mapping = node else { return nil }
    return YAMLMap(document: document, node: node)
  }

  /// Warns about keys this format does not know (usually a typo).
  public func checkKeys(_ allowed: Set<String>, id: String?, _ diagnostics: inout [Diagnostic]) {
    for (key, value) in pairs where !allowed.contains(key) {
      diagnostics.append(
        Diagnostic(
          file: file, line: document.line(of: value), id: id,
          Messages.diagUnknownField, [.key: key, .allowed: allowed.sorted().joined(separator: ", ")]))
    }
  }
}
