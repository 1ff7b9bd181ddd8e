/// The two languages of the interface. French is the default everywhere.
public enum Lang: String, CaseIterable, Sendable, Codable {
  case fr, en

  /// The language implied by the environment: `LANG`/`LC_ALL`/`LC_MESSAGES` starting
  /// with `en` selects English; anything else, or nothing, selects French.
  public static func fromEnvironment(_ env: [String: String]) -> Lang {
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
