/// The two languages of the interface. French is the default everywhere.
public enum Lang: String, CaseIterable, Sendable, Codable {
  case fr, en

  /// The language implied by the environment, with gettext's precedence: `LANGUAGE`
  /// (a colon-separated list of preferences: its first French or English entry wins),
  /// then the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`, where a value starting
  /// with `en` selects English. Anything else, or nothing, selects French.
  public static func fromEnvironment(_ env: [String: String]) -> Lang {
    if let preferences = env["LANGUAGE"] {
      for entry in preferences.split(separator: ":") {
        let code = entry.lowercased()
        if code.hasPrefix("en") { return .en }
        if code.hasPrefix("fr") { return .fr }
      }
    }
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = env[key], !value.isEmpty {
        return value.lowercased().hasPrefix("en") ? .en : .fr
      }
    }
    return .fr
  }

  /// Parses `fr`/`en` (also `français`, `english`), case-insensitively.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "fr", "français", "francais", "french": self = .fr
    case "en", "english", "anglais": self = .en
    default: return nil
    }
  }
}

/// A text in both languages; `pick` chooses, falling back to French when English is empty.
public struct Bilingual: Hashable, Sendable, Codable {
  public var fr: String
  public var en: String
  public init(fr: String, en: String) {
    self.fr = fr
    self.en = en
  }
  public func pick(_ lang: Lang) -> String {
    lang == .en && !en.isEmpty ? en : fr
  }
}

extension Bilingual {
  /// A catalogue sentence without placeholders, in both languages.
  public init(_ message: Message) { self.init(fr: message.fr, en: message.en) }
}
