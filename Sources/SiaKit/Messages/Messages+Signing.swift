extension Messages {
  // MARK: profile
  public static let profileTitle = Message("profile.title", fr: "Profil ({path})", en: "Profile ({path})")
  public static let profileDeclarant = Message("profile.declarant", fr: "Déclarant·e", en: "Declarant")
  public static let profileUnit = Message("profile.unit", fr: "Unité", en: "Unit")
  public static let profileLabHead = Message("profile.labhead", fr: "Directeur·rice d'unité", en: "Lab head")
  public static let profileKey = Message("profile.key", fr: "Clé de signature", en: "Signing key")
  public static let profileNoKey = Message("profile.nokey", fr: "aucune (sia keygen)", en: "none (sia keygen)")
  public static let profileUnset = Message("profile.unset", fr: "(non renseigné)", en: "(not set)")
  public static let profileNone = Message(
    "profile.none",
    fr:
      "Pas encore de profil. Renseignez-le : sia profile --name \"Prénom Nom\" --email … --unit \"Nom de l'unité\" --unit-code U1234 --lab-head \"Prénom Nom\" --lab-head-email …",
    en:
      "No profile yet. Set it: sia profile --name \"First Last\" --email … --unit \"Unit name\" --unit-code U1234 --lab-head \"First Last\" --lab-head-email …"
  )
  public static let profileSaved = Message("profile.saved", fr: "Profil enregistré.", en: "Profile saved.")
  public static let profileUnreadable = Message(
    "profile.unreadable", fr: "Impossible de lire le profil {path}.", en: "Cannot read the profile {path}.")
  public static let profileCorrupt = Message(
    "profile.corrupt",
    fr: "Le profil {path} est illisible : recréez-le avec sia profile --name … (toutes les options).",
    en: "The profile {path} is unreadable: recreate it with sia profile --name … (all options).")
  public static let profileIncomplete = Message(
    "profile.incomplete", fr: "Profil incomplet : renseignez {fields} avec sia profile.",
    en: "Incomplete profile: set {fields} with sia profile.")
  public static let profileBadEmail = Message(
    "profile.bademail", fr: "Adresse e-mail invalide pour {option} : {value}",
    en: "Invalid e-mail address for {option}: {value}")
  public static let profilePrompt = Message(
    "profile.prompt", fr: "{field} : ", en: "{field}: ")

  // MARK: keygen
  public static let keygenCreated = Message(
    "keygen.created", fr: "Clé Ed25519 créée : {path} (privée, mode 0600 — ne la transmettez jamais).",
    en: "Ed25519 key created: {path} (private, mode 0600 — never share it).")
  public static let keygenPublic = Message("keygen.public", fr: "Clé publique ({path}) :", en: "Public key ({path}):")
  public static let keygenFingerprint = Message(
    "keygen.fingerprint", fr: "Empreinte : {fingerprint}", en: "Fingerprint: {fingerprint}")
  public static let keygenAllowedSigner = Message(
    "keygen.allowedsigner",
    fr: "Ligne à transmettre à votre directeur·rice d'unité pour son fichier allowed_signers :",
    en: "Line to send to your lab head for their allowed_signers file:")
  public static let keygenNeedsEmail = Message(
    "keygen.needsemail",
    fr: "Renseignez d'abord votre e-mail (sia profile --email …) : il identifie la clé, ou passez --comment.",
    en: "Set your e-mail first (sia profile --email …): it identifies the key, or pass --comment.")

  // MARK: sign
  public static let signDone = Message(
    "sign.done", fr: "Signé : {sig} (clé {fingerprint}, espace de noms {namespace}).",
    en: "Signed: {sig} (key {fingerprint}, namespace {namespace}).")
  public static let signExists = Message(
    "sign.exists", fr: "{sig} existe déjà : il n'est pas remplacé. Ajoutez --force pour re-signer.",
    en: "{sig} already exists: it is not replaced. Add --force to sign again.")
  public static let fileMissing = Message(
    "file.missing", fr: "Fichier introuvable : {path}", en: "File not found: {path}")
  public static let fileUnwritable = Message(
    "file.unwritable", fr: "Impossible d'écrire {path} : {reason}", en: "Cannot write {path}: {reason}")

  static let signingCatalogue: [Message] = [
    profileTitle, profileDeclarant, profileUnit, profileLabHead, profileKey, profileNoKey, profileUnset, profileNone,
    profileSaved, profileUnreadable, profileCorrupt, profileIncomplete, profileBadEmail, profilePrompt,
    keygenCreated, keygenPublic, keygenFingerprint, keygenAllowedSigner, keygenNeedsEmail,
    signDone, signExists, fileMissing, fileUnwritable,
  ]
}
