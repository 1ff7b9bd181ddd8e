import Foundation

/// A trainer's countersignature of an attendee's attestation: `FILE.cert` beside
/// `FILE`, an armored SSHSIG over the attestation file's bytes in the namespace
/// `sia-training-cert`, so OpenSSH checks it as it checks every sia document:
/// `ssh-keygen -Y verify -f allowed_signers -I TRAINER -n sia-training-cert -s FILE.cert < FILE`.
/// Only a key the lab head's allowed_signers lists for that namespace counts.
public enum TrainingCertification {
  public static let namespace = "sia-training-cert"
  public static let suffix = ".cert"

  public static func path(for attestation: String) -> String { attestation + suffix }

  /// Who countersigned: the principal the allowed-signers file vouches for, and the key.
  public struct Certifier: Equatable, Sendable {
    public var principal: String
    public var key: SSHPublicKey
  }

  public enum Refusal: Error, Equatable {
    case unreadable(String)
    case notAttestation(String)
    /// The attestation is expired, not earned or dated in the future.
    case notCurrent
    /// The trainee's own signature (`FILE.sig`) is missing or does not verify.
    case unsigned
    /// A trainer's own attestation: countersigning it would attest nothing.
    case ownAttestation
    /// The trainer's key is not listed for `sia-training-cert` under that principal.
    case notListed(SignerTrust)
    case writeFailed(String)
  }

  /// Countersigns the attestation at `path` as `principal` with `key`, after checking
  /// that `signers` lists that key for the training namespace; writes `FILE.cert`
  /// atomically (an earlier certification is replaced) and returns its path.
  public static func certify(
    path: String, key: OpenSSHPrivateKey, principal: String, signers: AllowedSigners?, now: Date
  ) throws -> String {
    let trust =
      signers?.trust(principal: principal, key: key.publicKey, namespace: namespace, at: now) ?? .noAllowedSigners
    guard trust.isTrusted else { throw Refusal.notListed(trust) }
    let pair = SignedPair.read(path)
    guard let document = pair.document else { throw Refusal.unreadable(path) }
    guard let text = String(data: document, encoding: .utf8) else { throw Refusal.notAttestation("UTF-8") }
    let attestation: TrainingAttestation
    switch AttestationDocument.parse(text) {
    case .success(let parsed): attestation = parsed
    case .failure(let problem): throw Refusal.notAttestation(problem.description)
    }
    guard attestation.isCurrent(at: now) else { throw Refusal.notCurrent }
    guard attestation.trainee.email.lowercased() != principal.lowercased() else { throw Refusal.ownAttestation }
    // The trainee's signature must at least be theirs over these bytes: a trainer
    // countersigns what the attendee signed, never a file edited since.
    guard let signatureData = pair.signature,
      (try? SSHSignature.verify(armored: signatureData, message: document, namespace: AttestationSigning.namespace))
        != nil
    else { throw Refusal.unsigned }
    let signature = try SSHSignature.sign(message: document, namespace: namespace, key: key)
    let target = self.path(for: path)
    do {
      try AtomicFile.write(Data(signature.armored.utf8), to: target, mode: 0o644)
    } catch {
      throw Refusal.writeFailed("\(error)")
    }
    return target
  }

  /// The trainer who countersigned the attestation at `path`, when `FILE.cert` verifies
  /// over the file's bytes and `signers` lists its key for the training namespace.
  public static func certifier(of path: String, signers: AllowedSigners?, now: Date) -> Certifier? {
    guard let signers, let document = FileManager.default.contents(atPath: path),
      let armored = FileManager.default.contents(atPath: self.path(for: path)),
      let signature = try? SSHSignature.verify(armored: armored, message: document, namespace: namespace)
    else { return nil }
    let key = signature.publicKey
    guard
      let principal = signers.principals(for: key).first(where: {
        signers.allows(principal: $0, key: key, namespace: namespace, at: now)
      })
    else { return nil }
    return Certifier(principal: principal, key: key)
  }
}
