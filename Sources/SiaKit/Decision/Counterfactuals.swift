/// "What would make this allowed?": the smallest changes of answers — one, then two —
/// towards safer options (per the declared risk orders) that lower the verdict.
/// A pair is listed only when neither of its changes lowers the verdict alone.
public struct Counterfactuals: Sendable {
  public let engine: Engine
  /// At most this many alternatives are returned.
  public var limit = 8

  public init(engine: Engine) { self.engine = engine }

  public func alternatives(for answers: Answers) -> [Alternative] {
    let current = engine.verdict(answers)
    guard current > .ok else { return [] }
    let moves = saferMoves(answers)
    var found: [Alternative] = []
    var lowering: Set<Int> = []
    for (index, move) in moves.enumerated() {
      let verdict = engine.verdict(apply([move], to: answers))
      if verdict < current {
        lowering.insert(index)
        found.append(Alternative(changes: [move], verdict: verdict))
      }
    }
    for i in moves.indices where !lowering.contains(i) {
      for j in moves.indices where j > i && !lowering.contains(j) && moves[j].question != moves[i].question {
        let verdict = engine.verdict(apply([moves[i], moves[j]], to: answers))
        if verdict < current { found.append(Alternative(changes: [moves[i], moves[j]], verdict: verdict)) }
      }
    }
    // The most lenient outcome first, single changes before pairs, then questionnaire order.
    let position = { (alternative: Alternative) in alternative.changes.map { engine.model.position(of: $0.question) } }
    let sorted = found.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.changes.count != y.changes.count { return x.changes.count < y.changes.count }
      if x.verdict != y.verdict { return x.verdict < y.verdict }
      if position(x) != position(y) { return position(x).lexicographicallyPrecedes(position(y)) }
      return a.offset < b.offset
    }
    return Array(sorted.map(\.element).prefix(limit))
  }

  /// Every one-question change towards a safer answer, on applicable, answered questions.
  public func saferMoves(_ answers: Answers) -> [Alternative.Change] {
    var moves: [Alternative.Change] = []
    for question in engine.applicableQuestions(answers) where question.isChoice {
      guard let current = answers[question.id] else { continue }
      let order = question.risk
      let options = question.optionIDs
      if question.kind == .multiple {
        let chosen = Set(current)
        // Drop one option (leaving the exclusive "none" option if nothing would remain).
        if order.cumulative {
          for option in current where current.count > 1 {
            moves.append(.init(question: question.id, from: current, to: current.filter { $0 != option }))
          }
          if current.count == 1, let none = question.options.first(where: \.exclusive)?.id, none != current[0] {
            moves.append(.init(question: question.id, from: current, to: [none]))
          }
        }
        // Replace one option by a safer one from its chains.
        for option in current {
          for safer in options where order.safer(than: option).contains(safer) && !chosen.contains(safer) {
            if question.option(safer)?.exclusive == true && current.count > 1 { continue }
            let replaced = options.filter { $0 == safer || (chosen.contains($0) && $0 != option) }
            moves.append(.init(question: question.id, from: current, to: replaced))
          }
        }
      } else if let option = current.first {
        for safer in options where order.safer(than: option).contains(safer) {
          moves.append(.init(question: question.id, from: current, to: [safer]))
        }
      }
    }
    var seen: Set<[String]> = []
    return moves.filter { seen.insert([$0.question] + $0.to).inserted }
  }

  func apply(_ changes: [Alternative.Change], to answers: Answers) -> Answers {
    var changed = answers
    for change in changes { changed[change.question] = change.to }
    return changed
  }
}
