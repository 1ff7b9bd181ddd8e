import Foundation

/// What a training attestation certifies, as the canonical JSON block of the document:
/// who, when, on which guide version, which exercises with which result, and the score
/// overall and per theme. The Markdown around it is rendered from these values.
public struct TrainingAttestation: Codable, Sendable, Equatable {
  public static let formatID = "sia-training/1"
  public static let kindName = "training"
  /// Attestations are valid this many months: "training followed" in the last 12 months.
  public static let validityMonths = 12

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

  /// The series asked, so a trainer can replay it (`sia train --seed`).
  public struct Series: Codable, Sendable, Equatable {
    public var seed: Int
    public var theme: String?
    public var level: ExerciseLevel?
  }

  public var format: String
  public var kind: String
  public var lang: Lang
  /// `YYYY-MM-DD` (UTC), the day the session ended.
  public var date: String
  /// Last day of validity, `YYYY-MM-DD`: 12 months after `date`, minus one day.
  public var validUntil: String
  /// Who followed the training; the e-mail is the signer's principal for `sia verify`.
  public var trainee: Person
  public var series: Series
  public var score: TrainingScore.Tally
  public var themes: [ThemeScore]
  public var exercises: [ExerciseResult]
  public var guideVersion: String
  public var toolVersion: String
  /// Always self-declared when written (signed by the trainee alone); a trainer makes it
  /// trainer-attested with a countersignature beside it (`TrainingCertification`). Absent
  /// in older attestations, which render as before.
  public var mode: TrainingKind?

  /// The attestation for a finished session, nil if the session does not earn one.
  public init?(session: TrainingSession, trainee: Person, themes: [Theme], date: Date, lang: Lang, toolVersion: String)
  {
    let score = session.score
    guard session.isFinished, score.earnsAttestation else { return nil }
    format = Self.formatID
    kind = Self.kindName
    self.lang = lang
    self.date = date.isoDay
    validUntil = Self.lastValidDay(from: date)
    self.trainee = trainee
    series = Series(seed: Int(clamping: session.plan.seed), theme: session.plan.theme, level: session.plan.level)
    self.score = score.overall
    let labels = Dictionary(themes.map { ($0.id, $0.label.pick(lang)) }, uniquingKeysWith: { first, _ in first })
    self.themes = score.orderedThemes(themes).compactMap { id in
      score.byTheme[id].map { ThemeScore(id: id, label: labels[id] ?? id, right: $0.right, total: $0.total) }
    }
    exercises = session.answers.map { ExerciseResult(id: $0.exerciseID, chosen: $0.chosen, correct: $0.isCorrect) }
    guideVersion = session.guideVersion
    self.toolVersion = toolVersion
    mode = .selfDeclared
  }

  static func lastValidDay(from date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let end = calendar.date(byAdding: DateComponents(month: validityMonths, day: -1), to: date) ?? date
    return end.isoDay
  }

  /// Earned (enough exercises, enough right answers), dated no later than `now`, and
  /// `now` no later than its last valid day.
  public func isCurrent(at now: Date) -> Bool {
    let earned = score.total >= TrainingScore.attestationMinimum && score.reaches(TrainingScore.passingPercent)
    return earned && kind == Self.kindName && date <= now.isoDay && now.isoDay <= validUntil
  }

  /// The canonical bytes (RFC 8785 style, as every signed document of `sia`).
  public func canonicalJSON() throws -> String { try CanonicalJSON.encode(self) }
}
