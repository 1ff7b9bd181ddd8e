/// The questionnaire's `when`s and the rules' conditions compiled once per model (see
/// `AnswerLayout`, `ConditionCode`), so that a verdict — which counterfactuals ask for
/// dozens of times per assessment — costs bit tests over a small vector instead of
/// string hashing and copies of `Rule` and `Question` values.
struct DecisionProgram: Sendable {
  let layout: AnswerLayout
  let code: ConditionCode
  /// Per questionnaire position: the slot of its question and the root of its `when`
  /// (nil when it has none: it always applies).
  let questionSlots: [Int]
  let questionWhens: [Int?]
  /// Per rule (model order): the root of its `when` (nil: the rule always fires).
  let ruleWhens: [Int?]
  /// The rules that can raise the verdict above `ok`, strictest first (then model
  /// order): the first that holds gives the verdict.
  let strictestFirst: [(rule: Int, level: Verdict)]
  /// Per questionnaire position: the safer options of each option, for counterfactuals.
  let saferOptions: [SaferOptions]

  init(questions: [Question], rules: [Rule]) {
    let layout = AnswerLayout(
      questions: questions, conditions: (questions.map(\.when) + rules.map(\.when)).compactMap { $0 })
    var code = ConditionCode()
    questionSlots = questions.map { layout.slots[$0.id] ?? 0 }
    questionWhens = questions.map { $0.when.map { code.append($0, layout) } }
    ruleWhens = rules.map { $0.when.map { code.append($0, layout) } }
    strictestFirst = rules.indices.filter { rules[$0].level > .ok }
      .sorted { (rules[$0].level, $1) > (rules[$1].level, $0) }
      .map { ($0, rules[$0].level) }
    saferOptions = questions.map(SaferOptions.init)
    self.layout = layout
    self.code = code
  }

  /// The effective answers of `raw` — the answers to the questions that apply, in
  /// questionnaire order, each `when` seeing the effective answers to earlier questions —
  /// written into `effective` (of the layout's width); `applicable` is told each
  /// applicable questionnaire position.
  func resolve(_ raw: [UInt64], into effective: inout [UInt64], applicable: (Int) -> Void = { _ in }) {
    for word in effective.indices { effective[word] = 0 }
    for position in questionWhens.indices where holds(questionWhens[position], effective) {
      let slot = questionSlots[position]
      for word in layout.start[slot]..<layout.start[slot + 1] { effective[word] = raw[word] }
      applicable(position)
    }
  }

  /// The strictest level among the rules that hold over effective answers.
  func verdict(effective: [UInt64]) -> Verdict {
    for (rule, level) in strictestFirst where holds(ruleWhens[rule], effective) { return level }
    return .ok
  }

  /// The verdict of raw answers; `scratch` (any content, the layout's width) holds the
  /// effective answers, so a caller asking for many verdicts allocates it once.
  func verdict(raw: [UInt64], scratch: inout [UInt64]) -> Verdict {
    resolve(raw, into: &scratch)
    return verdict(effective: scratch)
  }

  func ruleHolds(_ rule: Int, effective: [UInt64]) -> Bool { holds(ruleWhens[rule], effective) }

  /// Does the condition at `root` (nil: none) hold over `bits`?
  private func holds(_ root: Int?, _ bits: [UInt64]) -> Bool {
    guard let root else { return true }
    return code.holds(root, bits)
  }
}
