import Foundation
import SiaKit

/// The REPL: one loop over a `LineReader`, dispatching slash commands from the command
/// table and giving other lines to the active conversation or to the guide search.
public final class ReplSession {
  public let app: AppContext
  public var lang: Lang
  public var console: Console { app.console }
  public var knowledge: KnowledgeBase { app.knowledge }
  /// The dialogue that owns the input, if any.
  public var conversation: Conversation?
  /// What to do with free text outside a conversation (the guide search).
  public var answerFreeText: (ReplSession, String) -> Void = { session, _ in
    session.say(Messages.freeTextPending)
  }
  /// What the features keep between commands (the last search for `/plus`, …).
  var featureState = ReplFeatureState()
  public private(set) var isRunning = true
  /// Run by a shell command (`sia train`), not the REPL: advice names shell commands.
  public var fromShell = false

  public static let defaultPrompt = "sia> "

  public init(app: AppContext) {
    self.app = app
    self.lang = app.lang
  }

  public var commands: [ReplCommand] {
    (conversation?.commands ?? []) + ReplCommands.all
  }

  public var prompt: String { conversation?.prompt ?? ReplSession.defaultPrompt }

  /// A catalogue sentence, wrapped to the terminal width when longer (never cut inside
  /// a word by the terminal).
  public func say(_ message: Message, _ args: [MessageArgument: String] = [:]) {
    let text = message.text(lang, args)
    let fits = text.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy {
      visibleLength($0) <= console.width
    }
    if fits { console.say(text) } else { sayWrapped(text) }
  }

  public func say(_ text: String) { console.say(text) }

  public func stop() { isRunning = false }

  public func run(reader: LineReader) {
    say(Messages.banner, [.institut: knowledge.institute.value("institut") ?? ""])
    announceWaiting()
    while isRunning {
      let prompt = self.prompt
      switch reader.read(prompt: prompt) {
      case .endOfInput where conversation?.takesRawInput == true:
        console.echoInput(prompt: prompt, line: "^D")
        // The terminal left the cursor after the prompt: the report starts on a line of its own.
        if reader is EditLineReader { console.say("") }
        conversation?.endOfInput(session: self)
      case .endOfInput:
        console.echoInput(prompt: prompt, line: "^D")
        sayGoodbye()
        isRunning = false
      case .interrupt:
        console.echoInput(prompt: prompt, line: "^C")
        // The terminal left the cursor after the abandoned text: end that line first.
        if reader is EditLineReader { console.say("^C") }
        conversation?.interrupt(session: self)
      case .line(let line):
        console.echoInput(prompt: prompt, line: line)
        if let size = reader.lastTruncatedSize {
          say(Messages.lineTooLong, [.size: "\(size)", .limit: "\(reader.maxLineBytes)"])
        }
        // Pasted text (/verifier) is never remembered: it may hold anything.
        if let conversation, conversation.takesRawInput {
          conversation.handle(line, session: self)
          continue
        }
        // Answers to an interview, a training or a form are not commands worth recalling.
        if conversation == nil || line.hasPrefix("/") { reader.remember(line) }
        if let problem = reader.takeHistoryProblem() {
          say(Messages.historyNotSaved, [.reason: problem])
        }
        execute(line)
      }
    }
    reader.close()
  }

  /// Runs one typed line: a slash command, a conversation answer, or a question.
  public func execute(_ rawLine: String) {
    let line = rawLine.trimmingCharacters(in: .whitespaces)
    guard !line.isEmpty || conversation?.acceptsEmptyLine == true else { return }
    if line.hasPrefix("/") {
      let body = line.dropFirst()
      let name = String(body.prefix { $0 != " " })
      let arguments = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
      if let command = commands.first(where: { $0.matches(name) }) {
        command.run(self, arguments)
      } else {
        reportUnknown(name)
      }
      return
    }
    if let conversation {
      conversation.handle(line, session: self)
    } else {
      answerFreeText(self, line)
    }
  }

  func reportUnknown(_ name: String) {
    let shown = "/" + Sanitizer.neutralize(String(name.prefix(40)))
    let names = commands.flatMap { [$0.name] + $0.aliases }.filter { $0.count > 1 }
    let limit = min(3, max(1, name.count / 2))
    if !name.isEmpty, let suggestion = EditDistance.closest(to: name.lowercased(), in: names, limit: limit) {
      say(Messages.unknownCommand, [.command: shown, .suggestion: "/" + suggestion])
    } else {
      say(Messages.unknownCommandNoHint, [.command: shown])
    }
  }

  func completions(for lineBeforeCursor: String) -> [String] {
    Completion.candidates(for: lineBeforeCursor, commands: commands, session: self)
  }
}
