import SiaKit

/// "Replace it? (yes/no)" before `/evaluer` replaces an unfinished interview or an
/// evaluation not yet declared: nothing saved is lost without the person saying so.
final class ReplaceConfirmation: Conversation {
  let onReplace: (ReplSession) -> Void

  init(onReplace: @escaping (ReplSession) -> Void) { self.onReplace = onReplace }

  /// The question to ask, nil when nothing would be replaced.
  static func question(session: ReplSession) -> String? {
    let paths = session.app.paths
    if case let .state(previous) = InterviewStore(paths: paths).load() {
      return Messages.replaceInterviewAsk.text(session.lang, [
        "date": String(previous.startedAt.prefix(10)), "count": "\(previous.answers.values.count)",
      ])
    }
    if let saved = EvaluationStore(paths: paths).saved {
      return Messages.replaceEvaluationAsk.text(session.lang, [
        "date": String(saved.finishedAt.prefix(10)), "verdict": saved.verdict.label.text(session.lang),
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
      session.sayWrapped(Messages.replaceKept.text(session.lang))
    }
  }

  func interrupt(session: ReplSession) {
    session.conversation = nil
    session.sayWrapped(Messages.replaceKept.text(session.lang))
  }
}
