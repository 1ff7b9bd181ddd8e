import Foundation

/// Checks a signed document (`FILE` + `FILE.sig`, and `FILE.approval` + its `.sig`
/// when present) without ever trapping: every failure becomes a status and a reason.
public struct DocumentVerifier {
  public var allowedSigners: AllowedSigners?
  public var now: Date { didSet { today = now.isoDay } }
  /// `now` as `YYYY-MM-DD`, formatted once: a `DateFormatter` made for every file cost
  /// more than half its signature check.
  private(set) var today: String
  /// The current guide's version, to tell when a declaration was made under another.
  public var currentGuideVersion: String?
  /// `--namespace`: overrides the namespace chosen from the document kind.
  public var namespace: String?
  /// `--principal`: overrides the e-mail read from the document.
  public var principal: String?
  /// The lab head's profile requires trainer-attested training: a declaration whose
  /// "training followed: yes" rests on self-declared training is judged as "no".
  public var requireTrainerAttestedTraining = false
  /// The current rules, to re-evaluate a declaration made under another guide version.
  public var model: DecisionModel? {
    get { rules.value }
    set { rules = OnDemand(value: newValue) }
  }
  private var rules = OnDemand<DecisionModel?>(value: nil)
  /// The engine's results by recorded answers: a batch of copies of a few declarations
  /// is assessed once per distinct set of answers.
  let reassessments = ReassessmentCache()
  /// Who may grant an exception, from the verifier's `institute.yaml` (the institute's
  /// rule, not the declarant's word): read when an exception request first needs it.
  public var exceptionGrantors: Bilingual { grantors.value ?? Bilingual(Messages.checkExceptionGrantors) }
  private var grantors = OnDemand<Bilingual?>(value: nil)

  public init(allowedSigners: AllowedSigners?, now: Date, currentGuideVersion: String? = nil) {
    self.allowedSigners = allowedSigners
    self.now = now
    today = now.isoDay
    self.currentGuideVersion = currentGuideVersion
  }

  /// Where the current rules come from, loaded when a declaration first needs them:
  /// one made under the current guide never does, and loading them costs as much as
  /// verifying fifty files.
  public mutating func loadModel(when needed: @escaping () -> DecisionModel?) {
    rules = OnDemand(needed)
  }

  /// Where who may grant an exception comes from (`Institute.exceptionGrantors(root:)`).
  public mutating func loadExceptionGrantors(when needed: @escaping () -> Bilingual?) {
    grantors = OnDemand(needed)
  }

  public func verify(path: String) -> VerificationReport {
    // `FILE.approval` is checked with the document it approves, which says what was approved.
    let approvalSuffix = ".approval"
    if path.hasSuffix(approvalSuffix), path.count > approvalSuffix.count,
      FileManager.default.fileExists(atPath: String(path.dropLast(approvalSuffix.count)))
    {
      var report = verify(path: String(path.dropLast(approvalSuffix.count)))
      report.path = path
      report.isApprovalFile = true
      return report
    }
    return verify(path: path, pair: SignedPair.read(path))
  }

  /// `verify(path:)` on files already read: the pair, its parsed content when the caller
  /// has it, and the approval's pair. `sia registry` reads each file once, hashes what it
  /// read, and verifies those same bytes.
  public func verify(
    path: String, pair: (document: Data?, signature: Data?), content known: DocumentContent? = nil,
    approvalPair: (document: Data?, signature: Data?)? = nil
  ) -> VerificationReport {
    var report = VerificationReport(
      path: path, status: .unusable, problem: nil, kind: .declaration, namespace: DocumentKind.declaration.namespace,
      signature: nil, principal: nil, trust: .noAllowedSigners, declaration: nil, expired: false,
      otherGuideVersion: nil, currentVerdict: nil, approval: nil)
    // The pair as one (`SignedPair.read`): never a new `.sig` read beside an old document mid-write.
    guard let document = pair.document else {
      report.problem = LocalizedProblem(Messages.fileMissing, [.path: Sanitizer.neutralize(path)])
      return report
    }
    let content = known ?? DocumentContent(document: document)
    report.kind = content.kind(path: path)
    report.namespace = namespace ?? report.kind.namespace
    report.declaration = content.declaration
    if content.declaration?.kind == .exemptionRequest { report.exceptionGrantors = exceptionGrantors }
    let inspection = inspect(document: document, path: path, content: content, kind: report.kind)
    report.findings = inspection.findings
    report.verdictToday = inspection.verdictToday
    report.attestation = inspection.attestation
    report.training = trainingCheck(path: path, declaration: content.declaration, attestation: inspection.attestation)
    if let declaration = content.declaration, requireTrainerAttestedTraining,
      report.findings.allSatisfy({ $0.outcome != .invalid })
    {
      checkTrainingRequirement(declaration, training: report.training, into: &report)
    }
    report.expired = inspection.findings.contains { $0.code == .expired }
    if let declaration = content.declaration, let current = currentGuideVersion, current != declaration.guideVersion {
      report.otherGuideVersion = declaration.guideVersion
      report.currentVerdict = inspection.verdictToday
    }
    let signaturePath = path + ".sig"
    guard let signatureData = pair.signature else {
      report.problem = LocalizedProblem(Messages.verifyNoSignature, [.sig: Sanitizer.neutralize(signaturePath)])
      return report
    }
    let checked = check(
      message: document, signatureData: signatureData, namespace: report.namespace,
      principal: principal ?? content.principal)
    report.status = checked.status
    report.problem = checked.problem
    report.signature = checked.signature
    report.principal = checked.principal
    report.trust = checked.trust
    if SignedPair.exists(Approval.path(for: path)) {
      report.approval = verifyApproval(
        documentPath: path, document: document, signatureData: signatureData, report: report, pair: approvalPair)
    }
    return report
  }

  struct Check {
    var status: VerificationReport.Status
    var problem: LocalizedProblem?
    var signature: SSHSignature?
    var principal: String?
    var trust: SignerTrust
  }

  /// One signature against one message: validity, then who signed and whether trusted.
  func check(message: Data, signatureData: Data, namespace: String, principal: String?) -> Check {
    var result = Check(status: .unusable, trust: .noAllowedSigners)
    let signature: SSHSignature
    do {
      signature = try SSHSignature(fileData: signatureData)
      result.signature = signature
      try signature.verify(message: message, namespace: namespace)
    } catch let error as SSHSignatureError {
      result.status = error.isFormatProblem ? .unusable : .invalid
      result.problem = LocalizedProblem(error)
      return result
    } catch {
      result.problem = LocalizedProblem(Messages.sigMalformed, [.detail: "\(error)"])
      return result
    }
    guard let allowedSigners else {
      result.principal = principal
      result.status = .unknownSigner
      return result
    }
    let who = principal ?? allowedSigners.principals(for: signature.publicKey).first
    result.principal = who
    result.trust =
      who.map { allowedSigners.trust(principal: $0, key: signature.publicKey, namespace: namespace, at: now) }
      ?? .unknownPrincipal
    result.status = result.trust.isTrusted ? .trusted : .unknownSigner
    return result
  }
}
