extension Messages {
  // MARK: `sia verify`: the approval block, read at 60 columns as well as at 120
  /// The approver's key within the approval block: labelled, so that on a narrow
  /// terminal, where the fingerprint gets a line of its own, it still says whose it is.
  public static let approvalFingerprint = Message(
    "approval.fingerprint", fr: "Empreinte : {fingerprint}", en: "Fingerprint: {fingerprint}")

  /// An attestation past its validity: the remedy is the training, not a declaration.
  public static let checkExpiredAttestation = Message(
    "check.expired.attestation", fr: "fin de validité le {date} : refaites la formation (sia train)",
    en: "validity ended on {date}: take the training again (sia train)")
  /// The verdict today is not recomputed for a document whose text or data do not hold.
  public static let verifyVerdictNotChecked = Message(
    "verify.verdict.notchecked", fr: "non recalculé (document invalide)", en: "not recomputed (invalid document)")

  static let verifyLayoutCatalogue: [Message] = [approvalFingerprint, checkExpiredAttestation, verifyVerdictNotChecked]
}
