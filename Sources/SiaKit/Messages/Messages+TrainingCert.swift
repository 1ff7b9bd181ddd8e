extension Messages {
  // MARK: kinds of training: self-declared or trainer-attested (issue 18 item 1)
  public static let attMode = Message("attestation.mode", fr: "Type", en: "Kind")
  public static let attModeSelf = Message(
    "attestation.mode.self",
    fr:
      "auto-formation (signée par la personne formée seule ; un formateur peut la contresigner : sia train --certify)",
    en: "self-declared (self-training, signed by the trainee alone; a trainer may countersign it: sia train --certify)")
  public static let docTrainingSelf = Message(
    "doc.training.self", fr: " — auto-formation", en: " — self-declared (self-training)")
  public static let docTrainingTrainer = Message(
    "doc.training.trainer", fr: " — formation attestée par {trainer}", en: " — trainer-attested by {trainer}")
  public static let attestationKindSelf = Message(
    "interview.attestation.self",
    fr: "C'est une auto-formation : aucun formateur ne l'a contresignée (sia train --certify).",
    en: "It is self-declared (self-training): no trainer has countersigned it (sia train --certify).")
  public static let attestationKindTrainer = Message(
    "interview.attestation.trainer", fr: "Formation attestée par {trainer}.", en: "Training attested by {trainer}.")
  public static let trainingRequired = Message(
    "interview.training.required",
    fr:
      "Votre responsable exige une formation attestée par un formateur : une auto-formation compte comme « non » pour le verdict.",
    en: "Your lab head requires trainer-attested training: self-declared training counts as “no” for the verdict.")
  public static let trainingCountedNo = Message(
    "interview.training.counted.no",
    fr:
      "« Formation suivie : oui » compte comme « non » : votre responsable exige une formation attestée par un formateur (sia train --certify).",
    en: "“Training taken: yes” counts as “no”: your lab head requires trainer-attested training (sia train --certify).")
  public static let verifyTrainingSelf = Message(
    "verify.training.self", fr: "auto-formation (aucune contre-signature de formateur)",
    en: "self-declared (self-training, no trainer's countersignature)")
  public static let verifyTrainingTrainer = Message(
    "verify.training.trainer", fr: "formation attestée par {trainer} (formateur reconnu par {file})",
    en: "trainer-attested by {trainer} ({file} vouches for this trainer)")
  public static let verifyTrainingTrainerUnknown = Message(
    "verify.training.trainer.unknown",
    fr:
      "formation attestée par {trainer}, mais {file} ne reconnaît pas ce formateur (namespaces=\"sia-training-cert\")",
    en: "trainer-attested by {trainer}, but {file} does not vouch for this trainer (namespaces=\"sia-training-cert\")")
  public static let verifyTrainingTrainerUnchecked = Message(
    "verify.training.trainer.unchecked",
    fr: "formation attestée par {trainer} (formateur non vérifié : pas de fichier allowed_signers)",
    en: "trainer-attested by {trainer} (trainer not checked: no allowed_signers file)")
  public static let checkTrainingNotAttested = Message(
    "check.training.notattested",
    fr:
      "formation exigée attestée par un formateur : comptée « non », le verdict serait « {today} » au lieu de « {recorded} »",
    en: "trainer-attested training required: counted as “no”, the verdict would be “{today}” instead of “{recorded}”")

  // MARK: sia train --certify
  public static let certifyNeedsFiles = Message(
    "train.certify.usage", fr: "--certify et --summary prennent un ou plusieurs fichiers d'attestation.",
    en: "--certify and --summary take one or more attestation files.")
  public static let certifyNoEmail = Message(
    "train.certify.noemail",
    fr: "Votre e-mail de formateur manque : sia profile --email VOUS@… (ou --email ici).",
    en: "Your trainer's e-mail is missing: sia profile --email YOU@… (or --email here).")
  public static let certifyNoKey = Message(
    "train.certify.nokey", fr: "Pas de clé de signature : sia keygen en crée une.",
    en: "No signing key: sia keygen makes one.")
  public static let certifyNotListed = Message(
    "train.certify.notlisted",
    fr:
      "Refusé : {file} ne liste pas votre clé pour {principal} avec namespaces=\"sia-training-cert\" ({trust}). Le responsable y ajoute la ligne : {line}",
    en:
      "Refused: {file} does not list your key for {principal} with namespaces=\"sia-training-cert\" ({trust}). The lab head adds this line to it: {line}"
  )
  public static let certifyNoSigners = Message(
    "train.certify.nosigners",
    fr:
      "Refusé : aucun fichier allowed_signers. Donnez celui de votre responsable avec --allowed-signers FICHIER ; il doit contenir la ligne : {line}",
    en:
      "Refused: no allowed_signers file. Give your lab head's with --allowed-signers FILE; it must hold this line: {line}"
  )
  public static let certifyDone = Message(
    "train.certify.done", fr: "✓ {file} — {name}, {score} : formation attestée ({cert})",
    en: "✓ {file} — {name}, {score}: trainer-attested ({cert})")
  public static let certifyFailed = Message(
    "train.certify.failed", fr: "✗ {file} — {reason}", en: "✗ {file} — {reason}")
  public static let certifyUnreadable = Message(
    "train.certify.unreadable", fr: "fichier illisible", en: "unreadable file")
  public static let certifyNotAttestation = Message(
    "train.certify.notattestation", fr: "pas une attestation de formation ({reason})",
    en: "not a training attestation ({reason})")
  public static let certifyNotCurrent = Message(
    "train.certify.notcurrent", fr: "attestation expirée ou non obtenue", en: "attestation expired or not earned")
  public static let certifyUnsigned = Message(
    "train.certify.unsigned", fr: "la signature de la personne formée (FICHIER.sig) manque ou ne correspond pas",
    en: "the trainee's signature (FILE.sig) is missing or does not match")
  public static let certifyOwn = Message(
    "train.certify.own", fr: "c'est votre propre attestation : un·e autre formateur·rice doit la contresigner",
    en: "this is your own attestation: another trainer must countersign it")
  public static let certifySummary = Message(
    "train.certify.summary",
    fr:
      "{done}/{count} attestation(s) contresignée(s) (namespace sia-training-cert). Rendez à chacun son fichier .cert, à placer à côté de son attestation (~/.local/state/sia/training/attestations/).",
    en:
      "{done}/{count} attestation(s) countersigned (namespace sia-training-cert). Give each attendee their .cert file, to put beside their attestation (~/.local/state/sia/training/attestations/)."
  )

  static let trainingCertCatalogue: [Message] = [
    attMode, attModeSelf, docTrainingSelf, docTrainingTrainer, attestationKindSelf, attestationKindTrainer,
    trainingRequired, trainingCountedNo, verifyTrainingSelf, verifyTrainingTrainer, verifyTrainingTrainerUnknown,
    verifyTrainingTrainerUnchecked, checkTrainingNotAttested, certifyNeedsFiles, certifyNoEmail, certifyNoKey,
    certifyNotListed, certifyNoSigners, certifyDone, certifyFailed, certifyUnreadable, certifyNotAttestation,
    certifyNotCurrent,
    certifyUnsigned, certifyOwn, certifySummary,
  ]
}

extension Messages {
  public static let profileRequiresTrainer = Message(
    "profile.requiretrainer",
    fr: "Formation exigée : attestée par un formateur (une auto-formation compte comme « non »)",
    en: "Training required: trainer-attested (self-declared training counts as “no”)")

  public static let trainAttestationSelfDeclared = Message(
    "train.attestation.selfdeclared",
    fr:
      "C'est une auto-formation. Pour une formation attestée, envoyez l'attestation et son .sig à votre formateur·rice (sia train --certify), puis rangez le .cert reçu à côté.",
    en:
      "This is self-declared training. To have it trainer-attested, send the attestation and its .sig to your trainer (sia train --certify), then put the .cert you get back beside it."
  )

  static let trainingProfileCatalogue: [Message] = [
    profileRequiresTrainer, trainAttestationSelfDeclared,
  ]
}
