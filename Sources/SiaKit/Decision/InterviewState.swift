/// Where an interview stands — the answers, the steps taken (for `/retour`), the
/// pre-answers awaiting confirmation — saved after every answer so `/reprendre`
/// continues exactly where it stopped, even after a crash.
public struct InterviewState: Sendable, Equatable, Codable {
  /// One thing the person did: answer (or skip) a question, or confirm pre-answers.
  public struct Step: Sendable, Equatable, Codable {
    /// The questions this step answered or skipped.
    public var questions: [String]
    public var confirmed: Bool

    public init(questions: [String], confirmed: Bool = false) {
      self.questions = questions
      self.confirmed = confirmed
    }
  }

  public static let formatVersion = 1

  public var version: Int
  public var answers: Answers
  /// Optional questions the person chose not to answer.
  public var skipped: [String]
  public var steps: [Step]
  /// Pre-answers (from a tool name or a sentence) waiting for a yes or no.
  public var pending: [PreAnswer]
  /// The sentence the interview started from, if any.
  public var sentence: String?
  /// When it started (ISO 8601, from `Clock`).
  public var startedAt: String
  /// The text check (`/verifier`) whose answers were proposed, counts only: the
  /// declaration records it (absent when none was made, and in older files).
  public var scan: ScanRecord?

  public init(startedAt: String, sentence: String? = nil) {
    version = InterviewState.formatVersion
    answers = Answers()
    skipped = []
    steps = []
    pending = []
    self.sentence = sentence
    self.startedAt = startedAt
  }
}
