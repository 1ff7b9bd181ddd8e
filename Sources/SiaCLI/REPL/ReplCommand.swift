import SiaKit

/// One slash command: its French name, English aliases, help line, argument
/// completion and action. The one table of these drives /aide, Tab and "did you mean".
public struct ReplCommand {
  public var name: String
  public var aliases: [String]
  /// Shown in the help after the name, e.g. "fr|en" or "ID".
  public var arguments: String?
  public var summary: Message
  public var complete: (ReplSession, String) -> [String]
  public var run: (ReplSession, String) -> Void

  public init(
    _ name: String, aliases: [String] = [], arguments: String? = nil, summary: Message,
    complete: @escaping (ReplSession, String) -> [String] = { _, _ in [] },
    run: @escaping (ReplSession, String) -> Void
  ) {
    self.name = name
    self.aliases = aliases
    self.arguments = arguments
    self.summary = summary
    self.complete = complete
    self.run = run
  }

  public func matches(_ typed: String) -> Bool {
    let lowered = typed.lowercased()
    return lowered == name || aliases.contains(lowered)
  }
}

/// A dialogue that owns the input for a while (the interview, a training session):
/// lines that are not slash commands go to it, and it may add its own commands.
public protocol Conversation: AnyObject {
  /// The prompt while it runs, e.g. `sia[évaluation 3/14]> `.
  var prompt: String { get }
  /// Commands available only during this conversation (e.g. /retour).
  var commands: [ReplCommand] { get }
  /// Handles a line that is not a command.
  func handle(_ line: String, session: ReplSession)
  /// Ctrl-C: cancel the current question and show it again (nothing is lost).
  func interrupt(session: ReplSession)
  /// True while the conversation takes every line as it is (pasted text): no command,
  /// no history, and Ctrl-D ends the paste instead of the session.
  var takesRawInput: Bool { get }
  /// Ctrl-D while `takesRawInput`.
  func endOfInput(session: ReplSession)
  /// True when an empty line means something (Enter keeps the value shown).
  var acceptsEmptyLine: Bool { get }
}

extension Conversation {
  public var commands: [ReplCommand] { [] }
  public var takesRawInput: Bool { false }
  public func endOfInput(session: ReplSession) {}
  public var acceptsEmptyLine: Bool { false }
}
