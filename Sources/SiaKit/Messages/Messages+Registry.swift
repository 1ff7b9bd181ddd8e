extension Messages {
  // MARK: registry — index notices
  public static let registryIndexRebuilt = Message(
    "registry.index.rebuilt",
    fr: "Index du registre endommagé ({path}) : reconstruit à partir des fichiers signés (rien n'est perdu).",
    en: "Registry index damaged ({path}): rebuilt from the signed files (nothing is lost).")
  public static let registryIndexBusy = Message(
    "registry.index.busy",
    fr:
      "Index du registre en cours de mise à jour par un autre processus : ouvert en lecture seule, les vérifications de cette fois ne seront pas gardées.",
    en: "Registry index being updated by another process: opened read-only, this run's verifications will not be kept.")
  public static let registryIndexUnavailable = Message(
    "registry.index.unavailable",
    fr:
      "Dossier de données non accessible en écriture ({path}) : registre calculé sans index (tout est revérifié à chaque fois).",
    en:
      "Data folder not writable ({path}): registry computed without an index (everything is verified again each time).")
  public static let registryUnreadableFolder = Message(
    "registry.folder.unreadable", fr: "Dossier illisible (permission ?), ignoré : {path}",
    en: "Unreadable folder (permission?), skipped: {path}")
  public static let registryUnreadableFile = Message(
    "registry.file.unreadable", fr: "fichier illisible (permission ?)", en: "unreadable file (permission?)")
  public static let registryIndexStats = Message(
    "registry.index.stats",
    fr:
      "Index : {new} nouveau(x), {changed} modifié(s), {unchanged} inchangé(s), {removed} retiré(s) ; {ignored} fichier(s) non sia ignoré(s).",
    en:
      "Index: {new} new, {changed} changed, {unchanged} unchanged, {removed} removed; {ignored} non-sia file(s) skipped."
  )
  public static let registryEmpty = Message(
    "registry.empty", fr: "Aucun document sia trouvé.", en: "No sia document found.")
  public static let registryNoMatch = Message(
    "registry.nomatch", fr: "Aucun usage ne correspond aux filtres.", en: "No use matches the filters.")
  public static let registrySummary = Message(
    "registry.summary",
    fr:
      "{count} usage(s) : {pending} en attente, {approved} approuvé(s), {refused} refusé(s), {expiring} expirant sous {days} jours. sia verify : {outcomes}.",
    en:
      "{count} use(s): {pending} pending, {approved} approved, {refused} refused, {expiring} expiring within {days} days. sia verify: {outcomes}."
  )
  public static let registryBadDuration = Message(
    "registry.badduration", fr: "Durée invalide « {value} » : écrivez par exemple 30d, 4w ou 30.",
    en: "Invalid duration \"{value}\": write for example 30d, 4w or 30.")
  public static let registryBadDate = Message(
    "registry.baddate", fr: "Date invalide « {value} » : écrivez AAAA-MM-JJ.",
    en: "Invalid date \"{value}\": write YYYY-MM-DD.")
  public static let registryBadVerdict = Message(
    "registry.badverdict", fr: "Verdict inconnu « {value} » : ok, conditions, validation ou interdit.",
    en: "Unknown verdict \"{value}\": ok, conditions, validation or interdit.")
  public static let registryBadSort = Message(
    "registry.badsort", fr: "Tri inconnu « {value} » : {choices}.", en: "Unknown sort \"{value}\": {choices}.")
  public static let registryWritten = Message(
    "registry.written", fr: "Rapport écrit : {path}", en: "Report written: {path}")
  public static let registryWriteFailed = Message(
    "registry.writefailed", fr: "Impossible d'écrire {path} : {reason}", en: "Cannot write {path}: {reason}")

  // MARK: registry — table
  public static let registryColDeclarant = Message("registry.col.declarant", fr: "Déclarant·e", en: "Declarant")
  public static let registryColUnit = Message("registry.col.unit", fr: "Unité", en: "Unit")
  public static let registryColSystem = Message("registry.col.system", fr: "Système", en: "System")
  public static let registryColVerdict = Message("registry.col.verdict", fr: "Verdict", en: "Verdict")
  public static let registryColKind = Message("registry.col.kind", fr: "Type", en: "Kind")
  public static let registryColApproval = Message("registry.col.approval", fr: "Approbation", en: "Approval")
  public static let registryColValid = Message("registry.col.valid", fr: "Valide jusqu'au", en: "Valid until")
  public static let registryColSignature = Message("registry.col.signature", fr: "Signature", en: "Signature")
  public static let registryColDate = Message("registry.col.date", fr: "Date", en: "Date")
  public static let registryColFile = Message("registry.col.file", fr: "Fichier", en: "File")
  public static let registryColData = Message("registry.col.data", fr: "Données", en: "Data")
  public static let registryColProblem = Message("registry.col.problem", fr: "Problème", en: "Problem")
  public static let registryColFingerprint = Message("registry.col.fingerprint", fr: "Empreinte", en: "Fingerprint")
  public static let registryColEmail = Message("registry.col.email", fr: "Courriel", en: "E-mail")
  public static let registryColApprover = Message("registry.col.approver", fr: "Approbateur·rice", en: "Approver")

  public static let registryKindDeclaration = Message("registry.kind.declaration", fr: "déclaration", en: "declaration")
  public static let registryKindExemption = Message("registry.kind.exemption", fr: "dérogation", en: "exemption")
  public static let registryKindTraining = Message("registry.kind.training", fr: "formation", en: "training")
  public static let registryKindTrainingSelf = Message(
    "registry.kind.training-self", fr: "form. auto", en: "self-taught")
  public static let registryKindTrainingAttested = Message(
    "registry.kind.training-attested", fr: "form. cert.", en: "certified")
  public static let registryKindApproval = Message("registry.kind.approval", fr: "approbation", en: "approval")
  public static let registryKindContested = Message(
    "registry.kind.contested", fr: "décl. contestée", en: "contested decl.")
  public static let registryKindUnknown = Message("registry.kind.unknown", fr: "inconnu", en: "unknown")

  // The outcome of `sia verify` for one file, in a cell (README's table of exit statuses).
  public static let registryOutcomeValid = Message("registry.outcome.valid", fr: "valide", en: "valid")
  public static let registryOutcomeInvalid = Message("registry.outcome.invalid", fr: "INVALIDE", en: "INVALID")
  public static let registryOutcomeUnverifiable = Message(
    "registry.outcome.unverifiable", fr: "INVÉRIFIABLE", en: "UNVERIFIABLE")
  public static let registryOutcomeUnknownSigner = Message(
    "registry.outcome.unknownsigner", fr: "signataire inconnu", en: "unknown signer")
  public static let registryOutcomeExpired = Message("registry.outcome.expired", fr: "EXPIRÉE", en: "EXPIRED")
  public static let registryOutcomeStricter = Message(
    "registry.outcome.stricter", fr: "plus strict auj.", en: "stricter today")
  public static let registryOutcomeException = Message(
    "registry.outcome.exception", fr: "demande dérogation", en: "exception request")
  public static let registryOutcomeRefused = Message("registry.outcome.refused", fr: "REFUSÉE", en: "REFUSED")
  // A use as a short block, on a terminal too narrow for the table.
  public static let registryCardUntil = Message("registry.card.until", fr: "jusqu'au {date}", en: "until {date}")
  public static let registryCardCheck = Message(
    "registry.card.check", fr: "sia verify : {outcome}", en: "sia verify: {outcome}")
  public static let registryColOutcome = Message("registry.col.outcome", fr: "Vérification", en: "Check")

  public static let registryVerdictOk = Message("registry.verdict.ok", fr: "autorisé", en: "allowed")
  public static let registryVerdictConditions = Message(
    "registry.verdict.conditions", fr: "conditions", en: "conditions")
  public static let registryVerdictValidation = Message(
    "registry.verdict.validation", fr: "validation", en: "validation")
  public static let registryVerdictInterdit = Message("registry.verdict.interdit", fr: "interdit", en: "forbidden")
  public static let registryVerdictContested = Message(
    "registry.verdict.contested", fr: "{verdict}, contesté", en: "{verdict}, contested")
  public static let registryVerdictToday = Message(
    "registry.verdict.today", fr: "{recorded} → {today} auj.", en: "{recorded} → {today} today")

  public static let registryApprovalPending = Message("registry.approval.pending", fr: "EN ATTENTE", en: "PENDING")
  public static let registryApprovalApproved = Message(
    "registry.approval.approved", fr: "approuvée ({who})", en: "approved ({who})")
  public static let registryApprovalRefused = Message(
    "registry.approval.refused", fr: "REFUSÉE ({who})", en: "REFUSED ({who})")
  public static let registryApprovalApprovedShort = Message(
    "registry.approval.approved.short", fr: "approuvée", en: "approved")
  public static let registryApprovalRefusedShort = Message(
    "registry.approval.refused.short", fr: "REFUSÉE", en: "REFUSED")
  public static let registryDecidedBy = Message(
    "registry.decidedby", fr: "Décisions de {who}", en: "Decisions by {who}")
  public static let registryApprovalInvalid = Message("registry.approval.invalid", fr: "INVALIDE", en: "INVALID")
  public static let registryApprovalNotNeeded = Message("registry.approval.notneeded", fr: "—", en: "—")

  public static let registryValidSoon = Message("registry.valid.soon", fr: "{date} ⚠ bientôt", en: "{date} ⚠ soon")
  public static let registryValidExpired = Message("registry.valid.expired", fr: "{date} EXPIRÉE", en: "{date} EXPIRED")

  public static let registrySigTrusted = Message("registry.sig.trusted", fr: "valide", en: "valid")
  public static let registrySigUnknown = Message("registry.sig.unknown", fr: "signataire inconnu", en: "unknown signer")
  public static let registrySigInvalid = Message("registry.sig.invalid", fr: "INVALIDE", en: "INVALID")
  public static let registrySigUnusable = Message("registry.sig.unusable", fr: "INVÉRIFIABLE", en: "UNVERIFIABLE")
  public static let registrySigUnsigned = Message("registry.sig.unsigned", fr: "NON SIGNÉ", en: "UNSIGNED")

  // MARK: registry — a declarant's own folder
  public static let registryMissingTitle = Message(
    "registry.missing.title", fr: "Ce qui manque pour {name} :", en: "What is missing for {name}:")
  public static let registryMissingNothing = Message(
    "registry.missing.nothing", fr: "Rien : toutes vos déclarations sont signées, approuvées et en cours de validité.",
    en: "Nothing: all your declarations are signed, approved and valid.")
  public static let registryMissingSign = Message(
    "registry.missing.sign", fr: "{file} : à signer (sia sign {file})", en: "{file}: to sign (sia sign {file})")
  public static let registryMissingResign = Message(
    "registry.missing.resign", fr: "{file} : signature en défaut ({reason}) — resignez ou refaites la déclaration",
    en: "{file}: signature problem ({reason}) — sign again or redo the declaration")
  public static let registryMissingApproval = Message(
    "registry.missing.approval", fr: "{file} : approbation de {labhead} à obtenir (envoyez-lui le fichier et son .sig)",
    en: "{file}: approval from {labhead} to obtain (send them the file and its .sig)")
  public static let registryMissingRefused = Message(
    "registry.missing.refused", fr: "{file} : refusée par {who} — ne pas utiliser ; voyez son commentaire",
    en: "{file}: refused by {who} — do not use; see their comment")
  public static let registryMissingRenewSoon = Message(
    "registry.missing.renewsoon", fr: "{file} : à renouveler avant le {date}", en: "{file}: to renew before {date}")
  public static let registryMissingRenew = Message(
    "registry.missing.renew", fr: "{file} : expirée le {date}, une nouvelle déclaration est nécessaire",
    en: "{file}: expired on {date}, a new declaration is needed")
  public static let registryMissingReassess = Message(
    "registry.missing.reassess",
    fr: "{file} : le verdict a changé avec le guide actuel ({today}) — refaites l'évaluation",
    en: "{file}: the verdict changed under the current guide ({today}) — assess again")
}

