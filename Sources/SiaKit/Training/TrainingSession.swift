import Foundation

/// A training session in progress: the chosen exercises and the answers so far. It is
/// saved after every answer (see `TrainingStore`), so it can be resumed after Ctrl-D,
/// a crash or a day off.
public struct TrainingSession: Codable, Sendable, Equatable {
  public var plan: TrainingPlan
  public var exerciseIDs: [String]
  public var answers: [RecordedAnswer]
  /// ISO 8601, from the injectable clock.
  public var startedAt: String
  /// The knowledge version the session started with (recorded in the attestation).
  public var guideVersion: String

  public init(plan: TrainingPlan, exercises: [Exercise], startedAt: Date, guideVersion: String) {
    self.plan = plan
    exerciseIDs = plan.select(from: exercises).map(\.id)
    answers = []
    self.startedAt = startedAt.isoTimestamp
    self.guideVersion = guideVersion
  }

  public var isFinished: Bool { answers.count >= exerciseIDs.count }

  /// The id of the exercise to ask now, nil when finished.
  public var currentID: String? { isFinished ? nil : exerciseIDs[answers.count] }

  /// 1-based position of the current exercise, for the prompt.
  public var position: Int { min(answers.count + 1, exerciseIDs.count) }

  /// Scores and records an answer to the current exercise.
  @discardableResult
  public mutating func answer(_ chosen: Set<String>, to exercise: Exercise) -> RecordedAnswer {
    let recorded = RecordedAnswer(exercise: exercise, chosen: chosen)
    answers.append(recorded)
    return recorded
  }

  /// Drops exercises that no longer exist (the guide changed since the session was
  /// saved); returns their ids so the user can be told.
  public mutating func dropMissing(keeping available: Set<String>) -> [String] {
    let answered = Set(answers.map(\.exerciseID))
    let missing = exerciseIDs.filter { !available.contains($0) && !answered.contains($0) }
    exerciseIDs.removeAll { missing.contains($0) }
    // Answered exercises stay first, in the order they were answered.
    let pending = exerciseIDs.filter { !answered.contains($0) }
    exerciseIDs = answers.map(\.exerciseID) + pending
    return missing
  }

  public var score: TrainingScore { TrainingScore(answers: answers) }
}

/// One answer as scored: right when the set of chosen letters equals the set of
/// correct ones (no partial credit). Tags are kept so scores survive guide edits.
public struct RecordedAnswer: Codable, Sendable, Equatable {
  public var exerciseID: String
  /// Sorted letters.
  public var chosen: [String]
  public var correctChoices: [String]
  public var isCorrect: Bool
  public var tags: [String]

  public init(exercise: Exercise, chosen: Set<String>) {
    exerciseID = exercise.id
    self.chosen = chosen.sorted()
    correctChoices = exercise.correctIDs.sorted()
    isCorrect = chosen == exercise.correctIDs
    tags = exercise.tags
  }
}
