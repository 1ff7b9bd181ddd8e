import Foundation
import SiaKit

/// What the document commands need — language, clock, XDG paths, console — without
/// loading the guide: profile, keys and signatures must work even with no guide at hand.
/// (`AppContext` is the one with the knowledge loaded; "tool" names the AI systems.)
struct CommandContext {
  var lang: Lang
  var clock: Clock
  var paths: Paths
  var console: Console
  var environment: [String: String]
  /// In the REPL, sentences are wrapped to the terminal width (a terminal cuts words);
  /// a shell command prints them whole, for pipes and scripts.
  var wraps = false

  static func make(options: GlobalOptions) throws -> CommandContext {
    let env = ProcessInfo.processInfo.environment
    return CommandContext(
      lang: try options.resolvedLang(env), clock: Clock.fromEnvironment(env), paths: Paths(environment: env),
      console: Console.standard(environment: env, color: options.color), environment: env)
  }

  func say(_ message: Message, _ args: [MessageArgument: String] = [:]) { say(message.text(lang, args)) }

  /// A text, wrapped when `wraps`; continuation lines are indented under `indent`.
  func say(_ text: String, indent: String = "") {
    guard wraps else { return console.say(indent + text) }
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      console.say(wrap(String(paragraph), width: console.width, indent: indent).joined(separator: "\n"))
    }
  }

  /// A one-line error for the user, exit status 2 unless told.
  func fail(_ message: Message, _ args: [MessageArgument: String] = [:], exitCode: Int32 = 2) -> UserFacingError {
    UserFacingError(message.text(lang, args), exitCode: exitCode)
  }

  func fail(_ error: SSHKeyError) -> UserFacingError { UserFacingError(error.text(lang), exitCode: 2) }

  /// The signing key: `--key FILE` when given, else the one `sia keygen` made.
  func signingKey(explicit: String?) throws -> OpenSSHPrivateKey {
    let store = explicit.map { KeyStore(privateKeyPath: $0) } ?? KeyStore(paths: paths)
    do {
      return try store.load()
    } catch let error as SSHKeyError {
      throw fail(error)
    }
  }

  /// Reads a whole file, or fails with « Fichier introuvable ».
  func read(_ path: String) throws -> Data {
    guard let data = InputFile.read(path) else {
      throw fail(Messages.fileMissing, [.path: Sanitizer.neutralize(path)])
    }
    return data
  }

  /// The stored profile (nil when none yet); an unreadable one is a one-line error.
  func loadProfile() throws -> Profile? {
    do { return try Profile.load(paths) } catch let error as ProfileError { throw UserFacingError(error.text(lang)) }
  }
}
