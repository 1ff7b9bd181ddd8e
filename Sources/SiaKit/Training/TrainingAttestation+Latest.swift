import Foundation

extension TrainingAttestation {
  /// An attestation read back from the user's attestation folder.
  public struct Found: Sendable, Equatable {
    public var attestation: TrainingAttestation
    public var path: String
    /// The trainer whose `FILE.cert` the user's allowed_signers vouches for, if any.
    public var certifier: TrainingCertification.Certifier?
  }

  /// The most recent attestation in `paths` that is still current at `now` (earned,
  /// less than 12 months old) and validly signed (see `AttestationSigning`): what the
  /// interview's "training followed" question and the declaration rely on. A
  /// trainer-attested one wins over a newer self-declared one, since it says more.
  /// Unsigned, unreadable or altered files are skipped.
  public static func latestValid(in paths: Paths, now: Date) -> Found? {
    let store = TrainingStore(paths: paths)
    let signers = AttestationSigning.allowedSigners(paths)
    var best: Found?
    for path in store.attestationFiles() {
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
        case let .success(attestation) = AttestationDocument.parse(text), attestation.isCurrent(at: now),
        AttestationSigning.isValidlySigned(path: path, paths: paths, now: now)
      else { continue }
      let found = Found(
        attestation: attestation, path: path,
        certifier: TrainingCertification.certifier(of: path, signers: signers, now: now))
      guard let current = best else {
        best = found
        continue
      }
      let rank = { (candidate: Found) in (candidate.certifier == nil ? 0 : 1, candidate.attestation.date) }
      if rank(found) >= rank(current) { best = found }
    }
    return best
  }
}
