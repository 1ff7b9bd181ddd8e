import SiaKit

/// Deterministic pseudo-random generator (SplitMix64): the same seed gives the same
/// answer sets on every machine, so a failing case can be replayed.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Random complete answer sets, and the riskier variants of one, per the risk orders
/// declared in questions.yaml.
struct AnswerGenerator {
  let model: DecisionModel

  func random(_ rng: inout SplitMix64) -> Answers {
    var answers = Answers()
    for question in model.questions {
      let options = question.optionIDs
      switch question.kind {
      case .text:
        if rng.chance(50) { answers[question.id] = ["outil \(rng.below(100))"] }
      case .single, .yesno:
        answers[question.id] = [options[rng.below(options.count)]]
      case .multiple:
        var chosen = options.filter { _ in rng.chance(25) }
        if chosen.isEmpty { chosen = [options[rng.below(options.count)]] }
        if let exclusive = chosen.first(where: { question.option($0)?.exclusive == true }), chosen.count > 1 {
          chosen = rng.chance(50) ? [exclusive] : chosen.filter { $0 != exclusive }
        }
        answers[question.id] = chosen
      }
    }
    return answers
  }

  /// Every answer set one step riskier than `answers` on one question: a riskier option
  /// of a chain, or (cumulative multiple choice) one more option ticked.
  func riskierVariants(of answers: Answers) -> [(question: String, answers: Answers)] {
    var variants: [(String, Answers)] = []
    for question in model.questions where !question.risk.isEmpty {
      guard let current = answers[question.id] else { continue }
      var targets: [[String]] = []
      let exclusive = Set(question.options.filter(\.exclusive).map(\.id))
      if question.kind == .multiple {
        let chosen = Set(current)
        if question.risk.cumulative && chosen.isDisjoint(with: exclusive) {
          for option in question.optionIDs where !chosen.contains(option) && !exclusive.contains(option) {
            targets.append(current + [option])
          }
        }
        for option in current {
          for riskier in question.risk.riskier(than: option) where !chosen.contains(riskier) {
            var replaced = current.filter { $0 != option && !exclusive.contains($0) }
            replaced.append(riskier)
            targets.append(replaced)
          }
        }
      } else if let option = current.first {
        targets = question.risk.riskier(than: option).sorted().map { [$0] }
      }
      for target in targets {
        var variant = answers
        variant[question.id] = question.optionIDs.filter(target.contains)
        variants.append((question.id, variant))
      }
    }
    return variants
  }

  /// The first case where a riskier answer set gets a more lenient verdict, if any.
  /// Each case checks up to `variantsPerCase` of its riskier variants, drawn at random.
  func counterexample(
    engine: Engine, cases: Int, seed: UInt64, variantsPerCase: Int = 12
  ) -> (base: Answers, riskier: Answers, question: String)? {
    var rng = SplitMix64(seed: seed)
    for _ in 0..<cases {
      let base = random(&rng)
      let verdict = engine.verdict(base)
      var variants = riskierVariants(of: base)
      for _ in 0..<min(variantsPerCase, variants.count) {
        let (question, variant) = variants.remove(at: rng.below(variants.count))
        if engine.verdict(variant) < verdict { return (base, variant, question) }
      }
    }
    return nil
  }
}
