import Foundation
import SiaKit

/// swift-argument-parser writes help and usage errors from the English strings of the
/// commands; in a French interface each line is put into French from the catalogue
/// (`Messages.frenchHelp`), then wrapped again to the terminal width. A string with no
/// French entry stays as written (HelpCatalogueTests keeps that from happening).
enum HelpTranslation {
  /// The interface language of this invocation, before parsing: `--lang X`, else the
  /// environment (as `GlobalOptions` decides it later).
  static func language(arguments: [String], environment: [String: String]) -> Lang {
    if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
      let lang = Lang(argument: arguments[index + 1])
    {
      return lang
    }
    if let inline = arguments.first(where: { $0.hasPrefix("--lang=") }),
      let lang = Lang(argument: String(inline.dropFirst(7)))
    {
      return lang
    }
    return Lang.fromEnvironment(environment)
  }

  /// The parser's message (built without wrapping) in `lang`, wrapped to `width`.
  static func translate(_ message: String, lang: Lang, width: Int) -> String {
    guard lang == .fr else { return rewrap(message, width: width) }
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { french(String($0)) }
    return rewrap(lines.joined(separator: "\n"), width: width)
  }

  /// One line: a section title, an option row (`  --top <top>   Number of passages.`),
  /// an overview, or the parser's error and usage lines.
  static func french(_ line: String) -> String {
    if let whole = Messages.frenchHelp(line.trimmingCharacters(in: .whitespaces)) {
      return String(line.prefix { $0 == " " }) + whole
    }
    if line.hasPrefix("OVERVIEW: ") {
      let text = String(line.dropFirst("OVERVIEW: ".count))
      return "RÉSUMÉ : " + (Messages.frenchHelp(text) ?? text)
    }
    if line.hasPrefix("USAGE: ") { return "UTILISATION : " + line.dropFirst("USAGE: ".count) }
    if line.hasPrefix("Usage: ") { return "Utilisation : " + line.dropFirst("Usage: ".count) }
    if line.hasPrefix("Error: ") { return "Erreur : " + errorText(String(line.dropFirst("Error: ".count))) }
    if line.hasPrefix("Help:  ") {
      let rest = String(line.dropFirst("Help:  ".count))
      return "Aide : " + translatedRow(rest)
    }
    if let range = line.range(of: #"^\s*See '(.*)' for more information\.$"#, options: .regularExpression) {
      let command = line[range].split(separator: "'")[1]
      return "  Voir « \(command) » pour en savoir plus."
    }
    return translatedRow(line)
  }

  /// An option or argument row (`  --top <top>   Number of passages. (default: 3)`):
  /// the help text is the row's end, after the label.
  static func translatedRow(_ line: String) -> String {
    for english in Messages.helpEnglishLongestFirst where line.contains(english) {
      guard let range = line.range(of: english, options: .backwards) else { continue }
      let tail = String(line[range.lowerBound...])
      let label = line[..<range.lowerBound]
      // Only the end of the row: the label and its padding, then this text.
      guard label.isEmpty || label.last == " " else { continue }
      return label + translatedDescription(tail)
    }
    return line
  }

  /// An option's help, with the parser's trailing "(default: X)" or "(values: a, b;
  /// default: a)".
  static func translatedDescription(_ text: String) -> String {
    if let whole = Messages.frenchHelp(text) { return whole }
    if let range = text.range(of: #" \((values|default): [^)]*\)$"#, options: .regularExpression) {
      let body = String(text[..<range.lowerBound])
      let suffix = text[range].replacingOccurrences(of: "(values: ", with: "(valeurs : ")
        .replacingOccurrences(of: "default: ", with: "par défaut : ")
      return (Messages.frenchHelp(body) ?? body) + suffix
    }
    return text
  }

  /// The parser's usage errors that people meet most.
  static func errorText(_ text: String) -> String {
    // A value outside a closed set (`--color blue`): the whole sentence.
    if let match = text.firstMatch(of: #/^The value '(.*)' is invalid for '(.*)'\. Please provide one of (.*)\.$/#) {
      let values = match.3.replacingOccurrences(of: " and ", with: " ou ").replacingOccurrences(
        of: " or ", with: " ou ")
      return "la valeur '\(match.1)' n'est pas valide pour '\(match.2)' ; valeurs possibles : \(values)."
    }
    let patterns: [(String, String)] = [
      ("Missing expected argument ", "argument attendu manquant : "),
      ("Unknown option ", "option inconnue : "),
      ("Unexpected argument ", "argument inattendu : "),
      ("Missing value for ", "valeur manquante pour "),
      ("The value ", "la valeur "),
    ]
    for (english, french) in patterns where text.hasPrefix(english) {
      return french + text.dropFirst(english.count)
    }
    return text
  }

  /// Where swift-argument-parser starts an option's help text.
  static let textColumn = 26

  /// Rows longer than `width` wrapped under their text column, between words.
  static func rewrap(_ text: String, width: Int) -> String {
    var out: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      guard line.count > width else {
        out.append(line)
        continue
      }
      var column = line.prefix { $0 == " " }.count
      if line.hasPrefix("  -") || line.hasPrefix("  <") {
        column = HelpTranslation.textColumn
      } else if let split = line.range(of: #"\S\s{2,}\S"#, options: .regularExpression) {
        column = line.distance(from: line.startIndex, to: split.upperBound) - 1
      } else if let colon = line.range(of: #"^[A-ZÉ ]+ : |^[A-Za-zé]+ : |^[A-Z]+: "#, options: .regularExpression) {
        column = line.distance(from: line.startIndex, to: colon.upperBound)
      }
      if column > width / 2 { column = line.prefix { $0 == " " }.count + 2 }
      let head = String(line.prefix(column))
      let body = String(line.dropFirst(column))
      let wrapped = wrap(body, width: width, indent: String(repeating: " ", count: column))
      out.append(head + wrapped[0].dropFirst(column))
      out += wrapped.dropFirst()
    }
    return out.joined(separator: "\n")
  }
}
