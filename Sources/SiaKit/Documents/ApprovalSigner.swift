import Foundation

/// `sia approve`: the lab head countersigns a document already signed by its declarant.
/// Refuses when the declarant's signature does not hold (nothing to approve), and does
/// not replace an earlier decision unless forced.
public struct ApprovalSigner {
  public var key: OpenSSHPrivateKey
  public var approver: Person
  public var now: Date

  public init(key: OpenSSHPrivateKey, approver: Person, now: Date) {
    self.key = key
    self.approver = approver
    self.now = now
  }

  public enum Failure: Error {
    /// The declarant's signature is missing, unusable or invalid: the report says why.
    case documentNotValid(VerificationReport)
    case alreadyDecided(String)
  }

  /// Writes `FILE.approval` and `FILE.approval.sig`; returns the approval.
  public func approve(
    documentPath: String, decision: Approval.Decision, comment: String, verifier: DocumentVerifier, force: Bool
  ) throws -> Approval {
    let report = verifier.verify(path: documentPath)
    let pair = SignedPair.read(documentPath)
    guard report.status == .trusted || report.status == .unknownSigner, let signature = report.signature,
      let document = pair.document, let signatureData = pair.signature
    else { throw Failure.documentNotValid(report) }
    let approvalPath = Approval.path(for: documentPath)
    if !force && SignedPair.exists(approvalPath) { throw Failure.alreadyDecided(approvalPath) }
    let approval = Approval(
      document: URL(fileURLWithPath: documentPath).lastPathComponent, documentSHA512: Approval.sha512Hex(document),
      signatureSHA512: Approval.sha512Hex(signatureData), declarantKey: signature.publicKey.fingerprint,
      decision: decision, date: now.isoTimestamp, approver: approver, approverKey: key.publicKey.fingerprint,
      comment: comment)
    let data = Data(approval.text.utf8)
    let countersignature = try SSHSignature.sign(message: data, namespace: DocumentKind.approval.namespace, key: key)
    // Both files at once: after a crash, the old decision or the new one, whole.
    do {
      try SignedPair.write(document: data, signature: Data(countersignature.armored.utf8), to: approvalPath, overwrite: force)
    } catch SignedPair.Failure.exists {
      throw Failure.alreadyDecided(approvalPath)
    }
    return approval
  }
}

/// `sia sign`: writes `FILE.sig` for a document, in the namespace of its kind.
public enum DocumentSigner {
  public enum Failure: Error {
    case missing(String)
    case exists(String)
  }

  @discardableResult
  public static func sign(path: String, key: OpenSSHPrivateKey, namespace: String? = nil, force: Bool) throws -> SSHSignature {
    guard let document = SignedPair.read(path).document else { throw Failure.missing(path) }
    let signaturePath = path + ".sig"
    if !force && FileManager.default.fileExists(atPath: signaturePath) { throw Failure.exists(signaturePath) }
    let chosen = namespace ?? DocumentKind.detect(document: document, path: path).namespace
    let signature = try SSHSignature.sign(message: document, namespace: chosen, key: key)
    do {
      try SignedPair.writeSignature(Data(signature.armored.utf8), for: path, overwrite: force)
    } catch AtomicFile.Failure.exists {
      throw Failure.exists(signaturePath)
    }
    return signature
  }
}
