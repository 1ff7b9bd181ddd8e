import Foundation

/// What a training attestation certifies, as the canonical JSON block of the document:
/// who, when, on which guide version, which exercises with which result, and the score
/// overall and per theme. The Markdown around it is rendered from these values.
public struct TrainingAttestation: Codable, Sendable, Equatable {
  public struct ThemeScore: Codable, Sendable, Equatable {
    public var id: String
    public var label: String
    public var right: Int
    public var total: Int
  }

  public struct ExerciseResult: Codable, Sendable, Equatable {
    public var id: String
    public var chosen: [String]
    public var correct: Bool
  }

  public static let kind = "sia-training-attestation"
  /// Attestations older than this are not counted as "training followed".
  public static let validityMonths = 12

  public var kind: String
  public var formatVersion: Int
  public var name: String
  /// ISO 8601 timestamp of issue.
  public var issuedAt: String
  public var sessionStartedAt: String
  public var guideVersion: String
  public var seed: UInt64
  public var lang: Lang
  public var score: TrainingScore.Tally
  public var themes: [ThemeScore]
  public var exercises: [ExerciseResult]

  /// The attestation for a finished session, nil if the session does not earn one.
  public init?(session: TrainingSession, name: String, themes: [Theme], issuedAt: Date, lang: Lang) {
    let score = session.score
    guard session.isFinished, score.earnsAttestation else { return nil }
    kind = Self.kind
    formatVersion = 1
    self.name = name
    self.issuedAt = issuedAt.isoTimestamp
    sessionStartedAt = session.startedAt
    guideVersion = session.guideVersion
    seed = session.plan.seed
    self.lang = lang
    self.score = score.overall
    let labels = Dictionary(themes.map { ($0.id, $0.label.pick(lang)) }, uniquingKeysWith: { first, _ in first })
    self.themes = score.orderedThemes(themes).compactMap { id in
      score.byTheme[id].map { ThemeScore(id: id, label: labels[id] ?? id, right: $0.right, total: $0.total) }
    }
    exercises = session.answers.map { ExerciseResult(id: $0.exerciseID, chosen: $0.chosen, correct: $0.isCorrect) }
  }

  public var issueDate: Date? { ISO8601DateFormatter().date(from: issuedAt) }

  /// Passed, issued no later than `now`, and less than 12 months before it.
  public func isCurrent(at now: Date) -> Bool {
    guard let issued = issueDate, issued <= now.addingTimeInterval(300) else { return false }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    guard let expiry = calendar.date(byAdding: .month, value: Self.validityMonths, to: issued) else { return false }
    let passed = score.total >= TrainingScore.attestationMinimum && score.reaches(TrainingScore.passingPercent)
    return passed && now < expiry
  }

  /// The canonical bytes: JSON with sorted keys, no insignificant whitespace, UTF-8.
  public func canonicalJSON() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}
