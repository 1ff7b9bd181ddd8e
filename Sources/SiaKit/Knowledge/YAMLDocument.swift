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
      diagnostics.append(Diagnostic(file: file, line: 1 + lineOffset, message: "file contains a NUL byte"))
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
        diagnostics.append(Diagnostic(
          file: file, line: 1 + lineOffset,
          message: "document too large after expanding aliases (more than \(YAMLDocument.nodeBudget) nodes "
            + "or \(YAMLDocument.textBudget / 1_000_000) MB of text)"))
        root = nil
        return
      }
      root = node
    } catch let error as YamlError {
      let (line, problem) = YAMLDocument.describe(error)
      diagnostics.append(Diagnostic(file: file, line: line + lineOffset, message: "invalid YAML: \(problem)"))
      root = nil
    } catch {
      diagnostics.append(Diagnostic(file: file, line: 1 + lineOffset, message: "invalid YAML: \(error)"))
      root = nil
    }
  }

  public func line(of node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }

  /// The root as a mapping, or a diagnostic.
  public func rootMapping(_ diagnostics: inout [Diagnostic]) -> YAMLMap? {
    guard let root else { return nil }
    guard case .mapping = root else {
      diagnostics.append(Diagnostic(file: file, line: line(of: root), message: "expected a mapping (key: value lines)"))
      return nil
    }
    return YAMLMap(document: self, node: root)
  }

  /// The root as a list of mappings (FAQ, exercises, rules…), each wrapped.
  public func rootList(_ diagnostics: inout [Diagnostic]) -> [YAMLMap] {
    guard let root else { return [] }
    guard case let .sequence(items) = root else {
      diagnostics.append(Diagnostic(file: file, line: line(of: root), message: "expected a list of entries (lines starting with '- ')"))
      return []
    }
    var maps: [YAMLMap] = []
    for item in items {
      if case .mapping = item {
        maps.append(YAMLMap(document: self, node: item))
      } else {
        diagnostics.append(Diagnostic(file: file, line: line(of: item), message: "expected an entry with key: value lines"))
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
        if !withinBudget(key, count: &count, text: &text) || !withinBudget(value, count: &count, text: &text) { return false }
      }
      return true
    }
  }

  static func describe(_ error: YamlError) -> (Int, String) {
    switch error {
    case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
      return (mark.line, problem)
    case let .reader(problem, _, _, _):
      return (1, problem)
    case let .duplicatedKeysInMapping(duplicates, context):
      return (context.mark.line, "duplicated keys \(duplicates.joined(separator: ", "))")
    default:
      return (1, "\(error)")
    }
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
    diagnostics.append(Diagnostic(file: file, line: document.line(of: node), id: id, message: "'\(key)' must be a text value"))
    return nil
  }

  /// A required non-empty scalar.
  public func required(_ key: String, id: String? = nil, _ diagnostics: inout [Diagnostic]) -> String? {
    guard let text = string(key, id: id, &diagnostics) else {
      if value(key) == nil {
        diagnostics.append(Diagnostic(file: file, line: line, id: id, message: "missing required field '\(key)'"))
      }
      return nil
    }
    if text.trimmed.isEmpty {
      diagnostics.append(Diagnostic(file: file, line: line(of: key), id: id, message: "'\(key)' is empty"))
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
          diagnostics.append(Diagnostic(file: file, line: document.line(of: item), id: id, message: "'\(key)' must list text values"))
        }
      }
      return result
    default:
      diagnostics.append(Diagnostic(file: file, line: document.line(of: node), id: id, message: "'\(key)' must be a list"))
      return []
    }
  }

  public func bool(_ key: String, id: String? = nil, _ diagnostics: inout [Diagnostic]) -> Bool? {
    guard let text = string(key, id: id, &diagnostics) else { return nil }
    switch text.lowercased() {
    case "true", "yes", "oui": return true
    case "false", "no", "non": return false
    default:
      diagnostics.append(Diagnostic(file: file, line: line(of: key), id: id, message: "'\(key)' must be true or false, not '\(text)'"))
      return nil
    }
  }

  /// A nested list of mappings (choices, options, conditions…).
  public func maps(_ key: String, id: String? = nil, _ diagnostics: inout [Diagnostic]) -> [YAMLMap] {
    guard let node = value(key) else { return [] }
    guard case let .sequence(items) = node else {
      diagnostics.append(Diagnostic(file: file, line: document.line(of: node), id: id, message: "'\(key)' must be a list of entries"))
      return []
    }
    return items.compactMap { item in
      if case .mapping = item { return YAMLMap(document: document, node: item) }
      diagnostics.append(Diagnostic(file: file, line: document.line(of: item), id: id, message: "'\(key)' entries must be key: value entries"))
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
      diagnostics.append(Diagnostic(
        file: file, line: document.line(of: value), id: id,
        message: "unknown field '\(key)' (expected one of: \(allowed.sorted().joined(separator: ", ")))"))
    }
  }
}
