/// Diagnostics added beside the catalogue's first version (placeholders left in shown
/// texts, French institute values without English form, the scan lexicon's sources and
/// who may grant an exception), in French and in English like the others.
extension Messages {
  public static let diagPlaceholderLeft = Message(
    "diagnostic.placeholder-left",
    fr: "texte affiché avec un paramètre non remplacé ({path}) : « {excerpt} »",
    en: "text shown with a placeholder left unexpanded ({path}): « {excerpt} »")
  public static let diagInstituteNeedsEnglish = Message(
    "diagnostic.institute-needs-english",
    fr:
      "« {value} » est en français et n'a pas de « {key}_en » : les textes et documents anglais l'afficheraient tel quel",
    en: "« {value} » reads as French and has no '{key}_en': English texts and documents would show it as is")
  public static let diagExceptionGrantorsMissing = Message(
    "diagnostic.exception-grantors-missing",
    fr:
      "« {name} » manquant : qui peut accorder une dérogation au guide, affiché par sia verify et sia approve sur une demande de dérogation ({language})",
    en:
      "missing '{name}': who may grant an exception to the guide, shown by 'sia verify' and 'sia approve' on an exception request ({language})"
  )
  public static let diagExceptionGrantorsEmpty = Message(
    "diagnostic.exception-grantors-empty",
    fr: "« {name} » est vide : il dit qui peut accorder une dérogation au guide",
    en: "'{name}' is empty: who may grant an exception to the guide")
  public static let diagOneLine = Message(
    "diagnostic.one-line", fr: "« {name} » doit tenir sur une ligne (il complète une phrase)",
    en: "'{name}' must be one line (it completes a sentence)")
  public static let diagUnknownPlaceholderIn = Message(
    "diagnostic.unknown-placeholder-in", fr: "variable inconnue {{{unknown}}} dans « {name} »",
    en: "unknown placeholder '{{{unknown}}}' in '{name}'")
  public static let diagDuplicateSourceID = Message(
    "diagnostic.duplicate-source-id", fr: "identifiant de source en double", en: "duplicate source id")
}

extension Messages {
  static let diagnosticsLateCatalogue: [Message] = [
    diagPlaceholderLeft, diagInstituteNeedsEnglish, diagDuplicateSourceID, diagExceptionGrantorsMissing,
    diagExceptionGrantorsEmpty, diagOneLine, diagUnknownPlaceholderIn,
  ]
}
