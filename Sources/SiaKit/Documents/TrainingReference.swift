import Foundation

/// The training attestation a declaration relies on: the interview's "training
/// followed" answer is backed by a signed attestation less than 12 months old, and the
/// declaration says which (date, score, file), so the lab head can ask to see it.
public struct TrainingReference: Codable, Equatable, Sendable {
  /// `YYYY-MM-DD`.
  public var date: String
  public var right: Int
  public var total: Int
  /// The attestation's file name (its folder is the declarant's own state folder).
  public var file: String
  /// Self-declared or trainer-attested (absent in older documents, which were all self-declared).
  public var kind: TrainingKind?
  /// The trainer who countersigned, as the allowed-signers file names them (trainer-attested only).
  public var trainer: String?
  /// The trainer's public key (OpenSSH line), so the lab head's own allowed_signers can vouch for it.
  public var trainerKey: String?

  public init(
    date: String, right: Int, total: Int, file: String, kind: TrainingKind? = nil, trainer: String? = nil,
    trainerKey: String? = nil
  ) {
    self.date = date
    self.right = right
    self.total = total
    self.file = file
    self.kind = kind
    self.trainer = trainer
    self.trainerKey = trainerKey
  }

  public var percent: Int { total == 0 ? 0 : right * 100 / total }

  /// The newest valid attestation of this user, if any, with its kind: trainer-attested
  /// when a trainer's `FILE.cert` beside it is vouched for by the user's allowed_signers.
  public static func current(paths: Paths, now: Date) -> TrainingReference? {
    guard let found = TrainingAttestation.latestValid(in: paths, now: now) else { return nil }
    let score = found.attestation.score
    var reference = TrainingReference(
      date: String(found.attestation.date.prefix(10)), right: score.right, total: score.total,
      file: URL(fileURLWithPath: found.path).lastPathComponent, kind: .selfDeclared)
    if let certifier = found.certifier {
      reference.kind = .trainerAttested
      reference.trainer = certifier.principal
      reference.trainerKey = certifier.key.openSSHLine()
    }
    return reference
  }
}
