/// What a lab head must do about one verified file, as one word and one exit status.
/// A file may be in several states at once (an expired exception request); the most
/// severe one is its outcome, the others stay listed in its findings.
///
/// The exit statuses are decided here and nowhere else (README, "Vérifier une
/// déclaration", has the table).
public enum DocumentOutcome: String, Codable, CaseIterable, Sendable {
  /// Signed, trusted, says what the rules say, in force: nothing to do.
  case valid
  /// Tampered, text and data disagree, a verdict the rules did not give, an approval
  /// by the wrong person or that no longer matches: never rely on it.
  case invalid
  /// Nothing to check: file or signature missing or unreadable, not a sia document.
  case unverifiable
  /// A valid signature by someone the allowed-signers file does not vouch for.
  case unknownSigner = "unknown-signer"
  /// The validity period is over: a new declaration is needed.
  case expired
  /// The guide changed and today's rules give a stricter verdict (or cannot tell).
  case verdictStricter = "verdict-stricter"
  /// The guide forbids the use: a request for an exception, not a declaration.
  case exceptionRequest = "exception-request"
  /// The lab head's recorded decision is a refusal.
  case refused

  public var exitCode: Int32 {
    switch self {
    case .valid: return 0
    case .invalid: return 1
    case .unverifiable: return 2
    case .unknownSigner: return 3
    case .expired: return 4
    case .verdictStricter: return 5
    case .exceptionRequest: return 6
    case .refused: return 7
    }
  }

  /// Which one wins when a file (or a batch of files) is in several states: what must
  /// never be relied on first, then what cannot be checked, then what needs a decision.
  public var severity: Int {
    switch self {
    case .valid: return 0
    case .exceptionRequest: return 1
    case .expired: return 2
    case .verdictStricter: return 3
    case .refused: return 4
    case .unknownSigner: return 5
    case .unverifiable: return 6
    case .invalid: return 7
    }
  }

  public static func worst(_ outcomes: [DocumentOutcome]) -> DocumentOutcome {
    outcomes.max { $0.severity < $1.severity } ?? .valid
  }

  /// The outcome of a signature check alone.
  public init(_ status: VerificationReport.Status) {
    switch status {
    case .trusted: self = .valid
    case .invalid: self = .invalid
    case .unusable: self = .unverifiable
    case .unknownSigner: self = .unknownSigner
    }
  }
}
