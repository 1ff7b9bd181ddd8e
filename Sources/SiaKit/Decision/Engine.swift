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
    var effective = Answers()
    var applicable: [Question] = []
    for question in model.questions where ConditionEvaluator.holds(question.when, effective) {
      applicable.append(question)
      if let value = answers[question.id] { effective[question.id] = value }
    }
    return applicable
  }

  /// The answers that count: those to applicable questions (an answer to a question that
  /// no longer applies — after `/retour`, say — is ignored, not deleted).
  public func effectiveAnswers(_ answers: Answers) -> Answers {
    answers.keeping(Set(applicableQuestions(answers).map(\.id)))
  }

  /// The verdict alone (what monotonicity tests and counterfactuals need).
  public func verdict(_ answers: Answers) -> Verdict {
    var effective = Answers()
    for question in model.questions where ConditionEvaluator.holds(question.when, effective) {
      if let value = answers[question.id] { effective[question.id] = value }
    }
    return model.rules.reduce(Verdict.ok) { level, rule in
      rule.level > level && ConditionEvaluator.holds(rule.when, effective) ? rule.level : level
    }
  }

  public func assess(_ answers: Answers, alternatives: Bool = true) -> Assessment {
    let applicable = applicableQuestions(answers)
    let effective = answers.keeping(Set(applicable.map(\.id)))
    var fired: [FiredRule] = []
    for rule in model.rules {
      let outcome = rule.when.map { ConditionEvaluator.evaluate($0, effective) } ?? .init(holds: true, triggers: [])
      guard outcome.holds else { continue }
      fired.append(FiredRule(
        rule: rule.id, level: rule.level, rationale: rule.rationale, triggers: outcome.triggers,
        citations: rule.citations, actions: rule.actions, contacts: rule.contacts, alternative: rule.alternative))
    }
    let order = Dictionary(uniqueKeysWithValues: fired.enumerated().map { ($1.rule, $0) })
    fired.sort { ($0.level, order[$1.rule] ?? 0) > ($1.level, order[$0.rule] ?? 0) }
    var assessment = Assessment(
      verdict: fired.map(\.level).max() ?? .ok, actions: mergedActions(fired),
      fired: fired, citations: unique(fired.flatMap(\.citations)), contacts: unique(fired.flatMap(\.contacts)),
      open: applicable.filter { $0.required && !effective.isAnswered($0.id) }.map(\.id))
    if alternatives { assessment.alternatives = Counterfactuals(engine: self).alternatives(for: answers) }
    return assessment
  }

  /// Actions of the fired rules, once each, ordered by the strictest level that asks for
  /// them, then by importance, then by first mention.
  func mergedActions(_ fired: [FiredRule]) -> [AssessedAction] {
    var merged: [AssessedAction] = []
    var index: [String: Int] = [:]
    for rule in fired {
      for id in rule.actions {
        if let position = index[id] {
          merged[position].level = max(merged[position].level, rule.level)
          merged[position].rules.append(rule.rule)
        } else if let definition = model.action(id) {
          index[id] = merged.count
          merged.append(AssessedAction(id: id, text: definition.text, level: rule.level, rules: [rule.rule]))
        }
      }
    }
    let importance = { (id: String) in model.action(id)?.importance ?? 0 }
    let first = Dictionary(uniqueKeysWithValues: merged.enumerated().map { ($1.id, $0) })
    return merged.sorted {
      ($0.level, importance($0.id), -(first[$0.id] ?? 0)) > ($1.level, importance($1.id), -(first[$1.id] ?? 0))
    }
  }

  func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
  }
}
