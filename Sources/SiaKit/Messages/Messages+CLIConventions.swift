/// Messages of the command-line conventions of issue 19 (man pages, `--json` on every
/// report of `sia train`, completions), kept apart from the shared files.
extension Messages {
  public static let trainJSONNeedsReport = Message(
    "train.json.usage", fr: "--json ne s'utilise pas avec --present (un exercice par écran, pour une salle).",
    en: "--json does not go with --present (one exercise per screen, for a room).")

  public static let stdinNotADocument = Message(
    "cli.stdin.document",
    fr:
      "« - » (l'entrée standard) ne convient pas ici : un document signé va avec les fichiers posés à côté de lui "
      + "(FICHIER.sig, .approval, .cert) ; donnez son chemin.",
    en:
      "“-” (standard input) cannot be used here: a signed document goes with the files beside it "
      + "(FILE.sig, .approval, .cert); give its path.")

  public static let unknownSubcommandVerifier = Message(
    "cli.subcommand.verifier",
    fr:
      "Sous-commande inconnue : {word}. Pour un document signé : « sia verify FICHIER » ; pour un texte à coller "
      + "dans une IA : « sia scan FICHIER » (/verifier dans le conseiller interactif).",
    en:
      "Unknown subcommand: {word}. For a signed document: “sia verify FILE”; for a text to paste into an AI: "
      + "“sia scan FILE” (/verifier in the interactive advisor).")
  public static let unknownSubcommandReplOnly = Message(
    "cli.subcommand.replonly",
    fr:
      "Sous-commande inconnue : {word}. C'est une commande du conseiller interactif : lancez « sia » sans argument, "
      + "puis tapez {repl}.",
    en: "Unknown subcommand: {word}. It is a command of the interactive advisor: run “sia” alone, then type {repl}.")

  static let cliConventionsCatalogue: [Message] = [
    trainJSONNeedsReport, stdinNotADocument, unknownSubcommandVerifier, unknownSubcommandReplOnly,
  ]

  /// French help (see `helpCatalogue`) of the options and texts added for issue 19.
  static let cliConventionsHelpCatalogue: [Message] = [
    Message(
      "help.train.discussion",
      fr:
        "Répondez à chaque exercice par sa ou ses lettres, p. ex. b ou a,c. Un exercice est juste quand les lettres "
        + "choisies sont exactement les bonnes. La progression est enregistrée après chaque réponse : reprenez avec "
        + "--resume (ou /formation reprendre dans sia). La même --seed donne la même série, pour tout un groupe. "
        + "L'entrée standard peut être un fichier ou un tube : une réponse par ligne.",
      en:
        "Answer each exercise with its letter(s), e.g. b or a,c. An exercise is right when the letters "
        + "chosen are exactly the right ones. Progress is saved after each answer: resume with --resume "
        + "(or /formation reprendre in sia). The same --seed gives the same series, for a whole group. "
        + "Standard input may be a file or a pipe: one answer per line.")
  ]
}
