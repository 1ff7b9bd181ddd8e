/// A reason ready for the user in either language: a catalogue message and its values.
public struct LocalizedProblem: Equatable, Sendable, CustomStringConvertible {
  public var message: Message
  public var arguments: [MessageArgument: String]

  public init(_ message: Message, _ arguments: [MessageArgument: String] = [:]) {
    self.message = message
    self.arguments = arguments
  }

  public init(_ error: SSHSignatureError) { self.init(error.message, error.arguments) }

  public func text(_ lang: Lang) -> String { message.text(lang, arguments) }

  public var description: String { text(.en) }

  public static func == (a: LocalizedProblem, b: LocalizedProblem) -> Bool {
    a.message.key == b.message.key && a.arguments == b.arguments
  }
}
