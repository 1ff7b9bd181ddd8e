import SiaKit

/// The guided interview in the REPL: one question at a time, numbered options, `?` for
/// help with the guide's excerpt, `/retour`, `/pourquoi`, pre-answers from a tool name
/// or a sentence to confirm, the state saved after every answer for `/reprendre`, and
/// at the end the verdict, the actions and the explanation.
final class InterviewConversation: Conversation {
  var interview: Interview
  /// A brand named without its plan: the plan is asked before anything else.
  var planChoice: (family: ToolFamily, plans: [Tool])?
  let store: InterviewStore
  weak var session: ReplSession?
  private var saveProblemShown = false

  init(interview: Interview, store: InterviewStore, session: ReplSession) {
    self.interview = interview
    self.store = store
    self.session = session
  }

  /// `/evaluer`: asks first when an unfinished interview or an undeclared evaluation
  /// would be replaced (`ReplaceConfirmation`), then starts.
  static func start(session: ReplSession, model: DecisionModel, sentence: String?) {
    if let question = ReplaceConfirmation.question(session: session) {
      session.conversation = ReplaceConfirmation(kept: ReplaceConfirmation.keptMessage(session: session)) { session in
        EvaluationStore(paths: session.app.paths).delete()
        begin(session: session, model: model, sentence: sentence)
      }
      return session.sayWrapped(question)
    }
    begin(session: session, model: model, sentence: sentence)
  }

  static func begin(session: ReplSession, model: DecisionModel, sentence: String?) {
    let store = InterviewStore(paths: session.app.paths)
    var state = InterviewState(startedAt: session.app.clock.now().isoTimestamp, sentence: sentence)
    // The text checked with /verifier feeds the answers below; its counts go to the declaration.
    state.scan = session.lastScan.map(ScanRecord.init)
    let conversation = InterviewConversation(
      interview: Interview(model: model, state: state), store: store, session: session)
    session.conversation = conversation
    session.say(
      wrap(Messages.interviewIntro.text(session.lang), width: session.console.width, indent: "").joined(separator: "\n")
    )
    // The text check is said first: what follows comes from the description.
    let scanned = scanPreAnswers(session: session)
    var found: [PreAnswer] = []
    if let sentence {
      found = conversation.interview.preAnswers(from: sentence)
      session.say(found.isEmpty ? Messages.intentNothing : Messages.intentFrom)
    }
    if let training = trainingPreAnswer(session: session) { found.append(training) }
    found = PreAnswer.merging(found, scanned, model: model)
    guard found.isEmpty && conversation.unresolvedBrands(in: sentence ?? "").isEmpty else {
      return conversation.propose(found, session: session, from: sentence)
    }
    conversation.save(session: session)
    conversation.ask(session: session)
  }

  /// A valid training attestation (less than 12 months old, validly signed) answers the
  /// "training followed" question, to be confirmed like any other pre-answer.
  static func trainingPreAnswer(session: ReplSession) -> PreAnswer? {
    guard let found = TrainingAttestation.latestValid(in: session.app.paths, now: session.app.clock.now()) else {
      return nil
    }
    let date = String(found.attestation.date.prefix(10))
    session.say(Messages.attestationFound, [.date: date, .score: "\(found.attestation.score.percent)"])
    if let certifier = found.certifier {
      session.say(Messages.attestationKindTrainer, [.trainer: Sanitizer.neutralize(certifier.principal)])
    } else {
      session.sayWrapped(Messages.attestationKindSelf.text(session.lang))
      if requiresTrainerAttestedTraining(session) { session.sayWrapped(Messages.trainingRequired.text(session.lang)) }
    }
    return PreAnswer(question: "formation", values: ["oui"], sources: ["attestation:\(found.path)"], matched: date)
  }

  /// The lab head's setting, read from the profile (`sia profile --require-trainer-training`).
  static func requiresTrainerAttestedTraining(_ session: ReplSession) -> Bool {
    ((try? Profile.load(session.app.paths)) ?? nil)?.requiresTrainerAttestedTraining ?? false
  }

