/// Connects the features that plug into the REPL beyond the command table (the guide
/// search for free text, resumable conversations…). Each feature adds one line here.
enum ReplFeatures {
  static func install(on session: ReplSession) {
    session.answerFreeText = { session, line in session.answerQuestion(line) }
  }
}
