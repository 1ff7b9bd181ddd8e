extension Messages {
  // MARK: export — printable HTML of one document
  public static let exportStatusTrusted = Message(
    "export.status.trusted", fr: "Signature vérifiée : valide, signataire reconnu",
    en: "Signature verified: valid, trusted signer")
  public static let exportStatusUnknown = Message(
    "export.status.unknown", fr: "Signature valide, mais signataire NON RECONNU (absent du fichier allowed_signers)",
    en: "Valid signature, but UNKNOWN SIGNER (not in the allowed_signers file)")
  public static let exportStatusBad = Message(
    "export.status.bad", fr: "CE DOCUMENT NE SE VÉRIFIE PAS — {reason}. Ne vous y fiez pas.",
    en: "THIS DOCUMENT DOES NOT VERIFY — {reason}. Do not rely on it.")
  public static let exportStatusAttention = Message(
    "export.status.attention", fr: "Signature vérifiée, mais sia verify conclut : {outcome} — {reason}",
    en: "Signature verified, but sia verify concludes: {outcome} — {reason}")
  public static let exportRefused = Message(
    "export.refused",
    fr: "{path} ne se vérifie pas ({reason}) : export refusé. --allow-invalid l'exporte marqué en rouge.",
    en: "{path} does not verify ({reason}): export refused. --allow-invalid exports it marked in red.")
  public static let exportNotSia = Message(
    "export.notsia", fr: "{path} n'est pas un document sia (ni déclaration, ni attestation, ni approbation).",
    en: "{path} is not a sia document (neither declaration, attestation nor approval).")
  public static let exportTitleTraining = Message(
    "export.title.training", fr: "Attestation de formation", en: "Training attestation")
  public static let exportTitleApproval = Message(
    "export.title.approval", fr: "Décision du/de la directeur·rice d'unité", en: "Lab head's decision")
  public static let exportVerdictToday = Message(
    "export.verdict.today", fr: "avec le guide actuel : {verdict}", en: "under the current guide: {verdict}")
  public static let exportExpired = Message("export.expired", fr: "{date} — EXPIRÉE", en: "{date} — EXPIRED")
  public static let exportApproval = Message("export.approval", fr: "Approbation", en: "Approval")
  public static let exportApprovalPending = Message(
    "export.approval.pending", fr: "En attente de la décision du/de la directeur·rice d'unité",
    en: "Awaiting the lab head's decision")
  public static let exportApprovalInvalid = Message(
    "export.approval.invalid", fr: "Fichier d'approbation présent mais INVALIDE — {reason}",
    en: "Approval file present but INVALID — {reason}")
  public static let exportFingerprint = Message("export.fingerprint", fr: "Empreinte de la clé", en: "Key fingerprint")
  public static let exportApproverFingerprint = Message(
    "export.approverfingerprint", fr: "Empreinte de l'approbateur·rice", en: "Approver's fingerprint")
  public static let exportSignatures = Message(
    "export.signatures", fr: "Signatures et vérification", en: "Signatures and how to verify")
  public static let exportHowToVerify = Message(
    "export.howtoverify",
    fr:
      "Ce document imprimé n'est qu'une copie : la preuve est le fichier signé. Pour le vérifier, avec le fichier et son .sig :",
    en: "This printout is only a copy: the proof is the signed file. To verify it, with the file and its .sig:")
  public static let exportOrWithSSH = Message(
    "export.orwithssh", fr: "ou, avec OpenSSH seul :", en: "or, with OpenSSH alone:")
  public static let exportAppendix = Message(
    "export.appendix", fr: "Annexe — bloc structuré signé (JSON canonique)",
    en: "Appendix — signed structured block (canonical JSON)")
  public static let exportFile = Message("export.file", fr: "Fichier", en: "File")
  public static let exportGenerated = Message(
    "export.generated", fr: "Rendu par sia le {date} à partir du bloc structuré signé.",
    en: "Rendered by sia on {date} from the signed structured block.")
  public static let exportTasks = Message("export.tasks", fr: "Tâches confiées à l'IA", en: "Tasks delegated to AI")
  public static let exportHumanCheck = Message(
    "export.humancheck", fr: "Vérification humaine", en: "Human verification")
  public static let exportRationale = Message("export.rationale", fr: "Pourquoi", en: "Why")
  public static let exportAlternative = Message(
    "export.alternative", fr: "Alternative permise", en: "Allowed alternative")
  public static let exportDecision = Message("export.decision", fr: "Décision", en: "Decision")
  public static let exportComment = Message("export.comment", fr: "Commentaire", en: "Comment")
  public static let exportDocumentHash = Message(
    "export.documenthash", fr: "SHA-512 du document approuvé", en: "SHA-512 of the approved document")
  public static let exportApproved = Message("export.approved", fr: "APPROUVÉE", en: "APPROVED")
  public static let exportRefusedDecision = Message("export.refuseddecision", fr: "REFUSÉE", en: "REFUSED")
  public static let exportWritten = Message("export.written", fr: "HTML écrit : {path}", en: "HTML written: {path}")
  public static let exportNeedsHTML = Message(
    "export.needshtml", fr: "Précisez le format : sia export FICHIER --html [-o SORTIE].",
    en: "Say the format: sia export FILE --html [-o OUT].")

  // MARK: export — the registry report
  public static let reportTitle = Message("report.title", fr: "Registre des usages de l'IA", en: "Register of AI uses")
  public static let reportGenerated = Message(
    "report.generated", fr: "Établi par sia le {date} ; chaque ligne vérifiée à partir des fichiers signés.",
    en: "Made by sia on {date}; every line verified from the signed files.")
  public static let reportByVerdict = Message("report.byverdict", fr: "Usages par verdict", en: "Uses by verdict")
  public static let reportBySystem = Message("report.bysystem", fr: "Usages par système", en: "Uses by system")
  public static let reportByMonth = Message("report.bymonth", fr: "Déclarations par mois", en: "Declarations by month")
  public static let reportExpiring = Message(
    "report.expiring", fr: "Fins de validité (8 semaines à venir)", en: "Validity ends (next 8 weeks)")
  public static let reportWeek = Message("report.week", fr: "sem. du {date}", en: "week of {date}")
  public static let reportOthers = Message("report.others", fr: "autres", en: "others")
  public static let reportTable = Message("report.table", fr: "Tous les usages", en: "All uses")
}

extension Messages {
}

extension Messages {
  static let exportCatalogue: [Message] = [
    exportStatusTrusted, exportStatusUnknown, exportStatusBad, exportRefused, exportNotSia, exportTitleTraining,
    exportTitleApproval, exportVerdictToday, exportExpired, exportApproval, exportApprovalPending,
    exportApprovalInvalid, exportFingerprint, exportApproverFingerprint, exportSignatures, exportHowToVerify,
    exportOrWithSSH, exportAppendix, exportFile, exportGenerated, exportTasks, exportHumanCheck, exportRationale,
    exportAlternative, exportDecision, exportComment, exportDocumentHash, exportApproved, exportRefusedDecision,
    exportWritten, exportNeedsHTML, reportTitle, reportGenerated, reportByVerdict, reportBySystem, reportByMonth,
    reportExpiring, reportWeek, reportOthers, reportTable, exportStatusAttention,
  ]
}
