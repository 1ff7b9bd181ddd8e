import Foundation

/// Signs a saved attestation with the user's key (SSHSIG, namespace `sia-training`,
/// detached `FILE.sig` as `sia sign` writes it) and decides whether a signed one
/// counts: the signature must verify, and the signer must be trusted by the user's
/// allowed_signers file or be the user's own key.
public enum AttestationSigning {
  public static let namespace = DocumentKind.training.namespace

  public enum Outcome {
    case signed(SSHSignature)
    /// No key yet (`sia keygen` makes one); the attestation stays unsigned.
    case noKey
    case failed(String)
  }

  public static func sign(path: String, paths: Paths) -> Outcome {
    let store = KeyStore(paths: paths)
    guard store.exists else { return .noKey }
    do {
      return .signed(try DocumentSigner.sign(path: path, key: try store.load(), namespace: namespace, force: true))
    } catch let error as SSHKeyError {
      return .failed(error.text(.en))
    } catch {
      return .failed("\(error)")
    }
  }

  /// Does the signature of the attestation at `path` verify, by a signer we trust?
  public static func isValidlySigned(path: String, paths: Paths, now: Date) -> Bool {
    let signers = allowedSigners(paths)
    var verifier = DocumentVerifier(allowedSigners: signers, now: now)
    verifier.namespace = namespace
    let report = verifier.verify(path: path)
    guard report.kind == .training else { return false }
    // A text that is not the rendering of its data is not the attestation that was signed.
    guard !report.findings.contains(where: { $0.outcome == .invalid || $0.outcome == .unverifiable }) else {
      return false
    }
    switch report.status {
    case .trusted: return true
    case .unknownSigner:
      guard let key = report.signature?.publicKey else { return false }
      return key == ownPublicKey(paths)
    case .invalid, .unusable: return false
    }
  }

  static func allowedSigners(_ paths: Paths) -> AllowedSigners? {
    guard let data = FileManager.default.contents(atPath: "\(paths.configFolder)/allowed_signers") else { return nil }
    // Bad lines count only for the principals they name, as in OpenSSH.
    return AllowedSigners.parse(data, file: "allowed_signers").0
  }

  static func ownPublicKey(_ paths: Paths) -> SSHPublicKey? {
    guard let data = FileManager.default.contents(atPath: KeyStore(paths: paths).publicKeyPath) else { return nil }
    return try? SSHPublicKey.parse(
      line: String(String(decoding: data, as: UTF8.self).trimmed))
  }
}
