import SiaKit

/// "Replace it? (yes/no)" before `/evaluer` replaces an unfinished interview or an
/// evaluation not yet declared: nothing saved is lost without the person saying so.
final class ReplaceConfirmation: Conversation {
  let onReplace: (ReplSession) -> Void
  /// What « non » keeps, for the line that says so.
  let kept: Message

  init(kept: Message, onReplace: @escaping (ReplSession) -> Void) {
    self.kept = kept
    self.onReplace = onReplace
  }

  /// The message for « non », matching `question`.
  static func keptMessage(session: ReplSession) -> Message {
    if case .state = InterviewStore(paths: session.app.paths).load() { return Messages.replaceKept }
    return Messages.replaceKeptEvaluation
  }

  /// The question to ask, nil when nothing would be replaced.
  static func question(session: ReplSession) -> String? {
    let paths = session.app.paths
    if case let .state(previous) = InterviewStore(paths: paths).load() {
      return Messages.replaceInterviewAsk.text(
        session.lang,
        [
          .date: String(previous.startedAt.prefix(10)), .count: "\(previous.answers.values.count)",
        ])
    }
    if let saved = EvaluationStore(paths: paths).saved {
      return Messages.replaceEvaluationAsk.text(
        session.lang,
        [
          .date: String(saved.finishedAt.prefix(10)), .verdict: saved.verdict.label.text(session.lang),
        ])
    }
    return nil
  }

  var prompt: String { "sia[?]> " }

  func handle(_ line: String, session: ReplSession) {
    guard let replace = AnswerParser.yesNo(line) else { return session.say(Messages.confirmNotUnderstood) }
    session.conversation = nil
    if replace {
      onReplace(session)
    } else {
      session.sayWrapped(kept.text(session.lang))
    }
  }

  func interrupt(session: ReplSession) {
    session.conversation = nil
    session.sayWrapped(kept.text(session.lang))
  }
}
