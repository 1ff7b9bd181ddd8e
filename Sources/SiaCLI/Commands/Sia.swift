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
    subcommands: [
      GuideCommand.self, LintCommand.self, QuestionsCommand.self, AssessCommand.self, TrainCommand.self,
      ProfileCommand.self, KeygenCommand.self, DeclareCommand.self, SignCommand.self, VerifyCommand.self,
      ApproveCommand.self,
      RegistryCommand.self, ExportCommand.self,
      AskCommand.self, ScanCommand.self,
    ])

  @OptionGroup public var global: GlobalOptions

  @Option(name: .long, help: "Write the session to FILE in the transcript format of Transcripts/.", completion: .file())
  public var record: String?

  @Flag(name: .long, help: "Show the versions of sia and of the guide it reads.")
  public var version = false

  public init() {}

  public func run() throws {
    if version { return printVersions() }
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
        throw UserFacingError(Messages.recordFailed.text(session.lang, [.reason: failure]))
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

extension Sia {
  /// `--version`: sia's own version, and the guide's (the hash recorded in declarations),
  /// with the folder it was read from, since an installed sia and a checkout may differ.
  func printVersions() {
    let env = ProcessInfo.processInfo.environment
    let lang = (try? global.resolvedLang(env)) ?? Lang.fromEnvironment(env)
    let root = global.knowledgeRoot(env)
    let line =
      KnowledgeLocator.isKnowledgeFolder(root)
      ? Messages.versionLine.text(
        lang, [.sia: Sia.version, .guide: KnowledgeVersion.short(KnowledgeVersion.hash(root: root)), .path: root])
      : Messages.versionNoGuide.text(lang, [.sia: Sia.version, .path: root])
    Console.standard(environment: env, color: global.color).say(line)
  }

  /// The names a first word may take (`help` is argument-parser's own).
  static var subcommandNames: [String] {
    configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
  }

  /// Root options followed by a value, skipped when looking for the subcommand word.
  static let rootOptionsWithValues: Set<String> = ["--lang", "--knowledge", "--record", "--color"]

  /// The interface language before the arguments are parsed: `--lang X` if given, else
  /// the environment's.
  static func languageBeforeParsing(_ arguments: [String]) -> Lang {
    if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
      let lang = Lang(argument: arguments[index + 1])
    {
      return lang
    }
    return Lang.fromEnvironment(ProcessInfo.processInfo.environment)
  }
}
