import SiaKit

extension ReplCommands {
  /// The assessment: start (optionally from a sentence), resume, explain, alternatives,
  /// energy. `/retour` and `/annuler` belong to the interview itself.
  static let decision: [ReplCommand] = [
    ReplCommand("evaluer", aliases: ["assess", "évaluer"], arguments: "[…]", summary: Messages.cmdAssess) {
      session, arguments in
      guard let model = session.decisionModel() else { return }
      let sentence = arguments.isEmpty ? session.takePendingSentence() : arguments
      InterviewConversation.start(session: session, model: model, sentence: sentence)
    },
    ReplCommand("reprendre", aliases: ["resume"], summary: Messages.cmdResume) { session, _ in
      guard let model = session.decisionModel() else { return }
      InterviewConversation.resume(session: session, model: model)
    },
    ReplCommand("details", aliases: ["pourquoi", "why"], summary: Messages.cmdDetails) { session, _ in
      session.withAssessment { renderer, assessment, provisional in
        let worst = provisional ? session.currentAnswers.map { Engine(model: renderer.model).worstReachable($0) } : nil
        session.say(renderer.details(assessment, provisional: provisional, worst: worst))
      }
    },
    ReplCommand("actions", summary: Messages.cmdActions) { session, _ in
      session.withAssessment { renderer, assessment, _ in session.say(renderer.actionList(assessment)) }
    },
    ReplCommand("alternatives", aliases: ["alternative"], summary: Messages.cmdAlternatives) { session, _ in
      session.withAssessment { renderer, assessment, _ in session.say(renderer.alternatives(assessment)) }
    },
    ReplCommand("energie", aliases: ["energy", "énergie"], summary: Messages.cmdEnergy) { session, _ in
      session.withAssessment { renderer, _, _ in
        guard let answers = session.currentAnswers else { return }
        session.say(renderer.energy(EnergyEstimate.estimate(answers, table: renderer.model.energy)))
      }
    },
  ]
}

extension ReplSession {
  /// The decision model, loaded once per session; nil (and a message) when invalid.
  func decisionModel(quietly: Bool = false) -> DecisionModel? {
    if let model = featureState.decisionModel { return model }
    let loaded = DecisionLoader.load(root: knowledge.root, institute: knowledge.institute)
    guard !loaded.diagnostics.hasErrors, !loaded.model.questions.isEmpty else {
      if !quietly { say(Messages.decisionUnavailable) }
      return nil
    }
    featureState.decisionModel = loaded.model
    return loaded.model
  }

  /// The answers of the interview in progress, else of the last one completed, else of
  /// the evaluation saved and not yet declared (after a restart).
  var currentAnswers: Answers? {
    (conversation as? InterviewConversation)?.interview.state.answers
      ?? featureState.lastAnswers
      ?? EvaluationStore(paths: app.paths).saved?.answers
  }

  /// Runs `body` with the assessment of the current answers (provisional during the
  /// interview), then shows the pending question again so the person is not lost.
  func withAssessment(_ body: (AssessmentRenderer, Assessment, Bool) -> Void) {
    guard let answers = currentAnswers, let model = decisionModel() else {
      say(Messages.noAssessment)
      return
    }
    let renderer = AssessmentRenderer(console: console, lang: lang, model: model, knowledge: knowledge)
    let interviewing = conversation as? InterviewConversation
    body(renderer, Engine(model: model).assess(answers), interviewing != nil)
    interviewing?.ask(session: self)
  }
}
