/// The declarant's journey (issue 14): retrieval confidence, FAQ reading, the CLI's own
/// wording where the REPL's would advise a REPL-only command.
extension Messages {
  // MARK: retrieval confidence
  public static let searchClosest = Message(
    "search.closest",
    fr: "Le guide ne répond pas exactement à cette question. Voici les passages les plus proches :",
    en: "The guide has no exact answer to this question. Here are the closest passages:")
  public static let searchClosestContactRepl = Message(
    "search.closest.contact.repl",
    fr: "Pour votre cas précis, voyez qui contacter : /lire contacts",
    en: "For your own case, see who to contact: /read contacts")
  public static let searchClosestContactCLI = Message(
    "search.closest.contact.cli",
    fr: "Pour votre cas précis, voyez qui contacter : sia guide contacts",
    en: "For your own case, see who to contact: sia guide contacts")
  public static let searchNoMatchCLI = Message(
    "search.nomatch.cli",
    fr:
      "Je n'ai rien trouvé dans le guide pour « {query} ». Essayez d'autres mots, ou voyez qui contacter : sia guide contacts",
    en: "I found nothing in the guide for “{query}”. Try other words, or see who to contact: sia guide contacts")
  public static let searchNoWordsCLI = Message(
    "search.nowords.cli",
    fr:
      "Je n'ai reconnu aucun mot à chercher. Posez une question avec quelques mots-clés, par exemple : sia ask \"puis-je utiliser ChatGPT avec des données de patients ?\"",
    en:
      "I found no word to search for. Ask a question with a few keywords, for example: sia ask \"can I use ChatGPT with patient data?\""
  )
  public static let searchReadHintAll = Message(
    "search.read.hint.all", fr: "Lire un passage en entier : sia guide ID", en: "Read a passage in full: sia guide ID")
  public static let searchReadOnlyHintAll = Message(
    "search.readonly.hint.all", fr: "/lire ID : lire un passage en entier", en: "/read ID: read a passage in full")
  public static let searchMoreHintAll = Message(
    "search.more.hint.all", fr: "/plus : autres résultats · /lire ID : lire un passage en entier",
    en: "/more: more results · /read ID: read a passage in full")

  // MARK: reading a Q&A entry
  public static let readUnknownCLI = Message(
    "guide.read.unknown.cli", fr: "Passage inconnu : {id}. La liste des sections : sia guide",
    en: "Unknown passage: {id}. The list of sections: sia guide")
  public static let readUnknownCLIHint = Message(
    "guide.read.unknown.cli.hint", fr: "Passage inconnu : {id}. Vouliez-vous dire {suggestion} ?",
    en: "Unknown passage: {id}. Did you mean {suggestion}?")

  static let journeyCatalogue: [Message] = [
    searchClosest, searchClosestContactRepl, searchClosestContactCLI, searchNoMatchCLI, searchNoWordsCLI,
    searchReadHintAll, searchReadOnlyHintAll, searchMoreHintAll, readUnknownCLI, readUnknownCLIHint,
  ]
}
