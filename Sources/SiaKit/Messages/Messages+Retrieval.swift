extension Messages {
  // MARK: answers to free-text questions
  public static let searchUnderstood = Message(
    "search.understood", fr: "Compris : {terms}", en: "Understood: {terms}")
  public static let searchSynonyms = Message(
    "search.synonyms", fr: "{term} (et {synonyms})", en: "{term} (and {synonyms})")
  public static let searchNoMatch = Message(
    "search.nomatch",
    fr:
      "Je n'ai rien trouvé dans le guide pour « {query} ». Essayez d'autres mots, tapez /aide pour les commandes, ou voyez qui contacter : [§contacts] (/lire contacts).",
    en:
      "I found nothing in the guide for “{query}”. Try other words, type /help for the commands, or see who to contact: [§contacts] (/read contacts)."
  )
  public static let searchNoWords = Message(
    "search.nowords",
    fr:
      "Je n'ai reconnu aucun mot à chercher. Posez une question avec quelques mots-clés, par exemple : puis-je utiliser ChatGPT avec des données de patients ? (/aide liste les commandes)",
    en:
      "I found no word to search for. Ask a question with a few keywords, for example: can I use ChatGPT with patient data? (/help lists the commands)"
  )
  public static let searchMoreHint = Message(
    "search.more.hint", fr: "/plus : autres résultats · /lire ID : lire une section",
    en: "/more: more results · /read ID: read a section")
  public static let searchReadOnlyHint = Message(
    "search.readonly.hint", fr: "/lire ID : lire une section", en: "/read ID: read a section")
  public static let searchReadHint = Message(
    "search.read.hint", fr: "Lire une section : sia guide ID", en: "Read a section: sia guide ID")
  public static let searchNoMore = Message(
    "search.more.none", fr: "Pas d'autres résultats pour « {query} ».", en: "No more results for “{query}”.")
  public static let searchNoQuestion = Message(
    "search.more.noquestion", fr: "Posez d'abord une question : tapez-la simplement, sans /.",
    en: "Ask a question first: just type it, without /.")
  public static let searchSee = Message("search.see", fr: "Voir {references}", en: "See {references}")
  public static let searchFAQ = Message("search.faq", fr: "Question fréquente", en: "Frequently asked")
  public static let searchUsage = Message(
    "search.usage", fr: "Usage : /chercher MOTS (ou tapez directement la question)",
    en: "Usage: /search WORDS (or just type the question)")
  public static let cmdMore = Message(
    "cmd.more", fr: "afficher les résultats suivants de la dernière question",
    en: "show the next results of the last question")
  public static let cmdSearch = Message(
    "cmd.search", fr: "chercher dans le guide (Tab complète les mots-clés)",
    en: "search the guide (Tab completes keywords)")

  static let retrievalCatalogue: [Message] = [
    searchUnderstood, searchSynonyms, searchNoMatch, searchNoWords, searchMoreHint, searchReadOnlyHint, searchReadHint,
    searchNoMore,
    searchNoQuestion, searchSee, searchFAQ, searchUsage, cmdMore, cmdSearch,
  ]
}
