/// Everything a lab head decides on for one verified file, as plain values: what
/// `sia verify --json` prints (docs/schemas/verify.schema.json) and what a registry of
/// documents lists. Every text read from a file is neutralised for a terminal; the
/// sentences are in the language asked for.
public struct DocumentState: Codable, Equatable, Sendable {
  public enum Kind: String, Codable, CaseIterable, Sendable {
    case declaration
    /// A declaration whose declarant disagrees with the verdict.
    case contestedDeclaration = "contested-declaration"
    case exceptionRequest = "exception-request"
    case attestation
    /// A `FILE.approval` given on its own: the state is that of `FILE` and its approval.
    case approval
    /// Not a sia document (no data block) or unreadable.
    case unknown
  }

  public struct Signature: Codable, Equatable, Sendable {
    /// `valid`, `invalid`, `unverifiable`, `unknown-signer` (the outcome of the signature alone).
    public var outcome: DocumentOutcome
    public var namespace: String
    public var fingerprint: String?
    /// The principal checked (the e-mail the document names, or `--principal`).
    public var signer: String?
    /// How the allowed-signers file vouches for the signer (`trusted`, `different-key`…).
    public var trust: String
  }

  public struct Finding: Codable, Equatable, Sendable {
    public var code: DocumentFinding.Code
    public var outcome: DocumentOutcome
    public var message: String
  }

  public struct Guide: Codable, Equatable, Sendable {
    public var recorded: String
    /// nil when no current guide was found.
    public var current: String?
    public var isCurrent: Bool
  }

  public struct ApprovalState: Codable, Equatable, Sendable {
    /// nil when the approval file cannot be read.
    public var decision: Approval.Decision?
    public var approver: Person?
    public var date: String?
    public var comment: String?
    /// The unit the approver's own signed profile names (nil: older format).
    public var approverUnitCode: String?
    /// Whether that profile makes the approver the lab head of the declaration's unit.
    public var approverIsLabHead: Bool
    public var exceptionGranted: Bool
    public var signature: Signature
    public var outcome: DocumentOutcome
  }

  /// Self-declared (« auto-formation ») or trainer-attested: for a declaration, the
  /// training its "training followed" rests on; for an attestation, its own kind.
  public struct TrainingState: Codable, Equatable, Sendable {
    public var kind: TrainingKind
    public var trainer: String?
    /// Whether the verifier's allowed_signers lists the trainer for `sia-training-cert`.
    public var trainerVouched: Bool?
  }

  public var file: String
  public var kind: Kind
  /// What to do about the file, the most severe state found.
  public var outcome: DocumentOutcome
  /// `outcome`'s exit status (README's table).
  public var exitCode: Int32
  public var format: String?
  public var signature: Signature
  public var declarant: Person?
  public var unit: ResearchUnit?
  /// The lab head as the declarant named them (the declarant's word only).
  public var labHead: Person?
  public var system: AISystem?
  public var date: String?
  public var validUntil: String?
  public var expired: Bool
  public var guide: Guide?
  public var verdictRecorded: Verdict?
  /// The verdict today's rules give the recorded answers (nil: could not assess).
  public var verdictToday: Verdict?
  /// For an exception request: who may grant the exception, as the verifier's
  /// knowledge base says (`institute.yaml`, `derogation_accordee_par`).
  public var exceptionGrantors: String?
  public var approval: ApprovalState?
  public var training: TrainingState?
  /// Every state found, each with its stable code; the worst gives `outcome`.
  public var findings: [Finding]
}