extension Messages {
  static let registryCatalogue: [Message] = [
    registryIndexRebuilt, registryIndexBusy, registryIndexUnavailable, registryUnreadableFolder, registryUnreadableFile,
    registryIndexStats, registryEmpty, registryNoMatch, registrySummary, registryBadDuration, registryBadDate,
    registryBadVerdict, registryBadSort, registryWritten, registryWriteFailed, registryColDeclarant, registryColUnit,
    registryColSystem, registryColVerdict, registryColKind, registryColApproval, registryColValid, registryColSignature,
    registryColDate, registryColFile, registryColData, registryColProblem, registryColFingerprint, registryColEmail,
    registryColApprover, registryKindDeclaration, registryKindExemption, registryKindTraining, registryKindTrainingSelf,
    registryKindTrainingAttested, registryKindApproval, registryKindContested, registryKindUnknown,
    registryOutcomeValid, registryOutcomeInvalid, registryOutcomeUnverifiable, registryOutcomeUnknownSigner,
    registryOutcomeExpired, registryOutcomeStricter, registryOutcomeException, registryOutcomeRefused,
    registryColOutcome, registryCardUntil, registryCardCheck, registryVerdictOk, registryVerdictConditions,
    registryVerdictValidation, registryVerdictInterdit, registryVerdictContested, registryVerdictToday,
    registryApprovalPending, registryApprovalApproved, registryApprovalRefused, registryApprovalApprovedShort,
    registryApprovalRefusedShort, registryDecidedBy, registryApprovalInvalid, registryApprovalNotNeeded,
    registryValidSoon, registryValidExpired, registrySigTrusted, registrySigUnknown, registrySigInvalid,
    registrySigUnusable, registrySigUnsigned, registryMissingTitle, registryMissingNothing, registryMissingSign,
    registryMissingResign, registryMissingApproval, registryMissingRefused, registryMissingRenewSoon,
    registryMissingRenew, registryMissingReassess,
  ]
}
