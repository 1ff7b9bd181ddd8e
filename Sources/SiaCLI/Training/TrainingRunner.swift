import Foundation
import SiaKit

/// Runs one training session outside the REPL (`sia train`): the same conversation and
/// command table as `/formation`, read from the terminal with libedit or line by line
/// from a pipe, ending when the session ends or the input does.
struct TrainingRunner {
  let app: AppContext

  /// Returns how the session ended (nil when it could not start).
  @discardableResult
  func run(_ request: TrainingLauncher.Request, resume: Bool, trainee: Person) -> TrainingJSON.Session? {
    let session = ReplSession(app: app)
    session.fromShell = true
    let started =
      resume
      ? TrainingLauncher.resume(on: session, trainee: trainee)
      : TrainingLauncher.start(request, on: session, trainee: trainee)
    guard let conversation = started else { return nil }
    loop(session, conversation: conversation, reader: makeReader(session))
    return conversation.outcome
  }

  func makeReader(_ session: ReplSession) -> LineReader {
    guard isatty(STDIN_FILENO) == 1 else { return PlainLineReader() }
    return EditLineReader(historyPath: app.paths.historyFile) { [weak session] line in
      session?.completions(for: line) ?? []
    }
  }

  func loop(_ session: ReplSession, conversation: TrainingConversation, reader: LineReader) {
    InterruptGuard.install()
    while session.isRunning, session.conversation === conversation {
      let prompt = session.prompt
      switch reader.read(prompt: prompt) {
      case .endOfInput:
        session.console.echoInput(prompt: prompt, line: "^D")
        conversation.pause(session)
      case .interrupt:
        session.console.echoInput(prompt: prompt, line: "^C")
        conversation.interrupt(session: session)
      case let .line(line):
        session.console.echoInput(prompt: prompt, line: line)
        reader.remember(line)
        session.execute(line)
      }
    }
    if session.conversation === conversation { conversation.pause(session) }
    reader.close()
  }
}
