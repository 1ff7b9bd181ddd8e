extension Messages {
  // MARK: allowed_signers parity, terminal safety, fault tolerance (issue 13, items 5–7)
  public static let verifyMalformedLine = Message(
    "verify.trust.malformed",
    fr: "{principal} — la ligne {line} de {file} est mal formée : OpenSSH s'y arrête et refuse, sia aussi (corrigez-la)",
    en: "{principal} — line {line} of {file} is malformed: OpenSSH stops there and refuses, so does sia (fix it)")

  public static let pairBusy = Message(
    "pair.busy", fr: "{path} est en cours d'écriture par un autre sia : rien n'a été écrit, réessayez quand il aura fini.",
    en: "{path} is being written by another sia: nothing was written; try again once it has finished.")

  static let integrityCatalogue: [Message] = [verifyMalformedLine, pairBusy]
}
