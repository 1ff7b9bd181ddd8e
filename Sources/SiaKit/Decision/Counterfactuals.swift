/// "What would make this allowed?": the smallest changes of answers — one, then two —
/// towards safer options (per the declared risk orders) that lower the verdict.
/// A pair is listed only when neither of its changes lowers the verdict alone.
public struct Counterfactuals: Sendable {
  public let engine: Engine
  /// At most this many alternatives are returned.
  public var limit = 8

  public init(engine: Engine) { self.engine = engine }

  public func alternatives(for answers: Answers) -> [Alternative] {
    let base = engine.model.program.layout.encode(answers)
    let (effective, applicable) = engine.applicable(base)
    return alternatives(for: answers, base: base, effective: effective, applicable: applicable)
  }

  /// `alternatives(for:)` given what `Engine.assess` has already computed: the answer
  /// vector, its effective answers and the applicable questionnaire positions.
  func alternatives(for answers: Answers, base: [UInt64], effective: [UInt64], applicable: [Int]) -> [Alternative] {
    let program = engine.model.program
    let current = program.verdict(effective: effective)
    guard current > .ok else { return [] }
    let moves = saferMoves(answers, applicable: applicable)
    // Each candidate is judged on the answer vector: `candidate` is `base` with the
    // moves' slots overwritten, then restored; `scratch` takes the effective answers.
    let changed = moves.map {
      SlotChange(start: program.layout.start[$0.slot], words: program.layout.words($0.change.to, slot: $0.slot))
    }
    var candidate = base
    var scratch = effective
    var found: [Alternative] = []
    var lowering = [Bool](repeating: false, count: moves.count)
    for index in moves.indices {
      let verdict = verdict(after: changed[index], nil, base, &candidate, &scratch)
      if verdict < current {
        lowering[index] = true
        found.append(Alternative(changes: [moves[index].change], verdict: verdict))
      }
    }
    // Moves on the same question share a slot.
    for i in moves.indices where !lowering[i] {
      for j in moves.indices where j > i && !lowering[j] && moves[j].slot != moves[i].slot {
        let verdict = verdict(after: changed[i], changed[j], base, &candidate, &scratch)
        if verdict < current {
          found.append(Alternative(changes: [moves[i].change, moves[j].change], verdict: verdict))
        }
      }
    }
    // The most lenient outcome first, single changes before pairs, then questionnaire order.
    let positions = found.map { $0.changes.map { engine.model.position(of: $0.question) } }
    let sorted = found.indices.sorted { a, b in
      let (x, y) = (found[a], found[b])
      if x.changes.count != y.changes.count { return x.changes.count < y.changes.count }
      if x.verdict != y.verdict { return x.verdict < y.verdict }
      if positions[a] != positions[b] { return positions[a].lexicographicallyPrecedes(positions[b]) }
      return a < b
    }
    return Array(sorted.prefix(limit).map { found[$0] })
  }

  /// Every one-question change towards a safer answer, on applicable, answered questions.
  public func saferMoves(_ answers: Answers) -> [Alternative.Change] {
    let applicable = engine.applicable(engine.model.program.layout.encode(answers)).positions
    return saferMoves(answers, applicable: applicable).map(\.change)
  }

  /// The new words of one question's slot in an answer vector.
  struct SlotChange {
    var start: Int
    var words: [UInt64]

    func write(into vector: inout [UInt64]) {
      for offset in words.indices { vector[start + offset] = words[offset] }
    }

    func restore(_ vector: inout [UInt64], from base: [UInt64]) {
      for offset in words.indices { vector[start + offset] = base[start + offset] }
    }
  }

  /// The verdict of `base` changed by `first` (and `second`). Both vectors are scratch
  /// space: `candidate` equals `base` before and after.
  private func verdict(
    after first: SlotChange, _ second: SlotChange?, _ base: [UInt64], _ candidate: inout [UInt64],
    _ scratch: inout [UInt64]
  ) -> Verdict {
    first.write(into: &candidate)
    second?.write(into: &candidate)
    let verdict = engine.model.program.verdict(raw: candidate, scratch: &scratch)
    first.restore(&candidate, from: base)
    second?.restore(&candidate, from: base)
    return verdict
  }

  /// The safer moves on the questions at the questionnaire positions `applicable`, each
  /// with the slot of its question in the answer vector.
  func saferMoves(_ answers: Answers, applicable: [Int]) -> [(change: Alternative.Change, slot: Int)] {
    let program = engine.model.program
    var moves: [(change: Alternative.Change, slot: Int)] = []
    for position in applicable where program.saferOptions[position].isChoice {
      let question = program.saferOptions[position]
      guard let current = answers[question.question] else { continue }
      let slot = program.questionSlots[position]
      func add(_ to: [String]) {
        // The same change can be reached twice (dropping an option, or replacing it):
        // keep the first. Moves on one question share its slot.
        guard !moves.contains(where: { $0.slot == slot && $0.change.to == to }) else { return }
        moves.append((.init(question: question.question, from: current, to: to), slot))
      }
      if question.isMultiple {
        let chosen = Set(current)
        // Drop one option (leaving the exclusive "none" option if nothing would remain).
        if question.cumulative {
          for option in current where current.count > 1 {
            add(current.filter { $0 != option })
          }
          if current.count == 1, let none = question.none, none != current[0] {
            add([none])
          }
        }
        // Replace one option by a safer one from its chains.
        for option in current {
          for safer in question.options(saferThan: option) where !chosen.contains(safer) {
            if question.exclusive.contains(safer) && current.count > 1 { continue }
            add(question.optionIDs.filter { $0 == safer || (chosen.contains($0) && $0 != option) })
          }
        }
      } else if let option = current.first {
        for safer in question.options(saferThan: option) { add([safer]) }
      }
    }
    return moves
  }
}
