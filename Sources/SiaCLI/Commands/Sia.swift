import ArgumentParser
import Foundation
import SiaKit

/// `sia`: with no subcommand, the chat-style REPL.
public struct Sia: ParsableCommand {
  public static let version = "0.1.0"

  public static let configuration = CommandConfiguration(
    commandName: "sia",
    abstract: "Offline advisor on the use of AI systems (SIA) at the institute.",
    discussion: "Without a subcommand, opens the interactive advisor (type /aide or /help).",
    version: version,
    subcommands: [
      GuideCommand.self, LintCommand.self, QuestionsCommand.self, AssessCommand.self, TrainCommand.self,
      ProfileCommand.self, KeygenCommand.self, DeclareCommand.self, SignCommand.self, VerifyCommand.self, ApproveCommand.self, RegistryCommand.self, ExportCommand.self,
      AskCommand.self,
    ])

  @OptionGroup public var global: GlobalOptions

  @Option(name: .long, help: "Write the session to FILE in the transcript format of Transcripts/.")
  public var record: String?

  public init() {}

  public func run() throws {
    var app = try AppContext.make(options: global)
    if let record {
      app.console.recorder = TranscriptRecorder(path: record)
    }
    let session = ReplSession(app: app)
    ReplFeatures.install(on: session)
    let reader: LineReader
    if isatty(STDIN_FILENO) == 1 {
      reader = EditLineReader(historyPath: app.paths.historyFile) { [weak session] line in
        session?.completions(for: line) ?? []
      }
    } else {
      reader = PlainLineReader()
    }
    InterruptGuard.install()
    session.run(reader: reader)
    if let recorder = app.console.recorder {
      recorder.flush()
      if let failure = recorder.failure {
        throw UserFacingError(Messages.recordFailed.text(session.lang, ["reason": failure]))
      }
    }
  }
}

/// Ctrl-C while a command runs (the terminal is in normal mode then) must not kill the
/// REPL: the signal only sets a flag that long work may check.
enum InterruptGuard {
  nonisolated(unsafe) static var pending: sig_atomic_t = 0

  static func install() {
    signal(SIGINT) { _ in InterruptGuard.pending = 1 }
  }
}
