extension Messages {
  // MARK: verify
  public static let verifyNoSignature = Message(
    "verify.nosig", fr: "Signature introuvable : {sig} (signez avec sia sign).",
    en: "Signature not found: {sig} (sign with sia sign).")
  public static let verifySignature = Message("verify.signature", fr: "Signature", en: "Signature")
  public static let verifyValid = Message(
    "verify.valid", fr: "valide (Ed25519, {hash}, espace de noms {namespace})",
    en: "valid (Ed25519, {hash}, namespace {namespace})")
  public static let verifyFingerprint = Message("verify.fingerprint", fr: "Empreinte", en: "Fingerprint")
  public static let verifySigner = Message("verify.signer", fr: "Signataire", en: "Signer")
  public static let verifyValidity = Message("verify.validity", fr: "Validité", en: "Validity")
  public static let verifyValidUntil = Message("verify.validuntil", fr: "jusqu'au {date}", en: "until {date}")
  public static let verifyExpired = Message(
    "verify.expired", fr: "EXPIRÉE depuis le {date}", en: "EXPIRED since {date}")
  public static let verifyGuide = Message("verify.guide", fr: "Guide", en: "Guide")
  public static let verifyGuideSame = Message(
    "verify.guide.same", fr: "version actuelle ({version})", en: "current version ({version})")
  public static let verifyGuideOther = Message(
    "verify.guide.other",
    fr:
      "faite sous une autre version du guide ({recorded}, actuelle : {current}) — réévaluez avec sia pour savoir si le verdict changerait",
    en:
      "made under another guide version ({recorded}, current: {current}) — reassess with sia to know whether the verdict would change"
  )
  public static let verifyGuideReassessed = Message(
    "verify.guide.reassessed",
    fr: "faite sous une autre version du guide ({recorded}, actuelle : {current}) ; avec les règles actuelles, ",
    en: "made under another guide version ({recorded}, current: {current}); under the current rules, ")
  public static let verifyVerdictSame = Message(
    "verify.verdict.same", fr: "le verdict serait le même ({verdict})", en: "the verdict would be the same ({verdict})")
  public static let verifyVerdictChanged = Message(
    "verify.verdict.changed",
    fr: "le verdict CHANGERAIT : {verdict} au lieu de {recorded} — une nouvelle déclaration est nécessaire",
    en: "the verdict WOULD CHANGE: {verdict} instead of {recorded} — a new declaration is needed")
  public static let verifyResult = Message("verify.result", fr: "Résultat", en: "Result")
  public static let verifyTrusted = Message(
    "verify.trusted", fr: "VALIDE, signataire reconnu", en: "VALID, trusted signer")
  public static let verifyUnknown = Message(
    "verify.unknown", fr: "signature valide, mais SIGNATAIRE NON RECONNU", en: "valid signature, but UNKNOWN SIGNER")
  public static let verifyInvalid = Message("verify.invalid", fr: "INVALIDE — {reason}", en: "INVALID — {reason}")
  public static let verifyUnusable = Message(
    "verify.unusable", fr: "INVÉRIFIABLE — {reason}", en: "CANNOT VERIFY — {reason}")
  public static let verifyContested = Message(
    "verify.contested", fr: "VERDICT CONTESTÉ par le/la déclarant·e (voir la section « Contestation »)",
    en: "VERDICT CONTESTED by the declarant (see the \"Contest\" section)")
  public static let verifyDocument = Message("verify.document", fr: "Document", en: "Document")
  public static let verifyNoAllowedSigners = Message(
    "verify.trust.none", fr: "{principal} — aucun fichier allowed_signers (--allowed-signers FICHIER)",
    en: "{principal} — no allowed_signers file (--allowed-signers FILE)")
  public static let verifyTrustedLine = Message(
    "verify.trust.ok", fr: "{principal} — listé(e) dans {file} (ligne {line})",
    en: "{principal} — listed in {file} (line {line})")
  public static let verifyNotListed = Message(
    "verify.trust.unknown", fr: "{principal} — absent(e) de {file}", en: "{principal} — not in {file}")
  public static let verifyListedForOthers = Message(
    "verify.trust.others", fr: "{principal} — cette clé est listée dans {file} pour {others}, pas pour cette adresse",
    en: "{principal} — this key is listed in {file} for {others}, not for this address")
  public static let verifyDifferentKey = Message(
    "verify.trust.otherkey", fr: "{principal} — listé(e) dans {file} avec une AUTRE clé",
    en: "{principal} — listed in {file} with ANOTHER key")
  public static let verifyNamespaceNotAllowed = Message(
    "verify.trust.namespace", fr: "{principal} — listé(e) dans {file}, mais pas pour l'espace de noms {namespace}",
    en: "{principal} — listed in {file}, but not for the namespace {namespace}")
  public static let verifyOutsideValidity = Message(
    "verify.trust.validity", fr: "{principal} — listé(e) dans {file}, mais hors de la période de validité de la clé",
    en: "{principal} — listed in {file}, but outside the key's validity period")
  public static let verifyNoPrincipal = Message("verify.noprincipal", fr: "(adresse inconnue)", en: "(unknown address)")
  public static let verifyAllowedSignersBad = Message(
    "verify.allowedsigners.bad",
    fr: "Fichier allowed_signers invalide ({count} problème(s)) : corrigez-le avant de vérifier.",
    en: "Invalid allowed_signers file ({count} problem(s)): fix it before verifying.")
  public static let verifySummary = Message(
    "verify.summary",
    fr:
      "{count} fichier(s) : {trusted} valide(s) et reconnu(s), {unknown} de signataire inconnu, {invalid} invalide(s), {unusable} invérifiable(s).",
    en:
      "{count} file(s): {trusted} valid and trusted, {unknown} with an unknown signer, {invalid} invalid, {unusable} unverifiable."
  )

