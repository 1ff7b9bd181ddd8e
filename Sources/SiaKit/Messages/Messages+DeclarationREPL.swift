extension Messages {
  public static let cmdDeclaration = Message(
    "cmd.declaration", fr: "écrire et signer la déclaration d'usage (après /evaluer)",
    en: "write and sign the declaration of use (after /assess)")
  public static let cmdCancelDeclaration = Message(
    "cmd.declaration.cancel", fr: "abandonner la déclaration en cours", en: "abandon the declaration in progress")
  public static let replNoAssessment = Message(
    "repl.declaration.none", fr: "Pas encore d'évaluation terminée : tapez /evaluer, puis /declaration à la fin.",
    en: "No finished assessment yet: type /assess, then /declaration at the end.")
  public static let replFinishInterviewFirst = Message(
    "repl.declaration.interviewing",
    fr: "Terminez d'abord l'évaluation en cours (ou /annuler), puis tapez /declaration.",
    en: "Finish the assessment in progress first (or /cancel), then type /declaration.")
  public static let replCommitment = Message(
    "repl.declaration.commitment", fr: "Engagement {index}/{count} : {text}\nVous engagez-vous ? (oui/non)",
    en: "Commitment {index}/{count}: {text}\nDo you commit to it? (yes/no)")
  public static let replAgreePrompt = Message(
    "repl.declaration.agree",
    fr:
      "Êtes-vous d'accord avec ce verdict ? (oui/non — si non, vous pourrez écrire pourquoi : le document portera la mention « verdict contesté »)",
    en:
      "Do you agree with this verdict? (yes/no — if not, you can write why: the document will be flagged \"verdict contested\")"
  )
  public static let replVersionPrompt = Message(
    "repl.declaration.version",
    fr:
      "Quelle version de « {system} » utilisez-vous ? (modèle ou numéro de version, repris dans la déclaration pour publication ; « - » si vous ne savez pas)",
    en:
      "Which version of \"{system}\" do you use? (model or version number, used in the publication statement; \"-\" if you don't know)"
  )
  public static let replVerificationPrompt = Message(
    "repl.declaration.verification",
    fr:
      "Comment vérifiez-vous ce que le système produit ? (une ligne, reprise dans la déclaration pour publication ; « - » pour passer)",
    en: "How do you check what the system produces? (one line, used in the publication statement; \"-\" to skip)")
  public static let replJustificationPrompt = Message(
    "repl.declaration.justification",
    fr: "Écrivez votre justification en une ligne (ou /annuler) :",
    en: "Write your justification on one line (or /cancel):")
  public static let replForbidden = Message(
    "repl.declaration.forbidden",
    fr:
      "Usage interdit par le guide : aucune déclaration n'est produite. Si vous êtes en désaccord, votre justification fera de ce document une demande de dérogation pour votre directeur·rice d'unité et le/la DPO.",
    en:
      "Use forbidden by the guide: no declaration is produced. If you disagree, your justification will make this document an exemption request for your lab head and the DPO."
  )
  public static let replDeclarationCancelled = Message(
    "repl.declaration.cancelled", fr: "Déclaration abandonnée : aucun document écrit.",
    en: "Declaration abandoned: no document written.")

  static let declarationREPLCatalogue: [Message] = [
    cmdDeclaration, cmdCancelDeclaration, replNoAssessment, replFinishInterviewFirst, replCommitment, replAgreePrompt,
    replVersionPrompt, replVerificationPrompt, replJustificationPrompt,
    replForbidden, replDeclarationCancelled,
  ]
}
