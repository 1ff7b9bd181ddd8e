/// One thing `sia verify` found in what a document says (beyond its signature): each
/// has a stable code for scripts (`verify --json`), the outcome it leads to and a
/// sentence for people.
public struct DocumentFinding: Equatable, Sendable {
  public enum Code: String, Codable, CaseIterable, Sendable {
    /// No structured block: nothing says what the document is.
    case notASiaDocument = "not-a-sia-document"
    /// A block that is not readable as its kind (bad JSON, duplicated key, missing field).
    case unreadableData = "unreadable-data"
    /// A format this `sia` does not know (made by a later version?).
    case unknownFormat = "unknown-format"
    /// The readable text is not the rendering of the signed data block.
    case textDiffersFromData = "text-differs-from-data"
    /// The file name says another kind of document (`declaration-…` for an attestation).
    case nameContradictsKind = "name-contradicts-kind"
    /// Under the guide it names, the rules do not give what the document records.
    case notComputedByRules = "not-computed-by-rules"
    /// Dates that `sia declare` cannot have written (end before start, not a date).
    case badDates = "bad-dates"
    /// A validity longer than `sia declare` allows.
    case validityTooLong = "validity-too-long"
    case expired
    /// Under today's guide the verdict is stricter than the one recorded.
    case verdictStricter = "verdict-stricter"
    /// Under today's guide the recorded answers cannot be assessed any more.
    case verdictUnknownToday = "verdict-unknown-today"
    case exceptionRequest = "exception-request"
    case approvalRefused = "approval-refused"
    /// The approver is the declarant.
    case selfApproval = "self-approval"
    /// The approver's own signed profile does not make them the lab head of the
    /// declaration's unit.
    case approverNotLabHead = "approver-not-lab-head"
    /// An approval that records no role (older format): who approved cannot be checked.
    case approverRoleUnknown = "approver-role-unknown"
    /// An exception request approved without the explicit grant of an exception.
    case exceptionNotGranted = "exception-not-granted"
    /// The lab head requires trainer-attested training, the declaration's "training
    /// followed" rests on self-declared training, and counted as "no" the verdict is stricter.
    case trainingNotAttested = "training-not-attested"

    public var outcome: DocumentOutcome {
      switch self {
      case .notASiaDocument, .unknownFormat: return .unverifiable
      case .unreadableData, .textDiffersFromData, .nameContradictsKind, .notComputedByRules, .badDates,
        .validityTooLong,
        .selfApproval, .approverNotLabHead, .exceptionNotGranted:
        return .invalid
      case .expired: return .expired
      case .verdictStricter, .verdictUnknownToday, .trainingNotAttested: return .verdictStricter
      case .exceptionRequest: return .exceptionRequest
      case .approvalRefused: return .refused
      case .approverRoleUnknown: return .unknownSigner
      }
    }
  }

  public var code: Code
  public var problem: LocalizedProblem
  /// Arguments given in both languages (kinds of document, who may grant an exception
  /// from `institute.yaml`), put into the sentence in its language.
  public var labels: [MessageArgument: Bilingual] = [:]

  public init(_ code: Code, _ message: Message, _ arguments: [MessageArgument: String] = [:]) {
    self.code = code
    problem = LocalizedProblem(message, arguments)
  }

  public var outcome: DocumentOutcome { code.outcome }

  public func text(_ lang: Lang) -> String {
    guard !labels.isEmpty else { return problem.text(lang) }
    return problem.message.text(lang, problem.arguments.merging(labels.mapValues { $0.pick(lang) }) { $1 })
  }

  public static func == (a: DocumentFinding, b: DocumentFinding) -> Bool {
    a.code == b.code && a.problem == b.problem && a.labels == b.labels
  }
}
