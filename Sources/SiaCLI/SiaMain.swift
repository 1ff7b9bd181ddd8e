import ArgumentParser
import Foundation
import SiaKit

/// Entry point: parses the command line and maps every outcome to an exit status in
/// one place. User-facing errors print one clear line, never a stack trace.
public enum SiaMain {
  public static func main() {
    signal(SIGPIPE, SIG_IGN)
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let (word, rest) = SubcommandSuggestion.firstWord(arguments, optionsWithValues: Sia.rootOptionsWithValues),
      let message = SubcommandSuggestion(subcommands: Sia.subcommandNames).message(
        for: word, rest: rest, lang: Sia.languageBeforeParsing(arguments))
    {
      FileHandle.standardError.write(Data(Sanitizer.neutralize("sia: \(message)\n").utf8))
      exit(ExitStatus.usage)
    }
    do {
      var command = try Sia.parseAsRoot()
      try command.run()
    } catch let error as UserFacingError {
      FileHandle.standardError.write(Data(Sanitizer.neutralize("sia: \(error.message)\n").utf8))
      exit(error.exitCode)
    } catch {
      // ArgumentParser's own messages (help, a bad option quoting its value) go out
      // neutralised too, on the stream and with the status it would use.
      let code = Sia.exitCode(for: error)
      // Built unwrapped, then put into the interface language and wrapped between words.
      let environment = ProcessInfo.processInfo.environment
      let lang = HelpTranslation.language(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment)
      let width = Console.standard(environment: environment).width
      let message = HelpTranslation.translate(Sia.fullMessage(for: error, columns: 10_000), lang: lang, width: width)
      if !message.isEmpty {
        let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        stream.write(Data(Sanitizer.neutralize(message + "\n").utf8))
      }
      exit(code.rawValue)
    }
  }
}
