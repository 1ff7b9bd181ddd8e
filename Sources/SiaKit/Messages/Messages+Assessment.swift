extension Messages {
  // MARK: the assessment, as shown after the interview, by /pourquoi and by `sia assess`
  public static let verdictTitle = Message("assessment.verdict", fr: "Verdict : {verdict}", en: "Verdict: {verdict}")
  public static let verdictProvisional = Message(
    "assessment.verdict.provisional", fr: "Verdict provisoire : {verdict} ({count} question(s) encore sans réponse)",
    en: "Provisional verdict: {verdict} ({count} question(s) still unanswered)")
  public static let allowedAlternative = Message(
    "assessment.alternative", fr: "Ce qui est permis à la place : {text}", en: "What is allowed instead: {text}")
  public static let actionsTitle = Message("assessment.actions", fr: "À faire :", en: "What to do:")
  public static let whyTitle = Message("assessment.why", fr: "Pourquoi :", en: "Why:")
  public static let becauseOf = Message("assessment.because", fr: "parce que : {answers}", en: "because: {answers}")
  public static let unanswered = Message("assessment.unanswered", fr: "(sans réponse)", en: "(no answer)")
  public static let readTitle = Message("assessment.read", fr: "À lire : {sections}", en: "Read: {sections}")
  public static let contactsTitle = Message(
    "assessment.contacts", fr: "Contacts : {contacts}", en: "Contacts: {contacts}")
  public static let openTitle = Message(
    "assessment.open", fr: "Encore sans réponse : {questions}", en: "Still unanswered: {questions}")
  public static let noRuleFired = Message(
    "assessment.norule", fr: "Aucune règle ne s'applique encore.", en: "No rule applies yet.")
  public static let alternativesHint = Message(
    "assessment.alternatives.hint", fr: "Ce qui abaisserait le verdict : /alternatives",
    en: "What would lower the verdict: /alternatives")
  public static let alternativesTitle = Message(
    "assessment.alternatives", fr: "Ce qui abaisserait le verdict :", en: "What would lower the verdict:")
  public static let alternativesNone = Message(
    "assessment.alternatives.none", fr: "Aucun changement d'une ou deux réponses n'abaisse le verdict.",
    en: "No change of one or two answers lowers the verdict.")
  public static let alternativesAlreadyOk = Message(
    "assessment.alternatives.ok", fr: "L'usage est déjà autorisé.", en: "The use is already allowed.")
  public static let changeReplace = Message(
    "assessment.change", fr: "{question} : {from} → {to}", en: "{question}: {from} → {to}")
  public static let changeRemove = Message(
    "assessment.change.remove", fr: "{question} : retirer {removed}", en: "{question}: remove {removed}")
  public static let changeAnd = Message("assessment.change.and", fr: "et", en: "and")
  public static let reaches = Message("assessment.reaches", fr: "→ {verdict}", en: "→ {verdict}")

  // MARK: energy
  public static let energyTitle = Message(
    "energy.title", fr: "Énergie — ordre de grandeur (fourchette, pas une mesure) :",
    en: "Energy — order of magnitude (a range, not a measurement):")
  public static let energyInference = Message("energy.inference", fr: "Utilisation : {range}", en: "Use: {range}")
  public static let energyTraining = Message("energy.training", fr: "Entraînement : {range}", en: "Training: {range}")
  public static let energyAdvice = Message("energy.advice", fr: "Sobriété :", en: "Frugality:")
  public static let energySources = Message("energy.sources", fr: "Sources :", en: "Sources:")
  public static let energyNone = Message(
    "energy.none",
    fr: "Indiquez la taille du modèle et le volume prévu (ou les heures de calcul) pour obtenir un ordre de grandeur.",
    en: "Give the model size and the planned volume (or the compute hours) to get an order of magnitude.")

  // MARK: command line
  public static let questionsTitle = Message(
    "questions.title", fr: "Questionnaire d'évaluation — {count} questions",
    en: "Assessment questionnaire — {count} questions")
  public static let questionsConditional = Message(
    "questions.conditional", fr: "(posée selon les réponses précédentes)", en: "(asked depending on earlier answers)")
  public static let questionsOptional = Message("questions.optional", fr: "(facultative)", en: "(optional)")
  public static let answersProblems = Message(
    "assess.problems", fr: "{count} problème(s) dans {file} :", en: "{count} problem(s) in {file}:")
  public static let answersUnreadable = Message(
    "assess.unreadable", fr: "Impossible de lire le fichier de réponses {file}.",
    en: "Cannot read the answers file {file}.")
  public static let decisionUnavailable = Message(
    "assess.unavailable", fr: "Le questionnaire ou les règles sont invalides (détails : sia lint).",
    en: "The questionnaire or the rules are invalid (details: sia lint).")

  static let decisionAssessmentCatalogue: [Message] = [
    verdictTitle, verdictProvisional, allowedAlternative, actionsTitle, whyTitle, becauseOf, unanswered, readTitle,
    contactsTitle, openTitle, noRuleFired, alternativesHint, alternativesTitle, alternativesNone, alternativesAlreadyOk,
    changeReplace, changeRemove, changeAnd, reaches,
    energyTitle, energyInference, energyTraining, energyAdvice, energySources, energyNone,
    questionsTitle, questionsConditional, questionsOptional, answersProblems, answersUnreadable, decisionUnavailable,
  ]
}