  /// Under a requirement of trainer-attested training, "training followed: yes" without
  /// a trainer's countersignature is recorded as "no" before the verdict, and said so:
  /// the answers saved and declared are the ones the verdict was computed from.
  func applyTrainingRequirement(session: ReplSession) {
    guard Self.requiresTrainerAttestedTraining(session) else { return }
    let training = TrainingReference.current(paths: session.app.paths, now: session.app.clock.now())
    guard interview.requireTrainerAttestedTraining(training: training) else { return }
    session.sayWrapped(Messages.trainingCountedNo.text(session.lang))
  }

  static func resume(session: ReplSession, model: DecisionModel) {
    let store = InterviewStore(paths: session.app.paths)
    switch store.load() {
    case .none:
      session.say(Messages.nothingToResume)
    case let .unreadable(reason):
      session.say(Messages.resumeUnreadable, [.reason: reason])
    case let .state(state):
      let conversation = InterviewConversation(
        interview: Interview(model: model, state: state), store: store, session: session)
      session.conversation = conversation
      session.say(
        Messages.interviewResumed,
        [.date: String(state.startedAt.prefix(10)), .count: "\(state.answers.values.count)"])
      conversation.ask(session: session)
    }
  }

  var prompt: String {
    let progress = interview.progress
    let label = Messages.promptLabel.text(session?.lang ?? .fr)
    return "sia[\(label) \(progress.index)/\(progress.total)]> "
  }

  var commands: [ReplCommand] {
    [
      ReplCommand("retour", aliases: ["back"], summary: Messages.cmdBack) { [weak self] session, _ in
        guard let self else { return }
        if !self.interview.back() { session.say(Messages.backAtStart) }
        self.save(session: session)
        self.ask(session: session)
      },
      ReplCommand("annuler", aliases: ["cancel"], summary: Messages.cmdCancel) { [weak self] session, _ in
        self?.store.delete()
        session.conversation = nil
        session.say(Messages.interviewCancelled)
      },
    ]
  }

  func handle(_ line: String, session: ReplSession) {
    if let choice = planChoice {
      guard choosePlan(line, family: choice.family, plans: choice.plans, session: session) else { return }
      planChoice = nil
      save(session: session)
      let assumed = interview.state.pending.first?.sources.contains { $0.hasPrefix("assumed:") } ?? false
      if !interview.state.pending.isEmpty && !assumed { session.sayWrapped(Messages.prefillTitle.text(session.lang)) }
      return advance(session: session)
    }
    if !interview.state.pending.isEmpty {
      guard let accepted = AnswerParser.yesNo(line) else { return session.say(Messages.confirmNotUnderstood) }
      interview.confirmFirst(accepted)
      if !accepted { session.say(Messages.prefillChanged) }
      save(session: session)
      return advance(session: session)
    }
    guard let question = interview.current else { return finish(session: session) }
    if line == "?" { return showHelp(question, session: session) }
    switch AnswerParser.parse(line, for: question, session.lang) {
    case let .values(values):
      interview.answer(question, values)
      pointOutContradiction(question, values, session: session)
      if !question.isChoice {
        let found = interview.preAnswers(from: values[0]).filter { $0.question != question.id }
        if !found.isEmpty || !unresolvedBrands(in: values[0]).isEmpty {
          save(session: session)
          return propose(found, session: session, from: values[0])
        }
      }
    case .skip:
      interview.skip(question)
    case .notUnderstood:
      return session.say(
        Messages.answerNotUnderstood,
        [
          .answer: Sanitizer.neutralize(String(line.prefix(80))), .count: "\(question.options.count)",
        ])
    case .oneOnly:
      return session.say(Messages.answerOneOnly)
    case let .exclusive(option):
      return session.say(Messages.answerExclusive, [.option: option])
    }
    save(session: session)
    advance(session: session)
  }

  func interrupt(session: ReplSession) {
    session.say(Messages.questionKept)
    ask(session: session)
  }

