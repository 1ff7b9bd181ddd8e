/// Careful, partial pre-filling (issue 14): each inferred answer confirmed or changed on
/// its own, the assumptions said, contradictions with the sentence pointed out.
extension Messages {
  public static let prefillOne = Message(
    "prefill.one", fr: "{label} : {values} — est-ce exact ? (oui/non)",
    en: "{label}: {values} — is that right? (yes/no)")
  public static let prefillKept = Message("prefill.kept", fr: "Noté.", en: "Noted.")
  public static let prefillChanged = Message(
    "prefill.changed", fr: "D'accord : cette question vous sera posée.",
    en: "All right: you will be asked this question.")
  public static let prefillOneFrom = Message(
    "prefill.one.from", fr: "{label} : {values} (d'après « {matched} ») — est-ce exact ? (oui/non)",
    en: "{label}: {values} (from “{matched}”) — is that right? (yes/no)")
  public static let prefillTitle = Message(
    "prefill.title", fr: "Je vérifie avec vous ce que j'ai compris, une réponse à la fois :",
    en: "Let me check what I understood with you, one answer at a time:")

  public static let prefillContradiction = Message(
    "prefill.contradiction",
    fr:
      "Attention : votre description mentionne « {cues} », ce qui correspond plutôt à « {implied} ». Si c'est bien le cas, tapez /retour pour changer votre réponse.",
    en:
      "Careful: your description mentions “{cues}”, which rather means “{implied}”. If so, type /back to change your answer."
  )

  public static let planQuestion = Message(
    "prefill.plan.question",
    fr: "Quelle offre de {brand} utilisez-vous ? Les conditions d'usage des données en dépendent.",
    en: "Which {brand} plan do you use? The data terms depend on it.")
  public static let planUnknown = Message("prefill.plan.unknown", fr: "je ne sais pas", en: "I do not know")
  public static let planRetry = Message(
    "prefill.plan.retry", fr: "Tapez un numéro de 1 à {count}.", en: "Type a number from 1 to {count}.")
  public static let planAssumed = Message(
    "prefill.plan.assumed",
    fr: "Sans précision, je suppose l'offre la plus prudente : {plan}. Confirmez ou corrigez chaque réponse :",
    en: "Without more detail, I assume the most cautious plan: {plan}. Confirm or correct each answer:")

  static let prefillCatalogue: [Message] = [
    planQuestion, planUnknown, planRetry, planAssumed, prefillOne, prefillKept, prefillChanged, prefillOneFrom,
    prefillTitle, prefillContradiction,
  ]
}
