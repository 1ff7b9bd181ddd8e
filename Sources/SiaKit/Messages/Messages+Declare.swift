extension Messages {
  public static let declareWritten = Message(
    "declare.written", fr: "Document écrit : {path}", en: "Document written: {path}")
  public static let declareExists = Message(
    "declare.exists", fr: "{path} existe déjà : il n'est pas remplacé. Ajoutez --force pour le remplacer.",
    en: "{path} already exists: it is not replaced. Add --force to replace it.")
  public static let declareAnswersInvalid = Message(
    "declare.answers.invalid", fr: "Fichier de réponses invalide ({count} problème(s)).",
    en: "Invalid answers file ({count} problem(s)).")
  public static let declareCommitmentsTitle = Message(
    "declare.commitments.title", fr: "Le verdict demande {count} engagement(s). Acceptez-les un par un (oui/non) :",
    en: "The verdict requires {count} commitment(s). Accept them one by one (yes/no):")
  public static let declareCommitmentPrompt = Message(
    "declare.commitment.prompt", fr: "Engagement {index}/{count} : {text}\nVous engagez-vous ? (oui/non) ",
    en: "Commitment {index}/{count}: {text}\nDo you commit to it? (yes/no) ")
  public static let declareCommitmentRetry = Message(
    "declare.commitment.retry", fr: "Répondez oui ou non.", en: "Answer yes or no.")
  public static let declareNoAnswer = Message(
    "declare.commitment.noanswer",
    fr:
      "Pas de réponse pour l'engagement « {commitment} » : aucune déclaration produite (--accept-all pour tout accepter dans un script).",
    en:
      "No answer for the commitment \"{commitment}\": no declaration produced (--accept-all accepts them all in a script)."
  )
  public static let declarePublicationTitle = Message(
    "declare.publication.title", fr: "Déclaration d'usage de l'IA à reprendre dans vos publications :",
    en: "AI-use statement for your publications:")
  public static let declareNotSigned = Message(
    "declare.notsigned", fr: "Document non signé (--no-sign). Pour le signer : sia sign {path}",
    en: "Document not signed (--no-sign). To sign it: sia sign {path}")
  public static let declareNoKey = Message(
    "declare.nokey", fr: "Document non signé : pas encore de clé. Créez-la avec sia keygen, puis : sia sign {path}",
    en: "Document not signed: no key yet. Create it with sia keygen, then: sia sign {path}")
  public static let declareBadValidity = Message(
    "declare.validity.bad", fr: "Durée de validité invalide : {value} mois (de 1 à 60).",
    en: "Invalid validity period: {value} months (1 to 60).")
  public static let declareContested = Message(
    "declare.contested", fr: "Votre justification est jointe : le document porte la mention « verdict contesté ».",
    en: "Your justification is attached: the document is flagged \"verdict contested\".")

  static let declareCatalogue: [Message] = [
    declareWritten, declareExists, declareAnswersInvalid, declareCommitmentsTitle, declareCommitmentPrompt,
    declareCommitmentRetry, declareNoAnswer, declarePublicationTitle, declareNotSigned, declareNoKey,
    declareBadValidity, declareContested,
  ]
}