  // MARK: approval
  public static let verifyApproval = Message("verify.approval", fr: "Approbation", en: "Approval")
  public static let approvalApproved = Message(
    "approval.approved", fr: "APPROUVÉE par {approver} le {date}", en: "APPROVED by {approver} on {date}")
  public static let approvalRefused = Message(
    "approval.refused", fr: "REFUSÉE par {approver} le {date}", en: "REFUSED by {approver} on {date}")
  public static let approvalComment = Message(
    "approval.comment", fr: "Commentaire : « {comment} »", en: "Comment: \"{comment}\"")
  public static let approvalUnreadable = Message(
    "approval.unreadable", fr: "Fichier d'approbation illisible : {path}", en: "Unreadable approval file: {path}")
  public static let approvalKeyMismatch = Message(
    "approval.keymismatch", fr: "l'approbation annonce une autre clé que celle qui l'a signée",
    en: "the approval names another key than the one that signed it")
  public static let approvalDocumentChanged = Message(
    "approval.docchanged", fr: "le document a changé depuis son approbation",
    en: "the document changed after it was approved")
  public static let approvalSignatureChanged = Message(
    "approval.sigchanged", fr: "la signature du/de la déclarant·e a changé depuis l'approbation",
    en: "the declarant's signature changed after the approval")
  public static let approveDone = Message(
    "approve.done", fr: "Décision enregistrée : {decision} — {approval} (signée : {sig}).",
    en: "Decision recorded: {decision} — {approval} (signed: {sig}).")
  public static let approveDecisionApproved = Message("approve.decision.approved", fr: "approuvée", en: "approved")
  public static let approveDecisionRefused = Message("approve.decision.refused", fr: "refusée", en: "refused")
  public static let approveNotValid = Message(
    "approve.notvalid", fr: "Rien à approuver, le document ne tient pas : {reason}",
    en: "Nothing to approve, the document does not hold: {reason}")
  public static let approveExists = Message(
    "approve.exists", fr: "Une décision existe déjà ({path}) : ajoutez --force pour la remplacer.",
    en: "A decision already exists ({path}): add --force to replace it.")

  static let verifyCatalogue: [Message] = [
    verifyNoSignature, verifySignature, verifyValid, verifyFingerprint, verifySigner, verifyValidity, verifyValidUntil,
    verifyExpired, verifyGuide, verifyGuideSame, verifyGuideOther, verifyGuideReassessed, verifyVerdictSame,
    verifyVerdictChanged, verifyResult, verifyTrusted, verifyUnknown,
    verifyInvalid, verifyUnusable, verifyContested, verifyDocument, verifyNoAllowedSigners, verifyTrustedLine,
    verifyNotListed, verifyListedForOthers, verifyDifferentKey, verifyNamespaceNotAllowed, verifyOutsideValidity,
    verifyNoPrincipal, verifyAllowedSignersBad, verifySummary,
    verifyApproval, approvalApproved, approvalRefused, approvalComment, approvalUnreadable,
    approvalKeyMismatch, approvalDocumentChanged, approvalSignatureChanged, approveDone, approveDecisionApproved,
    approveDecisionRefused, approveNotValid, approveExists,
  ]
}
