import SiaKit

/// The guided interview in the REPL: one question at a time, numbered options, `?` for
/// help with the guide's excerpt, `/retour`, `/pourquoi`, pre-answers from a tool name
/// or a sentence to confirm, the state saved after every answer for `/reprendre`, and
/// at the end the verdict, the actions and the explanation.
final class InterviewConversation: Conversation {
  private(set) var interview: Interview
  let store: InterviewStore
  weak var session: ReplSession?
  private var saveProblemShown = false

  init(interview: Interview, store: InterviewStore, session: ReplSession) {
    self.interview = interview
    self.store = store
    self.session = session
  }

  static func start(session: ReplSession, model: DecisionModel, sentence: String?) {
    let store = InterviewStore(paths: session.app.paths)
    if case let .state(previous) = store.load() {
      session.say(Messages.interviewReplaced, ["date": String(previous.startedAt.prefix(10))])
    }
    let state = InterviewState(startedAt: session.app.clock.now().isoTimestamp, sentence: sentence)
    let conversation = InterviewConversation(
      interview: Interview(model: model, state: state), store: store, session: session)
    session.conversation = conversation
    session.say(wrap(Messages.interviewIntro.text(session.lang), width: session.console.width, indent: "").joined(separator: "\n"))
    var found: [PreAnswer] = []
    if let sentence {
      found = conversation.interview.preAnswers(from: sentence)
      session.say(found.isEmpty ? Messages.intentNothing : Messages.intentFrom)
    }
    if let training = trainingPreAnswer(session: session) { found.append(training) }
    found = PreAnswer.merging(found, scanPreAnswers(session: session), model: model)
    guard found.isEmpty else { return conversation.propose(found, session: session) }
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
    session.say(Messages.attestationFound, ["date": date, "score": "\(found.attestation.score.percent)"])
    return PreAnswer(question: "formation", values: ["oui"], sources: ["attestation:\(found.path)"], matched: date)
  }

  static func resume(session: ReplSession, model: DecisionModel) {
    let store = InterviewStore(paths: session.app.paths)
    switch store.load() {
    case .none:
      session.say(Messages.nothingToResume)
    case let .unreadable(reason):
      session.say(Messages.resumeUnreadable, ["reason": reason])
    case let .state(state):
      let conversation = InterviewConversation(interview: Interview(model: model, state: state), store: store, session: session)
      session.conversation = conversation
      session.say(Messages.interviewResumed, ["date": String(state.startedAt.prefix(10)), "count": "\(state.answers.values.count)"])
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
    if !interview.state.pending.isEmpty {
      guard let accepted = AnswerParser.yesNo(line) else { return session.say(Messages.confirmNotUnderstood) }
      interview.confirm(accepted)
      session.say(accepted ? Messages.preanswersAccepted : Messages.preanswersRejected)
      save(session: session)
      return advance(session: session)
    }
    guard let question = interview.current else { return finish(session: session) }
    if line == "?" { return showHelp(question, session: session) }
    switch AnswerParser.parse(line, for: question, session.lang) {
    case let .values(values):
      interview.answer(question, values)
      if !question.isChoice {
        let found = interview.preAnswers(from: values[0]).filter { $0.question != question.id }
        if !found.isEmpty { return propose(found, session: session) }
      }
    case .skip:
      interview.skip(question)
    case .notUnderstood:
      return session.say(Messages.answerNotUnderstood, [
        "answer": Sanitizer.neutralize(String(line.prefix(80))), "count": "\(question.options.count)",
      ])
    case .oneOnly:
      return session.say(Messages.answerOneOnly)
    case let .exclusive(option):
      return session.say(Messages.answerExclusive, ["option": option])
    }
    save(session: session)
    advance(session: session)
  }

  func interrupt(session: ReplSession) {
    session.say(Messages.questionKept)
    ask(session: session)
  }

  /// Shows the pending confirmation or the current question.
  func ask(session: ReplSession) {
    if !interview.state.pending.isEmpty {
      return session.say(Messages.preanswersConfirm)
    }
    guard let question = interview.current else { return }
    let progress = interview.progress
    session.say(QuestionnaireRenderer(console: session.console, lang: session.lang)
      .question(question, index: progress.index, total: progress.total))
  }

  func advance(session: ReplSession) {
    if interview.isComplete { finish(session: session) } else { ask(session: session) }
  }

  func finish(session: ReplSession) {
    let model = interview.model
    let assessment = Engine(model: model).assess(interview.state.answers)
    let renderer = AssessmentRenderer(console: session.console, lang: session.lang, model: model, knowledge: session.knowledge)
    session.say(renderer.result(assessment))
    session.say("")
    session.say(Messages.interviewDone)
    session.featureState[ReplSession.lastAnswersKey] = interview.state.answers
    store.delete()
    session.conversation = nil
  }

  func propose(_ found: [PreAnswer], session: ReplSession) {
    let pending = interview.propose(found)
    guard !pending.isEmpty else {
      save(session: session)
      return advance(session: session)
    }
    let lang = session.lang
    let renderer = ToolRenderer(console: session.console, lang: lang, model: interview.model)
    var shown: Set<String> = []
    for source in pending.flatMap(\.sources) where source.hasPrefix("tool:") && shown.insert(source).inserted {
      if let tool = interview.model.tool(String(source.dropFirst(5))) { session.say(renderer.tool(tool)) }
    }
    session.say(renderer.proposal(pending))
    save(session: session)
    ask(session: session)
  }

  func showHelp(_ question: Question, session: ReplSession) {
    session.say(GuideExcerptRenderer(console: session.console, lang: session.lang).help(question, knowledge: session.knowledge))
  }

  func save(session: ReplSession) {
    do {
      try store.save(interview.state)
    } catch {
      if !saveProblemShown { session.say(Messages.saveFailed, ["reason": "\(error)"]) }
      saveProblemShown = true
    }
  }
}
