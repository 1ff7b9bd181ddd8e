/// A problem found while loading or checking data, reported as
/// `file:line: error: id: message` (the form editors and CI logs understand).
/// Parsers collect diagnostics and never print; exit codes are decided by the caller.
///
/// The sentence is rendered in both languages when the problem is found (from the
/// catalogue, `Messages+Diagnostics.swift`): policy staff read `sia lint` in French, and a
/// diagnostic may be shown long after, from the knowledge cache, in either language.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  public var severity: Severity
  public var file: String
  public var line: Int
  public var id: String?
  public var text: Bilingual

  public init(_ severity: Severity = .error, file: String, line: Int, id: String? = nil, _ text: Bilingual) {
    self.severity = severity
    self.file = file
    self.line = max(line, 1)
    self.id = id
    self.text = text
  }

  public init(
    _ severity: Severity = .error, file: String, line: Int, id: String? = nil, _ message: Message,
    _ arguments: [MessageArgument: String] = [:]
  ) {
    self.init(severity, file: file, line: line, id: id, message.both(arguments))
  }

  /// A sentence that is not in the catalogue shows in English in both interfaces: only
  /// for branches written before the catalogue (a test finds literal sentences in the kit).
  @available(*, deprecated, message: "put the sentence in Messages+Diagnostics.swift")
  public init(_ severity: Severity = .error, file: String, line: Int, id: String? = nil, message: String) {
    self.init(severity, file: file, line: line, id: id, Bilingual(fr: message, en: message))
  }

  /// The English sentence (tests and logs written before the catalogue compare it).
  public var message: String { text.en }

  /// `file:line: error: id: message` in English.
  public var description: String { rendered(.en) }

  /// `file:line: erreur : id : message` in `lang`: the location stays as editors read it.
  public func rendered(_ lang: Lang) -> String {
    let subject = id.map { lang == .en ? "\($0): " : "\($0) : " } ?? ""
    let word = (severity == .error ? Messages.diagnosticError : Messages.diagnosticWarning).text(lang)
    return "\(file):\(line): \(word) \(subject)\(text.pick(lang))"
  }
}

extension Message {
  /// The sentence in both languages, for values rendered once and shown later.
  public func both(_ arguments: [MessageArgument: String] = [:]) -> Bilingual {
    Bilingual(fr: text(.fr, arguments), en: text(.en, arguments))
  }

  /// The sentence in both languages when some arguments are themselves bilingual.
  public func both(_ arguments: [MessageArgument: String] = [:], bilingual: [MessageArgument: Bilingual]) -> Bilingual {
    Bilingual(
      fr: text(.fr, arguments.merging(bilingual.mapValues(\.fr)) { first, _ in first }),
      en: text(.en, arguments.merging(bilingual.mapValues(\.en)) { first, _ in first }))
  }
}

extension Bilingual {
  /// Two sentences joined the same way in each language.
  public static func + (left: Bilingual, right: Bilingual) -> Bilingual {
    Bilingual(fr: left.fr + right.fr, en: left.en + right.en)
  }
}

extension Array where Element == Diagnostic {
  public var hasErrors: Bool { contains { $0.severity == .error } }
  /// Sorted by file, then line, so reports are stable.
  public var sortedForReport: [Diagnostic] {
    sorted { ($0.file, $0.line, $0.message) < ($1.file, $1.line, $1.message) }
  }
}
