/// The sentences of the training attestation document (Markdown around the JSON block).
extension Messages {
  public static let attTitle = Message(
    "attestation.title", fr: "Attestation de formation à l'usage de l'IA — {institut}",
    en: "Training attestation on the use of AI — {institut}")
  public static let attIntro = Message(
    "attestation.intro",
    fr:
      "{name} a suivi une session d'exercices de mise en situation sur l'usage des systèmes d'intelligence artificielle, avec le guide de l'institut, et a obtenu le résultat ci-dessous.",
    en:
      "{name} completed a session of scenario-based exercises on the use of artificial intelligence systems, with the institute's guide, and obtained the result below."
  )
  public static let attName = Message("attestation.name", fr: "Nom", en: "Name")
  public static let attDate = Message("attestation.date", fr: "Date", en: "Date")
  public static let attScore = Message("attestation.score", fr: "Score", en: "Score")
  public static let attGuide = Message("attestation.guide", fr: "Version du guide", en: "Guide version")
  public static let attSeed = Message("attestation.seed", fr: "Série", en: "Series")
  public static let attValidUntil = Message("attestation.validuntil", fr: "Valable jusqu'au", en: "Valid until")
  public static let attThemes = Message("attestation.themes", fr: "Score par thème", en: "Score by theme")
  public static let attTheme = Message("attestation.theme", fr: "Thème", en: "Theme")
  public static let attRight = Message("attestation.right", fr: "Justes", en: "Right")
  public static let attExercises = Message("attestation.exercises", fr: "Exercices", en: "Exercises")
  public static let attExerciseRight = Message("attestation.exercise.right", fr: "juste", en: "right")
  public static let attExerciseWrong = Message("attestation.exercise.wrong", fr: "inexact", en: "not right")
  public static let attData = Message(
    "attestation.data",
    fr:
      "Données certifiées (JSON canonique) ; la signature, dans le fichier .sig voisin (SSHSIG, espace sia-training), couvre tout ce document :",
    en:
      "Certified data (canonical JSON); the signature, in the .sig file beside it (SSHSIG, namespace sia-training), covers this whole document:"
  )
  public static let attVerifyHint = Message(
    "attestation.verifyhint", fr: "Vérification : sia verify FICHIER", en: "Verification: sia verify FILE")

  static let attestationCatalogue: [Message] = [
    attTitle, attIntro, attName, attDate, attScore, attGuide, attSeed, attValidUntil, attThemes, attTheme,
    attRight, attExercises, attExerciseRight, attExerciseWrong, attData, attVerifyHint,
  ]
}
