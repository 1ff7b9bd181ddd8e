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

  public init(date: String, right: Int, total: Int, file: String) {
    self.date = date
    self.right = right
    self.total = total
    self.file = file
  }

  public var percent: Int { total == 0 ? 0 : right * 100 / total }

  /// The newest valid attestation of this user, if any.
  public static func current(paths: Paths, now: Date) -> TrainingReference? {
    guard let found = TrainingAttestation.latestValid(in: paths, now: now) else { return nil }
    let score = found.attestation.score
    return TrainingReference(
      date: String(found.attestation.date.prefix(10)), right: score.right, total: score.total,
      file: URL(fileURLWithPath: found.path).lastPathComponent)
  }
}
