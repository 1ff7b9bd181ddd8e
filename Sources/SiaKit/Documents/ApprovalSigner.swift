import Foundation

/// `sia approve`: the lab head countersigns a document already signed by its declarant.
/// Refuses when the document does not hold (a bad signature, a text that is not its
/// data, a verdict the rules did not give: nothing to approve), when its signer is not
/// vouched for (unless explicitly accepted), when the approver is the declarant or not
/// the lab head of the declaration's unit by their own profile, and an exception
/// request unless the exception is explicitly granted or refused. Does not replace an
/// earlier decision unless forced.
public struct ApprovalSigner {
  public var key: OpenSSHPrivateKey
  /// The approver's own profile: they, their unit, and the lab head it names.
  public var profile: Profile
  public var now: Date
  /// `--accept-unknown-signer`: approve although the declarant's key is not vouched for.
  public var acceptUnknownSigner = false
  /// `--grant-exception`: the decision on an exception request grants the exception.
  public var grantException = false

  public var approver: Person { profile.declarant }

  public init(key: OpenSSHPrivateKey, profile: Profile, now: Date) {
    self.key = key
    self.profile = profile
    self.now = now
  }

  public enum Failure: Error {
    /// The document cannot be relied on (invalid or unverifiable): the report says why.
    case documentNotValid(VerificationReport)
    /// The declarant's signature is valid but the allowed-signers file does not vouch for it.
    case unknownSigner(VerificationReport)
    /// The approver is the declarant.
    case selfApproval
    /// The approver's profile does not make them the lab head of the declaration's unit.
    case notLabHead(unit: String)
    /// An exception request approved without `--grant-exception`.
    case exceptionNeedsGrant(VerificationReport)
    /// `--grant-exception` on a document that is not an exception request.
    case notAnExceptionRequest
    case alreadyDecided(String)
  }

  /// Checks everything, then writes `FILE.approval` and `FILE.approval.sig`; returns the approval.
  public func approve(
    documentPath: String, decision: Approval.Decision, comment: String, verifier: DocumentVerifier, force: Bool
  ) throws -> Approval {
    let report = verifier.verify(path: documentPath)
    let documentOutcome = DocumentOutcome.worst([DocumentOutcome(report.status)] + report.findings.map(\.outcome))
    let pair = SignedPair.read(documentPath)
    guard documentOutcome != .invalid, documentOutcome != .unverifiable, let signature = report.signature,
      let document = pair.document, let signatureData = pair.signature
    else { throw Failure.documentNotValid(report) }
    if report.status == .unknownSigner && !acceptUnknownSigner { throw Failure.unknownSigner(report) }
    let me = approver.email.lowercased()
    if me == report.principal?.lowercased() || me == report.declaration?.declarant.email.lowercased()
      || key.publicKey == signature.publicKey
    {
      throw Failure.selfApproval
    }
    let unitCode = report.declaration?.unit.code ?? ""
    if let declaration = report.declaration,
      profile.unit.code != declaration.unit.code || profile.labHead.email.lowercased() != me
    {
      throw Failure.notLabHead(unit: unitCode)
    }
    let isException = report.declaration?.kind == .exemptionRequest
    if grantException && !isException { throw Failure.notAnExceptionRequest }
    if isException && decision == .approved && !grantException { throw Failure.exceptionNeedsGrant(report) }
    let approvalPath = Approval.path(for: documentPath)
    if !force && SignedPair.exists(approvalPath) { throw Failure.alreadyDecided(approvalPath) }
    let approval = Approval(
      document: URL(fileURLWithPath: documentPath).lastPathComponent, documentSHA512: Approval.sha512Hex(document),
      signatureSHA512: Approval.sha512Hex(signatureData), declarantKey: signature.publicKey.fingerprint,
      decision: decision, date: now.isoTimestamp, approver: approver, approverKey: key.publicKey.fingerprint,
      comment: comment, approverUnit: profile.unit, approverLabHead: profile.labHead.email,
      exceptionGranted: isException && decision == .approved && grantException)
    let data = Data(approval.text.utf8)
    let countersignature = try SSHSignature.sign(message: data, namespace: DocumentKind.approval.namespace, key: key)
    // Both files at once: after a crash, the old decision or the new one, whole.
    do {
      try SignedPair.write(
        document: data, signature: Data(countersignature.armored.utf8), to: approvalPath, overwrite: force)
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
  public static func sign(path: String, key: OpenSSHPrivateKey, namespace: String? = nil, force: Bool) throws
    -> SSHSignature
  {
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
