import Foundation

/// The medical words of `Knowledge/scan/lexique-medical.yaml`, ready for matching: each
/// term is tokenised like scanned text and stored as the hash of its token sequence,
/// with every prefix too, so matching stops at the first token that starts no term.
public struct MedicalLexicon: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case diagnostic, traitement, resultat, rare
  }

  /// Longest term, in tokens.
  static let maxTokens = 8

  var terms: [UInt64: Kind] = [:]
  /// The keys of `terms`, probed first: most tokens start no term, and this set answers
  /// faster than the dictionary.
  var termHashes = HashSet64()
  var prefixes = HashSet64()
  public private(set) var count = 0

  public init() {}

  public static let empty = MedicalLexicon()

  /// Adds a term (« maladie d'Alzheimer », « HbA1c »); false when it has no word or
  /// more tokens than a match looks at.
  @discardableResult
  mutating func add(_ term: String, kind: Kind) -> Bool {
    let bytes = Array(term.utf8)
    let tokens: [ScanToken] = bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return [] }
      return ScanTokenizer.tokens(base, buffer.count)
    }
    // Digits or signs alone (« 2024 ») would match every such number in any text.
    guard tokens.contains(where: { $0.kind == .word }), tokens.count <= MedicalLexicon.maxTokens else { return false }
    let hashes = tokens.map(\.hash)
    var hash: UInt64 = 0
    for (index, token) in hashes.enumerated() {
      hash = index == 0 ? token : ScanFold.combine(hash, token)
      if index < hashes.count - 1 { prefixes.insert(hash) }
    }
    if terms[hash] == nil { count += 1 }
    termHashes.insert(hash)
    // A term listed under two kinds keeps the rarer one (« rare » outranks the others).
    if let existing = terms[hash], existing == .rare { return true }
    terms[hash] = kind
    return true
  }

  /// The longest term starting at token `index`: its kind and the index after it.
  func match(_ tokens: [ScanToken], at index: Int) -> (kind: Kind, end: Int)? {
    var hash: UInt64 = 0
    var best: (Kind, Int)?
    var position = index
    while position < tokens.count, position - index < MedicalLexicon.maxTokens {
      let token = tokens[position]
      hash = position == index ? token.hash : ScanFold.combine(hash, token.hash)
      if termHashes.contains(hash), let kind = terms[hash] { best = (kind, position + 1) }
      guard prefixes.contains(hash) else { break }
      position += 1
    }
    return best
  }
}

/// Reads and checks the lexicon file; every problem is a `file:line` diagnostic.
public enum MedicalLexiconLoader {
  public static let relativePath = "scan/lexique-medical.yaml"
  static let fields: Set<String> = ["sources", "groups"]
  static let sourceFields: Set<String> = ["id", "cite"]
  static let groupFields: Set<String> = ["id", "kind", "source", "fr", "en"]

  public static func load(root: String) -> (lexicon: MedicalLexicon, diagnostics: [Diagnostic]) {
    let path = root + "/" + relativePath
    var diagnostics: [Diagnostic] = []
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(Diagnostic(file: relativePath, line: 1, Messages.diagLexiconMissing))
      return (.empty, diagnostics)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      diagnostics.append(Diagnostic(file: relativePath, line: 1, Messages.diagInvalidUTF8))
      return (.empty, diagnostics)
    }
    return parse(text, file: relativePath)
  }

  public static func parse(_ text: String, file: String) -> (lexicon: MedicalLexicon, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(file: file, text: text, diagnostics: &diagnostics)
    guard let root = document.rootMapping(&diagnostics) else { return (.empty, diagnostics) }
    root.checkKeys(fields, id: nil, &diagnostics)
    var sources = Set<String>()
    for source in root.maps("sources", &diagnostics) {
      guard let id = source.required("id", &diagnostics) else { continue }
      source.checkKeys(sourceFields, id: id, &diagnostics)
      _ = source.required("cite", id: id, &diagnostics)
      if !sources.insert(id).inserted {
        diagnostics.append(Diagnostic(file: file, line: source.line, id: id, Messages.diagDuplicateSourceID))
      }
    }
    var lexicon = MedicalLexicon()
    var seenGroups = Set<String>()
    // A term may be the same word in French and English; listed in two groups, it is a slip.
    var seenTerms: [String: (group: String, line: Int)] = [:]
    for group in root.maps("groups", &diagnostics) {
      guard let id = group.required("id", &diagnostics) else { continue }
      group.checkKeys(groupFields, id: id, &diagnostics)
      if !seenGroups.insert(id).inserted {
        diagnostics.append(Diagnostic(file: file, line: group.line, id: id, Messages.diagDuplicateGroup))
      }
      guard let kindText = group.required("kind", id: id, &diagnostics) else { continue }
      guard let kind = MedicalLexicon.Kind(rawValue: kindText) else {
        let kinds = MedicalLexicon.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        diagnostics.append(
          Diagnostic(
            file: file, line: group.line(of: "kind"), id: id, Messages.diagUnknownKindExpected,
            [.kind: kindText, .expected: kinds]))
        continue
      }
      if let source = group.required("source", id: id, &diagnostics), !sources.contains(source) {
        diagnostics.append(
          Diagnostic(file: file, line: group.line(of: "source"), id: id, Messages.diagUnknownSource, [.source: source])
        )
      }
      let french = group.strings("fr", id: id, &diagnostics)
      let english = group.strings("en", id: id, &diagnostics)
      if french.isEmpty && english.isEmpty {
        diagnostics.append(Diagnostic(file: file, line: group.line, id: id, Messages.diagGroupNoTerm))
      }
      for list in [french, english] {
        var inList = Set<String>()
        for term in list where !inList.insert(ScanFold.string(String(term.trimmed))).inserted {
          diagnostics.append(
            Diagnostic(.warning, file: file, line: group.line, id: id, Messages.diagTermTwice, [.term: term]))
        }
      }
      for term in french + english {
        let key = ScanFold.string(String(term.trimmed))
        if let other = seenTerms[key], other.group != id {
          diagnostics.append(
            Diagnostic(
              .warning, file: file, line: group.line, id: id, Messages.diagTermInOtherGroup,
              [.term: term, .group: other.group, .line: "\(other.line)"]))
        }
        if seenTerms[key] == nil { seenTerms[key] = (id, group.line) }
        if !lexicon.add(term, kind: kind) {
          diagnostics.append(
            Diagnostic(
              file: file, line: group.line, id: id,
              Messages.diagTermTokens, [.term: term, .count: "\(MedicalLexicon.maxTokens)"]))
        }
      }
    }
    return (lexicon, diagnostics)
  }
}
