import Foundation

extension TrainingAttestation {
  /// An attestation read back from the user's attestation folder.
  public struct Found: Sendable, Equatable {
    public var attestation: TrainingAttestation
    public var path: String
  }

  /// The most recent attestation in `paths` that is still current at `now` (earned,
  /// less than 12 months old) and validly signed (see `AttestationSigning`): what the
  /// interview's "training followed" question and the declaration rely on. Unsigned,
  /// unreadable or altered files are skipped.
  public static func latestValid(in paths: Paths, now: Date) -> Found? {
    let store = TrainingStore(paths: paths)
    var best: Found?
    for path in store.attestationFiles() {
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
        case let .success(attestation) = AttestationDocument.parse(text), attestation.isCurrent(at: now),
        AttestationSigning.isValidlySigned(path: path, paths: paths, now: now)
      else { continue }
      if best.map({ attestation.date >= $0.attestation.date }) ?? true {
        best = Found(attestation: attestation, path: path)
      }
    }
    return best
  }
}
