/// The decision engine: pure and deterministic, no I/O. Answers in, `Assessment` out.
/// The verdict is the strictest level among the rules that fire, so a rule can only
/// make a situation stricter, never more lenient (with upward-closed conditions, checked
/// by `sia lint`, this makes the verdict monotonic in the declared risk orders).
public struct Engine: Sendable {
  public let model: DecisionModel

  public init(model: DecisionModel) { self.model = model }

  /// The questions that apply given these answers, in questionnaire order: a question
  /// applies when its `when` holds over the effective answers to earlier questions.
  public func applicableQuestions(_ answers: Answers) -> [Question] {
    applicable(model.program.layout.encode(answers)).positions.map { model.questions[$0] }
  }

  /// The answers that count: those to applicable questions (an answer to a question that
  /// no longer applies — after `/retour`, say — is ignored, not deleted).
  public func effectiveAnswers(_ answers: Answers) -> Answers {
    answers.keeping(Set(applicableQuestions(answers).map(\.id)))
  }

  /// The effective answer vector of the answer vector `raw` (see `DecisionProgram`) and
  /// the questionnaire positions of the applicable questions.
  func applicable(_ raw: [UInt64]) -> (effective: [UInt64], positions: [Int]) {
    var effective = [UInt64](repeating: 0, count: raw.count)
    var positions: [Int] = []
    model.program.resolve(raw, into: &effective) { positions.append($0) }
    return (effective, positions)
  }

  /// The verdict alone (what monotonicity tests and counterfactuals need).
  public func verdict(_ answers: Answers) -> Verdict {
    let program = model.program
    let raw = program.layout.encode(answers)
    var effective = [UInt64](repeating: 0, count: raw.count)
    return program.verdict(raw: raw, scratch: &effective)
  }

  public func assess(_ answers: Answers, alternatives: Bool = true) -> Assessment {
    let program = model.program
    let raw = program.layout.encode(answers)
    let (effectiveBits, positions) = applicable(raw)
    let effective = answers.keeping(Set(positions.map { model.questions[$0].id }))
    // The compiled conditions pick the rules that fire; only those are evaluated again,
    // on strings, to record the answers that triggered them.
    var fired: [FiredRule] = []
    for index in model.rules.indices where program.ruleHolds(index, effective: effectiveBits) {
      let rule = model.rules[index]
      let triggers = rule.when.map { ConditionEvaluator.evaluate($0, effective).triggers } ?? []
      fired.append(
        FiredRule(
          rule: rule.id, level: rule.level, rationale: rule.rationale, triggers: triggers,
          citations: rule.citations, actions: rule.actions, contacts: rule.contacts, alternative: rule.alternative))
    }
    // The strictest first, then in model order.
    fired = fired.indices.sorted { (fired[$0].level, $1) > (fired[$1].level, $0) }.map { fired[$0] }
    let verdict = fired.map(\.level).max() ?? .ok
    // Under « non autorisé », nothing may explain how to go on with the forbidden use.
    let actions = mergedActions(fired).filter { verdict < .interdit || model.action($0.id)?.onlyIfAllowed != true }
    var assessment = Assessment(
      verdict: verdict, actions: actions,
      fired: fired, citations: unique(fired.flatMap(\.citations)), contacts: unique(fired.flatMap(\.contacts)),
      open: positions.filter { model.questions[$0].required && !effective.isAnswered(model.questions[$0].id) }
        .map { model.questions[$0].id })
    if alternatives {
      assessment.alternatives = Counterfactuals(engine: self)
        .alternatives(for: answers, base: raw, effective: effectiveBits, applicable: positions)
    }
    return assessment
  }

  /// Actions of the fired rules, once each, ordered by the strictest level that asks for
  /// them, then by importance, then by first mention.
  func mergedActions(_ fired: [FiredRule]) -> [AssessedAction] {
    var merged: [AssessedAction] = []
    var importance: [Int] = []
    var index = [String: Int](minimumCapacity: fired.reduce(0) { $0 + $1.actions.count })
    for rule in fired {
      for id in rule.actions {
        if let position = index[id] {
          merged[position].level = max(merged[position].level, rule.level)
          merged[position].rules.append(rule.rule)
        } else if let definition = model.action(id) {
          index[id] = merged.count
          merged.append(AssessedAction(id: id, text: definition.text, level: rule.level, rules: [rule.rule]))
          importance.append(definition.importance)
        }
      }
    }
    // First mention is the position in `merged`; the keys are read once, not per comparison.
    return merged.indices.sorted {
      (merged[$0].level, importance[$0], -$0) > (merged[$1].level, importance[$1], -$1)
    }.map { merged[$0] }
  }

  func unique(_ items: [String]) -> [String] {
    var seen = Set<String>(minimumCapacity: items.count)  // sized once: growing it rehashes
    return items.filter { seen.insert($0).inserted }
  }
}
