extension Messages {
  // MARK: the trainer's kit (series, answer key, lists)
  public static let trainUnknownSeries = Message(
    "train.series.unknown", fr: "Série inconnue : {value} (sia train --list montre les séries).",
    en: "Unknown series: {value} (sia train --list shows the series).")
  public static let trainAmbiguousTheme = Message(
    "train.theme.ambiguous", fr: "Thème ambigu : {value} peut désigner {list}. Précisez l'identifiant.",
    en: "Ambiguous theme: {value} may mean {list}. Give the id.")
  public static let trainSeriesStart = Message(
    "train.series.start",
    fr:
      "Formation : série « {title} », {count} exercice(s), environ {minutes} min.\nRépondez par la ou les lettres (ex. b ou a,c) ; /lire ID ouvre le guide, /pause interrompt.",
    en:
      "Training: series “{title}”, {count} exercise(s), about {minutes} min.\nAnswer with the letter(s) (e.g. b or a,c); /read ID opens the guide, /pause pauses."
  )
  public static let trainRevealNeedsExercise = Message(
    "train.reveal.usage",
    fr:
      "--reveal montre la correction d'un seul exercice : ajoutez --exercise ID (pour une série entière : --answer-key).",
    en: "--reveal shows the correction of one exercise: add --exercise ID (for a whole series: --answer-key).")
  public static let trainAnswerKeyNeedsSeries = Message(
    "train.answerkey.usage", fr: "--answer-key s'utilise avec --series ID ou --seed N.",
    en: "--answer-key goes with --series ID or --seed N.")
  public static let trainSeriesHeading = Message(
    "train.list.series", fr: "Séries pour une session de groupe :", en: "Series for a group session:")
  public static let trainSeriesLine = Message(
    "train.list.series.line", fr: "{level}, {minutes} min, {count} exercices",
    en: "{level}, {minutes} min, {count} exercises")
  public static let trainOtherChoices = Message(
    "train.other.choices", fr: "Les autres options :", en: "The other options:")
  public static let trainAnswerKeyTitle = Message(
    "train.answerkey.title", fr: "Corrigé — {name} ({count} exercices, environ {minutes} min)",
    en: "Answer key — {name} ({count} exercises, about {minutes} min)")
  public static let trainAnswerKeySeed = Message("train.answerkey.seed", fr: "série n° {seed}", en: "series no. {seed}")
  public static let trainAnswerKeyRight = Message(
    "train.answerkey.right", fr: "Réponse : {letters}", en: "Answer: {letters}")
  public static let trainAnswerKeyRead = Message("train.answerkey.read", fr: "À lire : {ids}", en: "To read: {ids}")

  static let trainingKitCatalogue: [Message] = [
    trainUnknownSeries, trainAmbiguousTheme, trainSeriesStart, trainRevealNeedsExercise, trainAnswerKeyNeedsSeries,
    trainSeriesHeading, trainSeriesLine, trainOtherChoices, trainAnswerKeyTitle, trainAnswerKeySeed,
    trainAnswerKeyRight, trainAnswerKeyRead,
  ]
}