  /// Shows the pending confirmation (one inferred answer at a time) or the current question.
  func ask(session: ReplSession) {
    if let choice = planChoice { return askPlan(choice.family, choice.plans, session: session) }
    if let first = interview.state.pending.first {
      return session.sayWrapped(
        ToolRenderer(console: session.console, lang: session.lang, model: interview.model).confirmation(first))
    }
    guard let question = interview.current else { return }
    let progress = interview.progress
    session.say(
      QuestionnaireRenderer(console: session.console, lang: session.lang)
        .question(question, index: progress.index, total: progress.total))
  }

  func advance(session: ReplSession) {
    if interview.isComplete && planChoice == nil { finish(session: session) } else { ask(session: session) }
  }

  /// The verdict card, and the evaluation saved until it is declared or discarded
  /// (written before the interview is deleted: a crash in between loses nothing).
  func finish(session: ReplSession) {
    let model = interview.model
    applyTrainingRequirement(session: session)
    let assessment = Engine(model: model).assess(interview.state.answers)
    let renderer = AssessmentRenderer(
      console: session.console, lang: session.lang, model: model, knowledge: session.knowledge)
    let evaluation = SavedEvaluation(
      answers: interview.state.answers, sentence: interview.state.sentence, startedAt: interview.state.startedAt,
      finishedAt: session.app.clock.now().isoTimestamp, verdict: assessment.verdict, scan: interview.state.scan)
    do {
      try EvaluationStore(paths: session.app.paths).save(evaluation)
      store.delete()
    } catch {
      session.say(Messages.saveFailed, [.reason: "\(error)"])
    }
    session.say(renderer.card(assessment))
    session.sayWrapped(session.console.dim(Messages.evaluationKept.text(session.lang)))
    session.featureState.lastAnswers = interview.state.answers
    session.featureState.assessment = nil
    session.conversation = nil
  }

  /// When the description implied a riskier answer than the one just given (« dates de
  /// naissance » then « anonymisées »), says so: the person may have mis-clicked.
  func pointOutContradiction(_ question: Question, _ values: [String], session: ReplSession) {
    guard question.isChoice, let sentence = interview.state.sentence,
      let implied = IntentRecognizer(model: interview.model).recognize(sentence).first(where: {
        $0.question == question.id
      }),
      implied.sources.contains(where: { $0.hasPrefix("intent:") }),
      implied.values.contains(where: { impliedValue in
        values.allSatisfy { question.risk.riskier(than: $0).contains(impliedValue) }
      })
    else { return }
    session.sayWrapped(
      Messages.prefillContradiction.text(
        session.lang,
        [
          .cues: Sanitizer.neutralize(implied.matched),
          .implied: question.labels(of: implied.values, session.lang).joined(separator: ", "),
        ]))
  }

  /// What the catalogue states is recorded and shown; what was inferred from words or
  /// assumed (the plan) is confirmed or changed one answer at a time.
  func propose(_ found: [PreAnswer], session: ReplSession, from text: String? = nil) {
    let lang = session.lang
    let renderer = ToolRenderer(console: session.console, lang: lang, model: interview.model)
    var shown: Set<String> = []
    for source in found.flatMap(\.sources) where source.hasPrefix("tool:") && shown.insert(source).inserted {
      if let tool = interview.model.tool(String(source.dropFirst(5))) { session.say(renderer.tool(tool)) }
    }
    let facts = found.filter { $0.isCatalogueFact && !interview.state.answers.isAnswered($0.question) }
    if !facts.isEmpty {
      interview.acceptFacts(facts)
      session.say(renderer.proposal(facts))
    }
    let pending = interview.propose(found.filter { !$0.isCatalogueFact })
    save(session: session)
    if let text, let brand = unresolvedBrands(in: text).first {
      planChoice = brand
      return ask(session: session)
    }
    guard !pending.isEmpty else { return advance(session: session) }
    session.sayWrapped(Messages.prefillTitle.text(lang))
    ask(session: session)
  }

  func showHelp(_ question: Question, session: ReplSession) {
    session.say(
      GuideExcerptRenderer(console: session.console, lang: session.lang).help(question, knowledge: session.knowledge))
  }

  func save(session: ReplSession) {
    do {
      try store.save(interview.state)
    } catch {
      if !saveProblemShown { session.say(Messages.saveFailed, [.reason: "\(error)"]) }
      saveProblemShown = true
    }
  }
}
