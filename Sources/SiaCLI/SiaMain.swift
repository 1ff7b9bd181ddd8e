import ArgumentParser
import Foundation

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
      FileHandle.standardError.write(Data("sia: \(message)\n".utf8))
      exit(ExitStatus.usage)
    }
    do {
      var command = try Sia.parseAsRoot()
      try command.run()
    } catch let error as UserFacingError {
      FileHandle.standardError.write(Data("sia: \(error.message)\n".utf8))
      exit(error.exitCode)
    } catch {
      Sia.exit(withError: error)
    }
  }
}
