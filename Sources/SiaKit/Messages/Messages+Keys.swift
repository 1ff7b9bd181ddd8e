extension Messages {
  // MARK: keys
  public static let keyNotOpenSSH = Message(
    "key.not-openssh",
    fr:
      "Ce fichier n'est pas une clé privée OpenSSH (« -----BEGIN OPENSSH PRIVATE KEY----- » attendu). Créez-en une avec sia keygen.",
    en:
      "This file is not an OpenSSH private key (expected \"-----BEGIN OPENSSH PRIVATE KEY-----\"). Create one with sia keygen."
  )
  public static let keyEncrypted = Message(
    "key.encrypted",
    fr:
      "Cette clé est protégée par une phrase secrète ({cipher}) : sia n'utilise que des clés Ed25519 non chiffrées. Créez une clé dédiée avec sia keygen.",
    en:
      "This key is protected by a passphrase ({cipher}): sia only uses unencrypted Ed25519 keys. Create a dedicated key with sia keygen."
  )
  public static let keyUnsupportedType = Message(
    "key.unsupported-type",
    fr: "Clé de type {type} refusée : sia ne signe qu'avec des clés Ed25519 (ssh-keygen -t ed25519, ou sia keygen).",
    en: "Key of type {type} refused: sia signs with Ed25519 keys only (ssh-keygen -t ed25519, or sia keygen).")
  public static let keyMalformed = Message(
    "key.malformed", fr: "Clé illisible : {detail}.", en: "Unreadable key: {detail}.")
  public static let keyReadableByOthers = Message(
    "key.permissions",
    fr:
      "La clé privée {path} est lisible par d'autres utilisateurs (mode {mode}) : refusée. Corrigez avec : chmod 600 {path}",
    en: "The private key {path} is readable by other users (mode {mode}): refused. Fix it with: chmod 600 {path}")
  public static let keyUnreadable = Message(
    "key.unreadable", fr: "Impossible de lire la clé {path}.", en: "Cannot read the key {path}.")
  public static let keyMissing = Message(
    "key.missing", fr: "Pas de clé de signature ({path}). Créez-la avec : sia keygen",
    en: "No signing key ({path}). Create it with: sia keygen")
  public static let keyExists = Message(
    "key.exists", fr: "Une clé existe déjà ({path}) : elle n'est pas remplacée. Ajoutez --force pour la remplacer.",
    en: "A key already exists ({path}): it is not replaced. Add --force to replace it.")

  // MARK: signatures
  public static let sigNotArmored = Message(
    "sig.not-armored", fr: "Ce fichier n'est pas une signature SSH (pas de ligne « BEGIN SSH SIGNATURE »).",
    en: "This file is not an SSH signature (no \"BEGIN SSH SIGNATURE\" line).")
  public static let sigMalformed = Message(
    "sig.malformed", fr: "Signature illisible : {detail}.", en: "Unreadable signature: {detail}.")
  public static let sigVersion = Message(
    "sig.version", fr: "Version de signature {version} inconnue (seule la version 1 existe).",
    en: "Unknown signature version {version} (only version 1 exists).")
  public static let sigHash = Message(
    "sig.hash", fr: "Algorithme de hachage {hash} non pris en charge (sha512 ou sha256).",
    en: "Unsupported hash algorithm {hash} (sha512 or sha256).")
  public static let sigKeyType = Message(
    "sig.key-type", fr: "Signature faite avec une clé {type} : sia n'accepte que les signatures Ed25519.",
    en: "Signature made with a {type} key: sia accepts Ed25519 signatures only.")
  public static let sigNamespace = Message(
    "sig.namespace",
    fr:
      "Signature faite pour l'espace de noms « {found} », alors que ce document demande « {expected} » : elle ne vaut pas pour lui.",
    en: "Signature made for the namespace \"{found}\", but this document needs \"{expected}\": it does not apply to it."
  )
  public static let sigMismatch = Message(
    "sig.mismatch",
    fr:
      "La signature ne correspond pas au document : il a été modifié après signature, ou la signature est celle d'un autre fichier.",
    en:
      "The signature does not match the document: it was changed after signing, or the signature belongs to another file."
  )

  static let keysCatalogue: [Message] = [
    keyNotOpenSSH, keyEncrypted, keyUnsupportedType, keyMalformed, keyReadableByOthers, keyUnreadable, keyMissing,
    keyExists, sigNotArmored, sigMalformed, sigVersion, sigHash, sigKeyType, sigNamespace, sigMismatch,
  ]
}
