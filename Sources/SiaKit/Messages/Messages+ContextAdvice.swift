/// Advice that names a command, in the form of the place it is read: `sia train` (the
/// shell) advises shell commands, the REPL its own `/` commands (shell commands only
/// where the REPL has none, like `sia sign`). `ContextAdviceTests` checks every message
/// against the places that show it.
extension Messages {
  public static let trainStartShell = Message(
    "train.start.shell",
    fr:
      "Formation : {count} exercice(s), série n° {seed} (pour rejouer la même : sia train --seed {seed}).\nRépondez par la ou les lettres (ex. b ou a,c) ; /lire ID ouvre le guide, /pause interrompt.",
    en:
      "Training: {count} exercise(s), series no. {seed} (to replay it: sia train --seed {seed}).\nAnswer with the letter(s) (e.g. b or a,c); /read ID opens the guide, /pause stops."
  )
  public static let trainPausedShell = Message(
    "train.paused.shell",
    fr:
      "Formation interrompue avant l'exercice {position}/{count}, progression enregistrée : sia train --resume pour continuer.",
    en: "Training paused before exercise {position}/{count}, progress saved: sia train --resume to go on.")
  public static let trainResumeNoneShell = Message(
    "train.resume.none.shell", fr: "Aucune formation en cours à reprendre : commencez-en une avec sia train.",
    en: "No training in progress to resume: start one with sia train.")
  public static let trainAttestationUnsignedRepl = Message(
    "train.attestation.unsigned.repl",
    fr: "Non signée : vous n'avez pas encore de clé. Créez-la avec /cle, puis signez : sia sign {path}",
    en: "Not signed: you have no key yet. Create one with /key, then sign: sia sign {path}")
  public static let declareNoKeyRepl = Message(
    "declare.nokey.repl",
    fr: "Document non signé : pas encore de clé. Créez-la avec /cle, puis signez-le : sia sign {path}",
    en: "Document not signed: no key yet. Create it with /key, then sign it: sia sign {path}")
  public static let declareUnsignedRepl = Message(
    "declare.unsigned.repl", fr: "Document non signé (--sans-signature). Pour le signer : sia sign {path}",
    en: "Document not signed (--unsigned). To sign it: sia sign {path}")

  static let contextAdviceCatalogue: [Message] = [
    trainStartShell, trainPausedShell, trainResumeNoneShell, trainAttestationUnsignedRepl, declareNoKeyRepl,
    declareUnsignedRepl,
  ]
}

extension Messages {
  /// After an exemption request is written: what to do with it, in place of the
  /// publication statement (the use is still forbidden until approved).
  public static let exemptionNext = Message(
    "declare.exemption.next",
    fr:
      "Demande de dérogation : envoyez ce fichier et sa signature (.sig) à votre directeur·rice d'unité et au/à la DPO. Tant qu'elle n'est pas approuvée, l'usage reste interdit : il n'y a pas de mention à reprendre dans une publication.",
    en:
      "Exemption request: send this file and its signature (.sig) to your lab head and the DPO. Until it is approved, the use stays forbidden: there is no statement to put in a publication."
  )

  static let exemptionCatalogue: [Message] = [exemptionNext]
}
