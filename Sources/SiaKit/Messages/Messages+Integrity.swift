extension Messages {
  // MARK: allowed_signers parity, terminal safety, fault tolerance (issue 13, items 5–7)
  public static let verifyMalformedLine = Message(
    "verify.trust.malformed",
    fr: "{principal} — la ligne {line} de {file} est mal formée, donc ignorée (par OpenSSH aussi) : corrigez-la",
    en: "{principal} — line {line} of {file} is malformed, hence ignored (by OpenSSH too): fix it")

  public static let pairBusy = Message(
    "pair.busy",
    fr: "{path} est en cours d'écriture par un autre sia : rien n'a été écrit, réessayez quand il aura fini.",
    en: "{path} is being written by another sia: nothing was written; try again once it has finished.")

  public static let clockPinned = Message(
    "clock.pinned",
    fr:
      "ATTENTION : SIA_NOW fixe l'horloge au {date} — validités et clés sont vérifiées à cette date, pas aujourd'hui. Retirez SIA_NOW (réservé aux tests).",
    en:
      "WARNING: SIA_NOW pins the clock to {date} — validity and keys are checked at that date, not today. Unset SIA_NOW (meant for tests)."
  )

  static let integrityCatalogue: [Message] = [verifyMalformedLine, pairBusy, clockPinned]
}
