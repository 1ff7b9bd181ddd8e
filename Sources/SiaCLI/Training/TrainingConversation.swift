import Foundation
import SiaKit

/// A training session in the REPL or under `sia train`: asks the exercises one by one,
/// corrects each answer, saves the progress after each one, and at the end shows the
/// score and writes the attestation when it is earned. `/lire` and the other REPL
/// commands keep working in between.
final class TrainingConversation: Conversation {
  private(set) var state: TrainingSession
  let exercises: [String: Exercise]
  let store: TrainingStore
  let trainee: Person
  /// Called once the session is over (finished or paused), e.g. to end `sia train`.
  var onEnd: () -> Void = {}
  private var warnedNotSaved = false
  /// The REPL it runs in, for the prompt's language.
  private weak var repl: ReplSession?

  init(state: TrainingSession, exercises: [Exercise], store: TrainingStore, trainee: Person) {
    self.state = state
    self.exercises = Dictionary(exercises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.store = store
    self.trainee = trainee
  }

  var prompt: String {
    let word = repl?.lang == .en ? "training" : "formation"
    return "sia[\(word) \(state.position)/\(state.exerciseIDs.count)]> "
  }

  var commands: [ReplCommand] {
    [
      ReplCommand("exercice", aliases: ["exercise", "question"], summary: Messages.cmdTrainShow) {
        [weak self] session, _ in
        self?.showCurrent(session)
      },
      ReplCommand("pause", aliases: ["arreter", "stop"], summary: Messages.cmdTrainPause) { [weak self] session, _ in
        self?.pause(session)
      },
    ]
  }

  var current: Exercise? { state.currentID.flatMap { exercises[$0] } }

  func renderer(_ session: ReplSession) -> TrainingRenderer {
    TrainingRenderer(console: session.console, lang: session.lang, knowledge: session.knowledge)
  }

  /// Shows the opening lines and the first (or next, when resuming) exercise.
  func begin(_ session: ReplSession) {
    repl = session
    save(session)
    if let id = state.plan.series,
      let series = TrainingSeriesLoader.load(knowledge: session.knowledge).series.first(where: { $0.id == id })
    {
      session.say(
        Messages.trainSeriesStart,
        [
          .title: series.title.pick(session.lang), .count: "\(state.exerciseIDs.count)",
          .minutes: "\(series.minutes)",
        ])
    } else {
      session.say(
        session.fromShell ? Messages.trainStartShell : Messages.trainStart,
        [.count: "\(state.exerciseIDs.count)", .seed: "\(state.plan.seed)"])
    }
    if state.exerciseIDs.count < TrainingScore.attestationMinimum {
      session.say(
        Messages.trainFewer, [.count: "\(state.exerciseIDs.count)", .minimum: "\(TrainingScore.attestationMinimum)"])
    }
    session.say("")
    showCurrent(session)
  }

  /// Picks up a saved session where it stopped.
  func resume(_ session: ReplSession) {
    repl = session
    session.say(
      Messages.trainResumed,
      [
        .seed: "\(state.plan.seed)", .done: "\(state.answers.count)", .count: "\(state.exerciseIDs.count)",
      ])
    session.say("")
    if state.isFinished { finish(session) } else { showCurrent(session) }
  }

  func showCurrent(_ session: ReplSession) {
    guard let exercise = current else { return }
    session.say(renderer(session).exercise(exercise, position: state.position, count: state.exerciseIDs.count))
    if state.answers.isEmpty { session.say(Messages.trainHint) }
  }

  func handle(_ line: String, session: ReplSession) {
    guard let exercise = current else { return }
    switch ChoiceLetterParser.parse(line, letters: exercise.choices.map(\.id)) {
    case .failure:
      let shown = Sanitizer.neutralize(String(line.prefix(40)))
      session.say(
        Messages.trainNotAnAnswer, [.value: shown, .letters: exercise.choices.map(\.id).joined(separator: ", ")])
    case let .success(chosen):
      let answer = state.answer(chosen, to: exercise)
      save(session)
      session.say(renderer(session).correction(exercise, answer: answer))
      session.say("")
      if state.isFinished {
        finish(session)
      } else {
        showCurrent(session)
      }
    }
  }

  func interrupt(session: ReplSession) {
    showCurrent(session)
  }

  func pause(_ session: ReplSession) {
    session.say(
      session.fromShell ? Messages.trainPausedShell : Messages.trainPaused,
      [.position: "\(state.position)", .count: "\(state.exerciseIDs.count)"])
    end(session)
  }

  func finish(_ session: ReplSession) {
    let score = state.score
    session.say(renderer(session).summary(score, exercises: exercises))
    session.say("")
    if let attestation = TrainingAttestation(
      session: state, trainee: trainee, themes: session.knowledge.themes, date: session.app.clock.now(),
      lang: session.lang, toolVersion: Sia.version)
    {
      writeAttestation(attestation, session)
    } else {
      session.say(
        Messages.trainNoAttestation,
        [
          .minimum: "\(TrainingScore.attestationMinimum)", .percent: "\(TrainingScore.passingPercent)",
        ])
    }
    store.clear()
    end(session)
  }

  func writeAttestation(_ attestation: TrainingAttestation, _ session: ReplSession) {
    do {
      let text = try AttestationDocument.render(attestation, institute: session.knowledge.institute)
      let path = try store.saveAttestation(text, date: session.app.clock.now(), lang: attestation.lang)
      let shown = session.app.displayPath(path)
      session.say(Messages.trainAttestationSaved, [.path: shown])
      switch AttestationSigning.sign(path: path, paths: session.app.paths) {
      case let .signed(signature):
        session.say(
          Messages.trainAttestationSigned,
          [
            .fingerprint: signature.publicKey.fingerprint, .sig: shown + ".sig", .path: shown,
          ])
        // What it is worth, and how it becomes more (issue 18): a trainer's countersignature.
        session.sayWrapped(Messages.trainAttestationSelfDeclared.text(session.lang))
      case .noKey:
        session.say(
          session.fromShell ? Messages.trainAttestationUnsigned : Messages.trainAttestationUnsignedRepl, [.path: shown]
        )
      case let .failed(reason):
        session.say(Messages.trainAttestationSignFailed, [.reason: Sanitizer.neutralize(reason)])
      }
    } catch {
      session.say(Messages.trainAttestationFailed, [.reason: "\(error)"])
    }
  }

  func end(_ session: ReplSession) {
    if session.conversation === self { session.conversation = nil }
    onEnd()
  }

  /// Saves after every answer; a failure is said once and the session goes on.
  func save(_ session: ReplSession) {
    do {
      try store.save(state)
    } catch {
      if !warnedNotSaved { session.say(Messages.trainNotSaved, [.reason: "\(error)"]) }
      warnedNotSaved = true
    }
  }
}

extension AppContext {
  /// A path for display: the home folder shown as `~`, so transcripts do not depend on it.
  func displayPath(_ path: String) -> String {
    guard let home = environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") else { return path }
    return "~" + path.dropFirst(home.count)
  }
}
