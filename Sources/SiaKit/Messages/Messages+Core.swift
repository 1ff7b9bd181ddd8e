extension Messages {
  // MARK: REPL
  public static let banner = Message(
    "repl.banner",
    fr:
      "sia — le conseiller hors ligne pour l'usage de l'IA à l'{institut}. Rien ne quitte cette machine.\nTapez votre question, /evaluer pour évaluer un usage, ou /aide.",
    en:
      "sia — the offline advisor on AI use at {institut}. Nothing leaves this machine.\nType your question, /assess to assess a use, or /help."
  )
  public static let goodbye = Message("repl.goodbye", fr: "Au revoir.", en: "Goodbye.")
  public static let helpTitle = Message("repl.help.title", fr: "Commandes :", en: "Commands:")
  public static let helpFooter = Message(
    "repl.help.footer",
    fr:
      "Toute autre ligne est une question posée au guide. Tab complète les commandes ; Ctrl-R cherche dans l'historique ; Ctrl-D quitte.",
    en: "Any other line is a question to the guide. Tab completes commands; Ctrl-R searches the history; Ctrl-D quits.")
  public static let unknownCommand = Message(
    "repl.unknown", fr: "Commande inconnue : {command}. Vouliez-vous dire {suggestion} ?",
    en: "Unknown command: {command}. Did you mean {suggestion}?")
  public static let unknownCommandNoHint = Message(
    "repl.unknown.nohint", fr: "Commande inconnue : {command}. Tapez /aide pour la liste.",
    en: "Unknown command: {command}. Type /help for the list.")
  public static let interrupted = Message(
    "repl.interrupted", fr: "(interrompu — tapez /quitter ou Ctrl-D pour sortir)",
    en: "(interrupted — type /quit or Ctrl-D to leave)")
  public static let lineTooLong = Message(
    "repl.line.toolong", fr: "Ligne trop longue ({size} octets) : seuls les {limit} premiers sont lus.",
    en: "Line too long ({size} bytes): only the first {limit} are read.")
  public static let historyNotSaved = Message(
    "repl.history.unsaved", fr: "Attention : l'historique ne peut pas être enregistré ({reason}). La session continue.",
    en: "Warning: history cannot be saved ({reason}). The session goes on.")
  public static let freeTextPending = Message(
    "repl.freetext.pending",
    fr: "La recherche dans le guide n'est pas encore disponible. Tapez /aide pour voir les commandes.",
    en: "Searching the guide is not available yet. Type /help to see the commands.")
  public static let langNow = Message("repl.lang.now", fr: "Langue : français.", en: "Language: English.")
  public static let langUsage = Message(
    "repl.lang.usage", fr: "Usage : /langue fr|en", en: "Usage: /lang fr|en")
  public static let cleared = Message("repl.cleared", fr: "(écran effacé)", en: "(screen cleared)")

  // MARK: command summaries
  public static let cmdHelp = Message("cmd.help", fr: "afficher cette aide", en: "show this help")
  public static let cmdQuit = Message("cmd.quit", fr: "quitter sia", en: "leave sia")
  public static let cmdLang = Message("cmd.lang", fr: "changer de langue (fr, en)", en: "switch language (fr, en)")
  public static let cmdClear = Message("cmd.clear", fr: "effacer l'écran", en: "clear the screen")

  // MARK: command line
  public static let knowledgeNotFound = Message(
    "cli.knowledge.missing",
    fr: "Base de connaissances introuvable : {path}. Indiquez-la avec --knowledge DOSSIER.",
    en: "Knowledge base not found: {path}. Point to it with --knowledge DIR.")
  public static let knowledgeEmpty = Message(
    "cli.knowledge.empty",
    fr: "La base de connaissances {path} ne contient aucune section de guide valide.",
    en: "The knowledge base {path} holds no valid guide section.")
  public static let knowledgeProblems = Message(
    "cli.knowledge.problems",
    fr: "{count} problème(s) dans la base de connaissances (détails : sia lint).",
    en: "{count} problem(s) in the knowledge base (details: sia lint).")
  public static let recordFailed = Message(
    "cli.record.failed", fr: "Impossible d'écrire l'enregistrement : {reason}",
    en: "Cannot write the recording: {reason}")

  static let coreCatalogue: [Message] = [
    banner, goodbye, helpTitle, helpFooter, unknownCommand, unknownCommandNoHint, interrupted,
    lineTooLong, historyNotSaved, freeTextPending, langNow, langUsage, cleared,
    cmdHelp, cmdQuit, cmdLang, cmdClear,
    knowledgeNotFound, knowledgeEmpty, knowledgeProblems, recordFailed,
  ]
}
