/// Reads a theme as a person types it (`--theme données`, `--theme data`,
/// `/formation sécurité`): the id, with or without accents, or a word of its French or
/// English label. Returns the candidates: exactly one is a match, several an ambiguity
/// to report, none an unknown theme.
public enum ThemeArgument {
  public static func resolve(_ typed: String, in themes: [Theme]) -> [Theme] {
    let wanted = TextFolding.fold(typed.trimmingCharacters(in: .whitespaces))
    guard !wanted.isEmpty else { return [] }
    if let exact = themes.first(where: { TextFolding.fold($0.id) == wanted }) { return [exact] }
    let byLabel = themes.filter { theme in
      labelWords(theme).contains(wanted)
        || [theme.label.fr, theme.label.en].contains { TextFolding.fold($0) == wanted }
    }
    if !byLabel.isEmpty { return byLabel }
    // A prefix of the id (`confid`, `secu`) when it names one theme only.
    let prefixed = themes.filter { TextFolding.fold($0.id).hasPrefix(wanted) && wanted.count >= 4 }
    return prefixed
  }

  /// The meaningful words of a theme's two labels, folded ("Personal, health and
  /// genetic data" → personal, health, genetic, data).
  static func labelWords(_ theme: Theme) -> Set<String> {
    let text = TextFolding.fold(theme.label.fr + " " + theme.label.en)
    let words = text.split { !$0.isLetter }.map(String.init)
    return Set(words.filter { $0.count >= 4 })
  }
}
