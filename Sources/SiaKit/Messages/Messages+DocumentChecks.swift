extension Messages {
  // MARK: what `sia verify` checks in a document's content (issue 13)
  public static let checkNotASiaDocument = Message(
    "check.notsia", fr: "ce fichier n'est pas un document sia (aucun bloc de données) : rien ne dit ce qu'il contient",
    en: "this file is not a sia document (no data block): nothing states what it holds")
  public static let checkUnreadableData = Message(
    "check.unreadable", fr: "le bloc de données ne se lit pas comme un document sia ({detail})",
    en: "the data block cannot be read as a sia document ({detail})")
  public static let checkUnknownFormat = Message(
    "check.format", fr: "format {format} inconnu de cette version de sia (mettez sia à jour)",
    en: "format {format} unknown to this version of sia (update sia)")
  public static let checkTextDiffers = Message(
    "check.textdiffers",
    fr: "le texte lisible ne correspond pas au bloc de données signé (texte modifié ou fabriqué hors de sia)",
    en: "the readable text does not match the signed data block (text edited or made outside sia)")
  public static let checkNameContradictsKind = Message(
    "check.name", fr: "le nom du fichier annonce un(e) {named}, mais le document est un(e) {actual}",
    en: "the file name announces a {named}, but the document is a {actual}")
  public static let checkNotComputed = Message(
    "check.notcomputed",
    fr:
      "sous la version du guide qu'il cite, les règles ne donnent pas ce que le document affirme ({fields}) : ce verdict ne vient pas de sia",
    en:
      "under the guide version it names, the rules do not give what the document states ({fields}): this verdict does not come from sia"
  )
  public static let checkNotAssessable = Message(
    "check.notassessable",
    fr:
      "les réponses enregistrées ne correspondent pas au questionnaire de la version du guide citée : ce verdict ne vient pas de sia",
    en:
      "the recorded answers do not match the questionnaire of the guide version named: this verdict does not come from sia"
  )
  public static let checkBadDates = Message(
    "check.baddates", fr: "dates impossibles (du {date} au {until})", en: "impossible dates (from {date} to {until})")
  public static let checkValidityTooLong = Message(
    "check.toolong", fr: "validité jusqu'au {until} : plus de {months} mois, ce que sia declare ne permet pas",
    en: "valid until {until}: more than {months} months, which sia declare does not allow")
  public static let checkExpired = Message(
    "check.expired", fr: "fin de validité le {date} : une nouvelle déclaration est nécessaire",
    en: "validity ended on {date}: a new declaration is needed")
  public static let checkStricter = Message(
    "check.stricter",
    fr:
      "le verdict est aujourd'hui plus strict ({today} au lieu de {recorded}) : une nouvelle déclaration est nécessaire",
    en: "the verdict is stricter today ({today} instead of {recorded}): a new declaration is needed")
  public static let checkUnknownToday = Message(
    "check.unknowntoday",
    fr:
      "le guide a changé et ses règles ne permettent plus d'évaluer les réponses enregistrées : une nouvelle évaluation est nécessaire",
    en: "the guide changed and its rules can no longer assess the recorded answers: a new assessment is needed")
  public static let checkExceptionRequest = Message(
    "check.exception",
    fr: "DEMANDE DE DÉROGATION : le guide interdit cet usage ; seul·e {grantors} peut accorder une exception",
    en: "EXCEPTION REQUEST: the guide forbids this use; only {grantors} can grant an exception")
  public static let checkExceptionGrantors = Message(
    "check.grantors",
    fr: "l'autorité que désigne votre institut (son fichier institute.yaml est introuvable ici)",
    en: "the authority your institute designates (its institute.yaml file is not found here)")
  public static let checkApprovalRefused = Message(
    "check.refused", fr: "REFUSÉE par {approver}", en: "REFUSED by {approver}")
  public static let checkSelfApproval = Message(
    "check.selfapproval", fr: "l'approbation est signée par le/la déclarant·e lui/elle-même ({approver})",
    en: "the approval is signed by the declarant themselves ({approver})")
  public static let checkApproverNotLabHead = Message(
    "check.notlabhead",
    fr: "{approver} n'est pas directeur·rice de l'unité {unit} selon son propre profil signé ({role})",
    en: "{approver} is not the lab head of unit {unit} according to their own signed profile ({role})")
  public static let checkApproverRoleUnknown = Message(
    "check.roleunknown",
    fr:
      "l'approbation (ancien format) ne dit pas de quelle unité son auteur·rice est directeur·rice : faites-la refaire avec sia approve --force",
    en: "the approval (older format) does not say which unit its author heads: have it redone with sia approve --force")
  public static let checkExceptionNotGranted = Message(
    "check.notgranted",
    fr:
      "demande de dérogation « approuvée » sans que l'exception soit explicitement accordée (sia approve --grant-exception)",
    en: "exception request \"approved\" without the exception being granted explicitly (sia approve --grant-exception)")

  // MARK: kinds, as verify names them
  public static let kindDeclaration = Message("kind.declaration", fr: "déclaration d'usage", en: "usage declaration")
  public static let kindContested = Message(
    "kind.contested", fr: "déclaration d'usage au VERDICT CONTESTÉ", en: "usage declaration with a CONTESTED VERDICT")
  public static let kindException = Message(
    "kind.exception", fr: "DEMANDE DE DÉROGATION (usage interdit par le guide)",
    en: "EXCEPTION REQUEST (use forbidden by the guide)")
  public static let kindAttestation = Message(
    "kind.attestation", fr: "attestation de formation", en: "training attestation")
  public static let kindApproval = Message("kind.approval", fr: "approbation", en: "approval")
  public static let kindUnknown = Message("kind.unknown", fr: "fichier inconnu", en: "unknown file")

  // MARK: `sia verify`'s report
  public static let verifyKind = Message("verify.kind", fr: "Document", en: "Document")
  public static let verifyApprovalOf = Message(
    "verify.approvalof", fr: "approbation de : {kind}", en: "approval of: {kind}")
  public static let verifyVerdict = Message("verify.verdict", fr: "Verdict", en: "Verdict")
  public static let verifyVerdictRecorded = Message(
    "verify.verdict.recorded", fr: "enregistré : {recorded} ; aujourd'hui : {today}",
    en: "recorded: {recorded}; today: {today}")
  public static let verifyVerdictUnknown = Message(
    "verify.verdict.unknown", fr: "non évaluable", en: "cannot be assessed")
  public static let verifyException = Message("verify.exception", fr: "Dérogation", en: "Exception")
  public static let verifyExceptionWho = Message(
    "verify.exception.who", fr: "le guide interdit cet usage ; seul·e {grantors} peut accorder une exception",
    en: "the guide forbids this use; only {grantors} can grant an exception")
  public static let verifyExceptionGranted = Message(
    "verify.exception.granted", fr: "exception ACCORDÉE par l'approbation ci-dessous",
    en: "exception GRANTED by the approval below")
  public static let verifyFindings = Message("verify.findings", fr: "À voir", en: "To check")
  public static let verifyExpiredResult = Message(
    "verify.result.expired", fr: "EXPIRÉE — {reason}", en: "EXPIRED — {reason}")
  public static let verifyStricterResult = Message(
    "verify.result.stricter", fr: "VERDICT PLUS STRICT AUJOURD'HUI — {reason}", en: "VERDICT STRICTER TODAY — {reason}")
  public static let verifyExceptionResult = Message(
    "verify.result.exception",
    fr: "DEMANDE DE DÉROGATION — l'usage reste interdit tant que l'exception n'est pas accordée",
    en: "EXCEPTION REQUEST — the use stays forbidden until the exception is granted")
  public static let verifyExceptionGrantedResult = Message(
    "verify.result.exception.granted", fr: "DEMANDE DE DÉROGATION — exception accordée par {approver}",
    en: "EXCEPTION REQUEST — exception granted by {approver}")
  public static let verifyRefusedResult = Message(
    "verify.result.refused", fr: "REFUSÉE par {approver} : cet usage n'est pas approuvé",
    en: "REFUSED by {approver}: this use is not approved")
  public static let verifyOutcomeSummary = Message(
    "verify.summary.outcomes", fr: "{count} fichier(s) : {details}.", en: "{count} file(s): {details}.")
  public static let outcomeValid = Message("outcome.valid", fr: "{n} valide(s)", en: "{n} valid")
  public static let outcomeInvalid = Message("outcome.invalid", fr: "{n} invalide(s)", en: "{n} invalid")
  public static let outcomeUnverifiable = Message(
    "outcome.unverifiable", fr: "{n} invérifiable(s)", en: "{n} unverifiable")
  public static let outcomeUnknownSigner = Message(
    "outcome.unknownsigner", fr: "{n} de signataire non reconnu", en: "{n} with an unknown signer")
  public static let outcomeExpired = Message("outcome.expired", fr: "{n} expiré(s)", en: "{n} expired")
  public static let outcomeStricter = Message(
    "outcome.stricter", fr: "{n} au verdict plus strict aujourd'hui", en: "{n} with a stricter verdict today")
  public static let outcomeException = Message(
    "outcome.exception", fr: "{n} demande(s) de dérogation", en: "{n} exception request(s)")
  public static let outcomeRefused = Message("outcome.refused", fr: "{n} refusé(s)", en: "{n} refused")

  // MARK: `sia approve`'s refusals
  public static let approveUnknownSignerRefused = Message(
    "approve.unknownsigner.refused",
    fr:
      "Approbation refusée : la signature du document est valide, mais votre fichier allowed_signers ne reconnaît pas sa clé pour {principal} ({trust}). N'approuvez que ce que signe une personne reconnue ; --accept-unknown-signer force l'approbation malgré tout.",
    en:
      "Approval refused: the document's signature is valid, but your allowed_signers file does not vouch for its key for {principal} ({trust}). Approve only what a trusted person signed; --accept-unknown-signer forces the approval anyway."
  )
  public static let approveUnknownSignerAccepted = Message(
    "approve.unknownsigner.accepted",
    fr: "ATTENTION : approbation d'un document dont le/la signataire n'est PAS reconnu(e) (--accept-unknown-signer).",
    en: "WARNING: approving a document whose signer is NOT trusted (--accept-unknown-signer).")
  public static let approveSelf = Message(
    "approve.self",
    fr: "Approbation refusée : vous êtes le/la déclarant·e de ce document ; on n'approuve pas sa propre déclaration.",
    en: "Approval refused: you are the declarant of this document; nobody approves their own declaration.")
  public static let approveNotLabHead = Message(
    "approve.notlabhead",
    fr:
      "Approbation refusée : selon votre profil, vous n'êtes pas directeur·rice de l'unité {unit} du document. Un·e directeur·rice d'unité se déclare avec sia profile --unit-code {unit} --lab-head \"<son nom>\" --lab-head-email <son adresse>.",
    en:
      "Approval refused: according to your profile, you are not the lab head of the document's unit {unit}. A lab head records it with sia profile --unit-code {unit} --lab-head \"<own name>\" --lab-head-email <own address>."
  )
  public static let approveExceptionNeedsGrant = Message(
    "approve.exception.needsgrant",
    fr:
      "Ce document est une DEMANDE DE DÉROGATION : le guide interdit cet usage ({verdict}). Seul·e {grantors} peut accorder une exception. Pour l'accorder : --grant-exception ; pour la refuser : --refuse.",
    en:
      "This document is an EXCEPTION REQUEST: the guide forbids this use ({verdict}). Only {grantors} can grant an exception. To grant it: --grant-exception; to refuse it: --refuse."
  )
  public static let approveNotException = Message(
    "approve.notexception",
    fr: "--grant-exception ne s'applique qu'à une demande de dérogation ; ce document n'en est pas une.",
    en: "--grant-exception applies only to an exception request; this document is not one.")
  public static let approveExceptionGranted = Message(
    "approve.exception.granted",
    fr:
      "Exception ACCORDÉE à un usage que le guide interdit ; la décision est signée à votre nom (selon votre institut, seul·e {grantors} peut l'accorder).",
    en:
      "Exception GRANTED for a use the guide forbids; the decision is signed in your name (according to your institute, only {grantors} can grant it)."
  )
  public static let approveProfileIncomplete = Message(
    "approve.profile",
    fr:
      "Votre profil doit dire qui vous êtes, votre unité et son/sa directeur·rice : sia profile --name … --email … --unit … --unit-code … --lab-head … --lab-head-email … (manque : {fields}).",
    en:
      "Your profile must say who you are, your unit and its lab head: sia profile --name … --email … --unit … --unit-code … --lab-head … --lab-head-email … (missing: {fields})."
  )

  // MARK: `sia declare` refuses a verdict it did not compute
  public static let declareVerdictSupplied = Message(
    "declare.verdictsupplied",
    fr:
      "{file} donne lui-même {keys} : sia ne signe que le verdict et les engagements que ses règles calculent à partir de vos réponses. Gardez seulement les réponses, des lignes « question: option ».",
    en:
      "{file} supplies {keys} itself: sia signs only the verdict and commitments its rules compute from your answers. Keep only the answers, lines of 'question: option'."
  )

  static let documentChecksCatalogue: [Message] = [
    verifyKind, verifyApprovalOf, verifyVerdict, verifyVerdictRecorded, verifyVerdictUnknown, verifyException,
    verifyExceptionWho, verifyExceptionGranted, verifyFindings, verifyExpiredResult, verifyStricterResult,
    verifyExceptionResult, verifyExceptionGrantedResult, verifyRefusedResult, verifyOutcomeSummary, outcomeValid,
    outcomeInvalid, outcomeUnverifiable,
    outcomeUnknownSigner, outcomeExpired, outcomeStricter, outcomeException, outcomeRefused,
    approveUnknownSignerRefused,
    approveUnknownSignerAccepted, approveSelf, approveNotLabHead, approveExceptionNeedsGrant, approveNotException,
    approveExceptionGranted, approveProfileIncomplete, declareVerdictSupplied,
    checkNotASiaDocument, checkUnreadableData, checkUnknownFormat, checkTextDiffers, checkNameContradictsKind,
    checkNotComputed, checkNotAssessable, checkBadDates, checkValidityTooLong, checkExpired, checkStricter,
    checkUnknownToday, checkExceptionRequest, checkExceptionGrantors, checkApprovalRefused, checkSelfApproval,
    checkApproverNotLabHead, checkApproverRoleUnknown, checkExceptionNotGranted, kindDeclaration, kindContested,
    kindException, kindAttestation, kindApproval, kindUnknown,
  ]
}
