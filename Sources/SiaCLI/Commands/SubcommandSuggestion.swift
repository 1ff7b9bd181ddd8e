import SiaKit

/// What a person probably meant when the first word on the command line is not a
/// subcommand: the French name of a REPL command typed as a subcommand (`sia evaluer`),
/// a near-miss (`sia verfy`), or a question typed without `ask`. Decided before
/// argument parsing, whose own error ("Unexpected argument") says none of this.
struct SubcommandSuggestion {
  /// French (and English) REPL command names → the subcommand doing the same, and the
  /// REPL command to mention.
  static let replNames: [String: (subcommand: String, repl: String)] = [
    "evaluer": ("assess", "/evaluer"), "évaluer": ("assess", "/evaluer"), "evaluation": ("assess", "/evaluer"),
    "déclaration": ("declare", "/declaration"), "declaration": ("declare", "/declaration"),
    "declarer": ("declare", "/declaration"), "déclarer": ("declare", "/declaration"),
    "verifier": ("verify", "/verifier"), "vérifier": ("verify", "/verifier"),
    "approuver": ("approve", "/approuver"), "signer": ("sign", "/signer"),
    "formation": ("train", "/formation"), "former": ("train", "/formation"),
    "sommaire": ("guide", "/guide"), "lire": ("guide", "/lire"), "read": ("guide", "/lire"),
    "chercher": ("ask", "/chercher"), "search": ("ask", "/chercher"), "question": ("ask", "/chercher"),
    "profil": ("profile", "/profil"), "cle": ("keygen", "/cle"), "clé": ("keygen", "/cle"), "key": ("keygen", "/cle"),
    "aide": ("--help", "/aide"),
  ]

  let subcommands: [String]

  static let parserOptions: Set<String> = ["--generate-completion-script", "--experimental-dump-help", "--help", "-h"]

  /// The message for `word`, or nil when it is a subcommand.
  func message(for word: String, rest: [String], lang: Lang) -> String? {
    guard !subcommands.contains(word) else { return nil }
    let folded = word.lowercased()
    if let known = Self.replNames[folded] {
      let repl = ReplNames.exists(known.repl) ? known.repl : "/aide"
      return Messages.unknownSubcommandRepl.text(lang, [.word: word, .suggestion: known.subcommand, .repl: repl])
    }
    if let near = EditDistance.closest(to: folded, in: subcommands, limit: 2) {
      return Messages.unknownSubcommand.text(lang, [.word: word, .suggestion: near])
    }
    let words = [word] + rest.prefix { !$0.hasPrefix("-") }
    if words.count > 2 || word.contains(" ") || word.hasSuffix("?") {
      return Messages.unknownSubcommandQuestion.text(
        lang, [.word: word, .question: words.joined(separator: " ").replacingOccurrences(of: "\"", with: "'")])
    }
    return Messages.unknownSubcommandList.text(lang, [.word: word, .list: subcommands.joined(separator: ", ")])
  }

  /// The first positional word of `arguments` (after the program name), skipping the
  /// root's options and their values; nil when there is none.
  static func firstWord(_ arguments: [String], optionsWithValues: Set<String>) -> (word: String, rest: [String])? {
    // The parser's own machinery (completion scripts calling back with `---completion`,
    // `--generate-completion-script bash`, `--experimental-dump-help`) is not a person
    // typing: leave it alone.
    if arguments.contains(where: { $0.hasPrefix("---") || Self.parserOptions.contains($0) }) { return nil }
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" { return nil }
      if argument.hasPrefix("-") {
        index += optionsWithValues.contains(argument) ? 2 : 1
        continue
      }
      return (argument, Array(arguments[(index + 1)...]))
    }
    return nil
  }
}

/// Whether a REPL command name exists, so a suggestion never names one that doesn't.
enum ReplNames {
  static func exists(_ name: String) -> Bool {
    ReplCommands.all.contains { $0.matches(String(name.dropFirst())) }
  }
}