extension VerificationReport {
  /// The report as plain values, sentences in `lang`.
  public func state(lang: Lang, currentGuide: String?) -> DocumentState {
    let clean = Sanitizer.neutralize
    let declaration = self.declaration
    let attestation = self.attestation
    var kind: DocumentState.Kind
    if isApprovalFile {
      kind = .approval
    } else if let declaration {
      kind =
        declaration.kind == .exemptionRequest
        ? .exceptionRequest : declaration.isContested ? .contestedDeclaration : .declaration
    } else if attestation != nil {
      kind = .attestation
    } else {
      kind = .unknown
    }
    let clean2 = { (person: Person) in Person(name: clean(person.name), email: clean(person.email)) }
    let recorded = declaration?.guideVersion ?? attestation?.guideVersion
    let outcome = self.outcome
    return DocumentState(
      file: clean(path), kind: kind, outcome: outcome, exitCode: outcome.exitCode,
      format: (declaration?.format ?? attestation?.format).map(clean),
      signature: DocumentState.Signature(
        outcome: DocumentOutcome(status), namespace: clean(namespace), fingerprint: signature?.publicKey.fingerprint,
        signer: principal.map(clean), trust: trust.code),
      declarant: (declaration?.declarant ?? attestation?.trainee).map(clean2),
      unit: declaration.map { ResearchUnit(name: clean($0.unit.name), code: clean($0.unit.code)) },
      labHead: declaration.map { clean2($0.labHead) },
      // The system as the reader's language names it (both are in a format 2 block).
      system: declaration.map {
        AISystem(
          name: clean($0.system.name(lang)), provider: clean($0.system.provider(lang)),
          version: clean($0.system.version))
      },
      date: (declaration?.date ?? attestation?.date).map(clean),
      validUntil: (declaration?.validUntil ?? attestation?.validUntil).map(clean),
      expired: findings.contains { $0.code == .expired },
      guide: recorded.map {
        DocumentState.Guide(recorded: clean($0), current: currentGuide, isCurrent: $0 == currentGuide)
      },
      verdictRecorded: declaration?.verdict.id, verdictToday: verdictToday,
      exceptionGrantors: declaration?.kind == .exemptionRequest ? exceptionGrantors.map { clean($0.pick(lang)) } : nil,
      approval: approval.map { approvalState($0, lang: lang) },
      training: training.map {
        DocumentState.TrainingState(kind: $0.kind, trainer: $0.trainer, trainerVouched: $0.trainerVouched)
      },
      findings: allFindings.map { DocumentState.Finding(code: $0.code, outcome: $0.outcome, message: $0.text(lang)) })
  }

  func approvalState(_ report: ApprovalReport, lang: Lang) -> DocumentState.ApprovalState {
    let clean = Sanitizer.neutralize
    let approval = report.approval
    let outcome = DocumentOutcome.worst([DocumentOutcome(report.status)] + report.findings.map(\.outcome))
    return DocumentState.ApprovalState(
      decision: approval?.decision,
      approver: approval.map { Person(name: clean($0.approver.name), email: clean($0.approver.email)) },
      date: approval.map { clean($0.date) }, comment: approval.map { clean($0.comment) },
      approverUnitCode: approval?.approverUnit.map { clean($0.code) }, approverIsLabHead: report.approverIsLabHead,
      exceptionGranted: approval?.exceptionGranted ?? false,
      signature: DocumentState.Signature(
        outcome: DocumentOutcome(report.status), namespace: DocumentKind.approval.namespace,
        fingerprint: report.signature?.publicKey.fingerprint, signer: approval.map { clean($0.approver.email) },
        trust: report.trust.code),
      outcome: outcome)
  }
}

extension SignerTrust {
  /// A stable word for scripts.
  public var code: String {
    switch self {
    case .trusted: return "trusted"
    case .noAllowedSigners: return "no-allowed-signers"
    case .unknownPrincipal: return "unknown-principal"
    case .keyListedForOthers: return "key-listed-for-others"
    case .differentKey: return "different-key"
    case .namespaceNotAllowed: return "namespace-not-allowed"
    case .outsideValidity: return "outside-validity"
    case .malformedLine: return "malformed-line"
    }
  }
}

extension Approval.Decision: Codable {}
