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
      printError(message)
      exit(ExitStatus.usage)
    }
    do {
      var command: ParsableCommand
      if let batch = BatchArguments.split(arguments), var verify = try Sia.parseAsRoot(batch.parser) as? VerifyCommand {
        verify.files = batch.files
        command = verify
      } else {
        command = try Sia.parseAsRoot()
      }
      try command.run()
    } catch let error as UserFacingError {
      printError(error.message)
      exit(error.exitCode)
    } catch {
      // ArgumentParser's own messages (help, a bad option quoting its value) go out
      // neutralised too, on the stream and with the status it would use.
      let code = Sia.exitCode(for: error)
      // Built unwrapped, then put into the interface language and wrapped between words.
      let environment = ProcessInfo.processInfo.environment
      let lang = HelpTranslation.language(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment)
      let width = Console.standard(environment: environment).width
      let raw = Sia.fullMessage(for: error, columns: 10_000)
      if let line = HelpTranslation.oneLineValueError(raw, lang: lang) {
        printError(line)
        exit(ExitStatus.usage)
      }
      // The parser's machine outputs (--experimental-dump-help JSON, read by the man page
      // generator; completion scripts) are data: neither translated nor wrapped.
      let isData = arguments.contains {
        SubcommandSuggestion.parserOptions.contains($0) && $0.hasPrefix("--") && $0 != "--help"
      }
      var message = isData ? raw : HelpTranslation.translate(raw, lang: lang, width: width)
      // …except the help texts of the dump, which become the French man pages.
      if arguments.contains("--experimental-dump-help") {
        if lang == .fr { message = HelpTranslation.frenchDump(raw) }
        if environment["SIA_MANUAL_ASCII"] == "1" { message = HelpTranslation.asciiPlaceholders(message) }
      }
      if !message.isEmpty {
        let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        // A closed pipe (`sia --help | head`) must end quietly: the throwing write.
        try? stream.write(contentsOf: Data(Sanitizer.neutralize(message + "\n").utf8))
      }
      exit(code.rawValue)
    }
  }

  /// `sia: MESSAGE` on standard error: on a terminal, wrapped between words (a refusal
  /// can be three sentences long); piped, one line, as scripts and tests read it.
  static func printError(_ text: String) {
    var message = "sia: \(text)"
    if isatty(STDERR_FILENO) == 1 {
      let width = Console.standard(environment: ProcessInfo.processInfo.environment).width
      message = ReportLines.wrapped(text, after: "sia: ", width: width).joined(separator: "\n")
    }
    try? FileHandle.standardError.write(contentsOf: Data(Sanitizer.neutralize(message + "\n").utf8))
  }
}
