/// Can a condition ever hold? Used by `sia lint` to find rules that can never fire and
/// questions that are never asked. The condition is put in disjunctive normal form;
/// each conjunction is checked question by question, adding the `when` of every
/// question it needs answered. Errs on the side of "satisfiable" when the form grows
/// too large, so lint never reports a rule that can fire.
struct Satisfiability {
  let questions: [String: Question]
  static let budget = 20_000

  typealias Literal = (test: Condition.Test, positive: Bool)
  typealias Conjunction = [Literal]

  func isSatisfiable(_ condition: Condition?) -> Bool {
    guard let condition else { return true }
    guard let forms = dnf(condition, positive: true) else { return true }
    return forms.contains { expandVisibility($0, added: []).contains(where: consistent) }
  }

  func dnf(_ condition: Condition, positive: Bool) -> [Conjunction]? {
    switch condition {
    case let .test(test): return [[(test, positive)]]
    case let .not(inner): return dnf(inner, positive: !positive)
    case let .all(items), let .any(items):
      let conjunctive = { if case .all = condition { return positive } else { return !positive } }()
      var result: [Conjunction] = conjunctive ? [[]] : []
      for item in items {
        guard let part = dnf(item, positive: positive) else { return nil }
        if conjunctive {
          result = result.flatMap { left in part.map { left + $0 } }
        } else {
          result += part
        }
        if result.count > Satisfiability.budget { return nil }
      }
      return result
    }
  }

  /// The conjunction with the `when` of every question it needs answered, recursively.
  func expandVisibility(_ conjunction: Conjunction, added: Set<String>) -> [Conjunction] {
    let needed = conjunction.filter(\.positive).map(\.test.question)
    guard let next = needed.first(where: { !added.contains($0) && questions[$0]?.when != nil }),
      let when = questions[next]?.when, let forms = dnf(when, positive: true), forms.count < 200
    else { return [conjunction] }
    var added = added
    added.insert(next)
    return forms.flatMap { expandVisibility(conjunction + $0, added: added) }
  }

  func consistent(_ conjunction: Conjunction) -> Bool {
    let byQuestion = Dictionary(grouping: conjunction, by: \.test.question)
    return byQuestion.allSatisfy { id, literals in
      guard let question = questions[id] else { return false }
      return consistent(question, literals)
    }
  }

  func consistent(_ question: Question, _ literals: [Literal]) -> Bool {
    let answered = literals.contains { $0.positive }
    if answered && literals.contains(where: { !$0.positive && $0.test.op == .answered }) { return false }
    let hideable = question.when != nil || !question.required
    let choices = literals.filter { $0.test.op != .answered }
    var forbidden = Set<String>()
    for literal in choices where !literal.positive { forbidden.formUnion(literal.test.options) }
    let candidates = Set(question.optionIDs).subtracting(forbidden)
    let required = choices.filter(\.positive).map { Set($0.test.options) }
    if question.kind == .multiple {
      let plain = candidates.subtracting(question.options.filter(\.exclusive).map(\.id))
      let withPlain = required.allSatisfy { !$0.isDisjoint(with: plain) } && (!plain.isEmpty || required.isEmpty)
      let withExclusive = candidates.contains { option in
        question.option(option)?.exclusive == true && required.allSatisfy { $0.contains(option) }
      }
      if withPlain || withExclusive { return true }
      return !answered && hideable
    }
    if !question.isChoice { return true }
    let allowed = required.reduce(candidates) { $0.intersection($1) }
    return !allowed.isEmpty || (!answered && hideable)
  }
}
