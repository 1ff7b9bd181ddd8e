/// Evaluates a condition over (effective) answers and records, as EMYCIN does, which
/// answers made it hold: the explanation is rendered from this record.
public enum ConditionEvaluator {
  public struct Outcome: Equatable {
    public var holds: Bool
    /// The answers looked at by the tests that decided the outcome.
    public var triggers: [Trigger]
  }

  public static func evaluate(_ condition: Condition, _ answers: Answers) -> Outcome {
    switch condition {
    case let .all(items):
      var triggers: [Trigger] = []
      for item in items {
        let outcome = evaluate(item, answers)
        if !outcome.holds { return Outcome(holds: false, triggers: outcome.triggers) }
        triggers += outcome.triggers
      }
      return Outcome(holds: true, triggers: Trigger.merged(triggers))
    case let .any(items):
      var holding: [Trigger] = []
      var failing: [Trigger] = []
      var any = false
      for item in items {
        let outcome = evaluate(item, answers)
        if outcome.holds {
          any = true
          holding += outcome.triggers
        } else {
          failing += outcome.triggers
        }
      }
      return Outcome(holds: any, triggers: Trigger.merged(any ? holding : failing))
    case let .not(inner):
      let outcome = evaluate(inner, answers)
      return Outcome(holds: !outcome.holds, triggers: outcome.triggers)
    case let .test(test):
      let value = answers[test.question] ?? []
      let trigger = Trigger(question: test.question, answer: value)
      switch test.op {
      case .answered:
        return Outcome(holds: !value.isEmpty, triggers: [trigger])
      case .equals, .in, .atLeast:
        return Outcome(holds: value.contains(where: test.options.contains), triggers: [trigger])
      }
    }
  }
}

/// An answer that a rule's condition looked at: the question and what was answered
/// (empty when the question had no answer).
public struct Trigger: Sendable, Equatable, Codable {
  public var question: String
  public var answer: [String]

  public init(question: String, answer: [String]) {
    self.question = question
    self.answer = answer
  }

  /// One trigger per question, in order of first appearance.
  static func merged(_ triggers: [Trigger]) -> [Trigger] {
    var seen: Set<String> = []
    return triggers.filter { seen.insert($0.question).inserted }
  }
}
