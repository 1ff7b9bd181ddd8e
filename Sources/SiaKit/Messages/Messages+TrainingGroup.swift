extension Messages {
  // MARK: sia train --summary (group results) and --present (projector)
  public static let summaryTitle = Message(
    "train.summary.title", fr: "Résultats du groupe : {count} attestation(s)",
    en: "Group results: {count} attestation(s)")
  public static let summaryPeople = Message("train.summary.people", fr: "Participants", en: "Attendees")
  public static let summaryThemes = Message(
    "train.summary.themes", fr: "Réussite par thème", en: "Success rate by theme")
  public static let summaryMissed = Message(
    "train.summary.missed", fr: "Exercices les plus souvent manqués", en: "Exercises most often missed")
  public static let summaryMissedNone = Message(
    "train.summary.missed.none", fr: "Aucun exercice manqué.", en: "No exercise missed.")
  public static let summaryMissedCount = Message(
    "train.summary.missed.count", fr: "{missed} sur {asked}", en: "{missed} of {asked}")
  public static let summarySelf = Message("train.summary.self", fr: "auto-formation", en: "self-declared")
  public static let summaryTrainer = Message(
    "train.summary.trainer", fr: "formation attestée par {trainer}", en: "trainer-attested by {trainer}")
  public static let summaryRejected = Message(
    "train.summary.rejected", fr: "✗ {file} — ignoré : {reason}", en: "✗ {file} — skipped: {reason}")
  public static let summaryNone = Message(
    "train.summary.none", fr: "Aucune attestation lisible parmi les fichiers donnés.",
    en: "No readable attestation among the files given.")
  public static let summaryHTMLWritten = Message(
    "train.summary.html", fr: "Page imprimable écrite : {path}", en: "Printable page written: {path}")
  public static let summaryHTMLTitle = Message(
    "train.summary.html.title", fr: "Formation à l'usage de l'IA — résultats du groupe",
    en: "Training on the use of AI — group results")
  public static let summaryHTMLNote = Message(
    "train.summary.html.note",
    fr:
      "Établi par sia à partir de {count} attestation(s) le {date}. Un taux faible sur un thème indique ce qu'il faut reprendre en séance.",
    en:
      "Made by sia from {count} attestation(s) on {date}. A low rate on a theme shows what to go over again in a session."
  )
  public static let summaryColumnName = Message("train.summary.col.name", fr: "Nom", en: "Name")
  public static let summaryColumnDate = Message("train.summary.col.date", fr: "Date", en: "Date")
  public static let summaryColumnScore = Message("train.summary.col.score", fr: "Score", en: "Score")
  public static let summaryColumnKind = Message("train.summary.col.kind", fr: "Type", en: "Kind")
  public static let summaryColumnTheme = Message("train.summary.col.theme", fr: "Thème", en: "Theme")
  public static let summaryColumnRate = Message("train.summary.col.rate", fr: "Réussite", en: "Success")
  public static let summaryColumnExercise = Message("train.summary.col.exercise", fr: "Exercice", en: "Exercise")
  public static let summaryColumnMissed = Message("train.summary.col.missed", fr: "Manqué", en: "Missed")
  public static let summaryOptionsNeedSummary = Message(
    "train.summary.usage", fr: "--json et --html s'utilisent avec --summary.",
    en: "--json and --html go with --summary.")

  public static let presentUsage = Message(
    "train.present.usage", fr: "--present s'utilise avec --exercise ID ou --series ID.",
    en: "--present goes with --exercise ID or --series ID.")
  public static let presentReveal = Message(
    "train.present.reveal", fr: "[Entrée : montrer la réponse · q : quitter]", en: "[Enter: show the answer · q: quit]")
  public static let presentNext = Message(
    "train.present.next", fr: "[Entrée : exercice suivant · q : quitter]", en: "[Enter: next exercise · q: quit]")
  public static let presentEnd = Message(
    "train.present.end", fr: "Fin de la série « {title} ».", en: "End of the series “{title}”.")

  static let trainingGroupCatalogue: [Message] = [
    summaryTitle, summaryPeople, summaryThemes, summaryMissed, summaryMissedNone, summaryMissedCount, summarySelf,
    summaryTrainer, summaryRejected, summaryNone, summaryHTMLWritten, summaryHTMLTitle, summaryHTMLNote,
    summaryColumnName, summaryColumnDate, summaryColumnScore, summaryColumnKind, summaryColumnTheme, summaryColumnRate,
    summaryColumnExercise, summaryColumnMissed, summaryOptionsNeedSummary, presentUsage, presentReveal, presentNext,
    presentEnd,
  ]
}
