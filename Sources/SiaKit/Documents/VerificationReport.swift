/// What `sia verify` found for one file: the signature, the signer and their trust,
/// the declaration's dates and guide version, and the lab head's approval if any.
public struct VerificationReport: Sendable {
  /// Also the exit status for a single file.
  public enum Status: Int32, Sendable {
    case trusted = 0
    /// The signature does not prove the document (tampered, another file's, wrong
    /// namespace, non-Ed25519 key), or an approval does not match.
    case invalid = 1
    /// Missing file or signature, or a `.sig` that is not a signature at all.
    case unusable = 2
    /// A valid signature by a signer the allowed-signers file does not vouch for.
    case unknownSigner = 3

    /// Severity when several results combine: tampering first, then unusable, unknown, fine.
    var severity: Int {
      switch self {
      case .trusted: return 0
      case .unknownSigner: return 1
      case .unusable: return 2
      case .invalid: return 3
      }
    }

    public static func worst(_ statuses: [Status]) -> Status {
      statuses.max { $0.severity < $1.severity } ?? .trusted
    }
  }

  public var path: String
  public var status: Status
  public var problem: LocalizedProblem?
  public var kind: DocumentKind
  public var namespace: String
  public var signature: SSHSignature?
  public var principal: String?
  public var trust: SignerTrust
  public var declaration: Declaration?
  public var expired: Bool
  /// The guide version the declaration was made under, when it differs from the current one.
  public var otherGuideVersion: String?
  /// With another guide version: the verdict the current rules give to the recorded
  /// answers (nil when they cannot be re-evaluated).
  public var currentVerdict: Verdict?
  public var approval: ApprovalReport?
  /// What the content says beyond the signature (see `DocumentInspection`).
  public var findings: [DocumentFinding] = []
  /// The verdict the rules give the recorded answers today (nil: not assessed).
  public var verdictToday: Verdict?
  /// The training attestation the document holds, when it is one.
  public var attestation: TrainingAttestation?
  /// The training the document relies on (a declaration) or is (an attestation), with
  /// its kind as this verifier's allowed_signers sees it.
  public var training: TrainingCheck?
  /// `path` is a `FILE.approval`: the report is that of `FILE`, with its approval.
  public var isApprovalFile = false
  /// For an exception request: who may grant the exception (the verifier's
  /// `institute.yaml`, `derogation_accordee_par`).
  public var exceptionGrantors: Bilingual?

  /// The file's overall signature status, counting the approval's.
  public var overallStatus: Status {
    Status.worst([status] + (approval.map { [$0.status] } ?? []))
  }

  /// Every finding, the document's then its approval's.
  public var allFindings: [DocumentFinding] { findings + (approval?.findings ?? []) }

  /// What a lab head must do about this file (its exit status is `outcome.exitCode`).
  public var outcome: DocumentOutcome {
    DocumentOutcome.worst([DocumentOutcome(overallStatus)] + allFindings.map(\.outcome))
  }
}

/// The lab head's countersignature as checked by `sia verify`.
public struct ApprovalReport: Sendable {
  public var approval: Approval?
  public var status: VerificationReport.Status
  public var problem: LocalizedProblem?
  public var signature: SSHSignature?
  public var trust: SignerTrust
  /// Whether the approver's own signed profile makes them the lab head of the
  /// declaration's unit (false for older approvals, which record no role).
  public var approverIsLabHead: Bool
  /// Self-approval, wrong approver, refusal, exception not granted.
  public var findings: [DocumentFinding] = []
}

/// Self-declared or trainer-attested, as `sia verify` establishes it: for an attestation,
/// from a trainer's `FILE.cert` beside it; for a declaration, from what its signed block
/// says, the trainer's key checked against the verifier's own allowed_signers.
public struct TrainingCheck: Equatable, Sendable {
  /// What the document says (a declaration) or what the countersignature proves (an attestation).
  public var kind: TrainingKind
  public var trainer: String?
  /// For trainer-attested training: whether the verifier's allowed_signers lists the
  /// trainer's key for `sia-training-cert` (nil: no allowed_signers to ask).
  public var trainerVouched: Bool?

  /// Trainer-attested, and the trainer is one the verifier knows.
  public var isTrainerAttested: Bool { kind == .trainerAttested && trainerVouched == true }
}
