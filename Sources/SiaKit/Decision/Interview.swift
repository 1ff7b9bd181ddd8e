/// The guided interview, without any terminal: which question comes next, progress,
/// answering, skipping, confirming pre-answers and going back. The REPL conversation
/// drives it and saves `state` after every change.
public struct Interview: Sendable {
  public let model: DecisionModel
  public private(set) var state: InterviewState

  public init(model: DecisionModel, state: InterviewState) {
    self.model = model
    self.state = state
  }

  var engine: Engine { Engine(model: model) }

  /// Applies a lab head's requirement of trainer-attested training to the answers (see
  /// `TrainingRequirement`); true when "training followed: yes" became "no".
  public mutating func requireTrainerAttestedTraining(training: TrainingReference?) -> Bool {
    guard TrainingRequirement.downgrades(state.answers, training: training, required: true) else { return false }
    state.answers = TrainingRequirement.effective(state.answers, training: training, required: true)
    return true
  }

  /// The applicable questions given the answers so far.
  public var applicable: [Question] { engine.applicableQuestions(state.answers) }

  /// The next question to ask, nil when every applicable question is settled.
  public var current: Question? {
    applicable.first { !state.answers.isAnswered($0.id) && !state.skipped.contains($0.id) }
  }

  public var isComplete: Bool { current == nil && state.pending.isEmpty }

  /// (position of the current question, number of questions that apply or still may).
  /// The total counts a question not yet applicable while its `when` looks at a question
  /// still unsettled: it only shrinks as answers rule questions out, so the counter
  /// never goes backwards (1/13 → 7/13 → 8/11, never 7/11 → 8/13).
  public var progress: (index: Int, total: Int) {
    let questions = applicable
    let applicableIDs = Set(questions.map(\.id))
    let settled = questions.filter { isSettled($0.id) }.count
    var open = Set<String>()
    var total = 0
    for question in model.questions {
      let counts =
        applicableIDs.contains(question.id)
        || (question.when?.tests.contains { open.contains($0.question) } ?? false)
      guard counts else { continue }
      total += 1
      if !isSettled(question.id) { open.insert(question.id) }
    }
    return (min(settled + 1, total), total)
  }

  func isSettled(_ id: String) -> Bool { state.answers.isAnswered(id) || state.skipped.contains(id) }

  public mutating func answer(_ question: Question, _ values: [String]) {
    state.answers[question.id] = values
    state.skipped.removeAll { $0 == question.id }
    state.steps.append(.init(questions: [question.id]))
  }

  public mutating func skip(_ question: Question) {
    state.skipped.append(question.id)
    state.steps.append(.init(questions: [question.id]))
  }

  /// Offers pre-answers for confirmation, keeping only those for questions not yet
  /// answered. Returns what is pending.
  @discardableResult
  public mutating func propose(_ preAnswers: [PreAnswer]) -> [PreAnswer] {
    state.pending = preAnswers.filter { !state.answers.isAnswered($0.question) }
    return state.pending
  }

  /// Records answers the catalogue states as facts (a named tool's provider country,
  /// its kind of system): they are shown, not asked, and `/retour` undoes them.
  public mutating func acceptFacts(_ facts: [PreAnswer]) {
    let new = facts.filter { !state.answers.isAnswered($0.question) }
    guard !new.isEmpty else { return }
    for fact in new { state.answers[fact.question] = fact.values }
    state.steps.append(.init(questions: new.map(\.question), confirmed: true))
  }

  /// The plan chosen for a brand named without one: the system's name, when it is the
  /// brand's (« DeepL »), becomes the plan's (« DeepL, version gratuite »), so that the
  /// declaration names the terms that apply; any other name the person typed is kept.
  public mutating func namePlan(_ plan: Tool, of family: ToolFamily) {
    guard let question = model.questions.first(where: { !$0.isChoice }),
      let typed = state.answers[question.id]?.first
    else { return }
    let named = TextFolding.fold(typed.trimmingCharacters(in: .whitespaces))
    guard ([family.name, family.id] + family.aliases).contains(where: { TextFolding.fold($0) == named }) else { return }
    state.answers[question.id] = [plan.name]
  }

  /// Accepts or rejects the first pending pre-answer only: each inferred answer is
  /// confirmed or changed on its own, and a rejected one is simply asked later.
  public mutating func confirmFirst(_ accepted: Bool) {
    guard !state.pending.isEmpty else { return }
    let first = state.pending.removeFirst()
    guard accepted else { return }
    state.answers[first.question] = first.values
    state.steps.append(.init(questions: [first.question], confirmed: true))
  }

  /// Puts `preAnswers` first among the pending ones (those of a plan assumed come
  /// before those inferred from words), skipping questions already answered or pending.
  public mutating func proposeFirst(_ preAnswers: [PreAnswer]) {
    let new = preAnswers.filter { answer in
      !state.answers.isAnswered(answer.question) && !state.pending.contains { $0.question == answer.question }
    }
    state.pending = new + state.pending
  }

  /// Accepts or rejects all the pending pre-answers at once.
  public mutating func confirm(_ accepted: Bool) {
    defer { state.pending = [] }
    guard accepted, !state.pending.isEmpty else { return }
    for preAnswer in state.pending { state.answers[preAnswer.question] = preAnswer.values }
    state.steps.append(.init(questions: state.pending.map(\.question), confirmed: true))
  }

  /// Undoes the last step (an answer, a skip or a confirmation); false at the start.
  public mutating func back() -> Bool {
    if !state.pending.isEmpty {
      state.pending = []
    }
    guard let step = state.steps.popLast() else { return false }
    for id in step.questions {
      state.answers[id] = nil
      state.skipped.removeAll { $0 == id }
    }
    return true
  }

  /// The pre-answers recognised in a sentence, plus the tool's name as the answer to
  /// the free-text question on the system's name.
  public func preAnswers(from sentence: String) -> [PreAnswer] {
    let recognizer = IntentRecognizer(model: model)
    var found = recognizer.recognize(sentence)
    if let match = recognizer.toolMatches(in: sentence).first,
      let nameQuestion = model.questions.first(where: { !$0.isChoice })
    {
      let source = match.tool.map { "tool:\($0.id)" } ?? "family:\(match.family)"
      found.insert(
        PreAnswer(question: nameQuestion.id, values: [match.name], sources: [source], matched: match.name), at: 0)
    }
    return found
  }
}
