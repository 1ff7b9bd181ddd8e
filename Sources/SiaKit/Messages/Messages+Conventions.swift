extension Messages {
  // MARK: command-line conventions (versions, mistyped subcommands)
  public static let versionLine = Message(
    "cli.version", fr: "sia {sia}\nguide {guide} ({path})", en: "sia {sia}\nguide {guide} ({path})")
  public static let versionNoGuide = Message(
    "cli.version.noguide", fr: "sia {sia}\nguide : introuvable ({path})", en: "sia {sia}\nguide: not found ({path})")
  public static let unknownSubcommand = Message(
    "cli.subcommand.unknown", fr: "Sous-commande inconnue : {word}. Vouliez-vous dire « sia {suggestion} » ?",
    en: "Unknown subcommand: {word}. Did you mean “sia {suggestion}”?")
  public static let unknownSubcommandRepl = Message(
    "cli.subcommand.repl",
    fr:
      "Sous-commande inconnue : {word}. Vouliez-vous dire « sia {suggestion} » ? Dans le conseiller interactif (lancez « sia » sans argument), c'est {repl}.",
    en:
      "Unknown subcommand: {word}. Did you mean “sia {suggestion}”? In the interactive advisor (run “sia” with no argument), it is {repl}."
  )
  public static let unknownSubcommandQuestion = Message(
    "cli.subcommand.question",
    fr: "Sous-commande inconnue : {word}. Pour poser une question au guide : sia ask \"{question}\"",
    en: "Unknown subcommand: {word}. To ask the guide a question: sia ask \"{question}\"")
  public static let unknownSubcommandList = Message(
    "cli.subcommand.list", fr: "Sous-commande inconnue : {word}. Les sous-commandes : {list} (sia --help).",
    en: "Unknown subcommand: {word}. The subcommands: {list} (sia --help).")

  static let conventionsCatalogue: [Message] = [
    versionLine, versionNoGuide, unknownSubcommand, unknownSubcommandRepl, unknownSubcommandQuestion,
    unknownSubcommandList,
  ]
}
