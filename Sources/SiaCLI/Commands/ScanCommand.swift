import ArgumentParser
import Foundation
import SiaKit

/// `sia scan FILE…|-`: what a text holds before it is pasted into an AI system. Exit 0
/// when nothing is found, 1 when something is, 2 when a file cannot be scanned (like a
/// linter; `ExitStatus`).
struct ScanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scan",
    abstract:
      "Find identifying, health and secret content in a text before pasting it (exit 0 nothing, 1 found, 2 error).")

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Files to scan; - reads standard input.")
  var files: [String] = []

  @Flag(name: .long, help: "Print a JSON report for scripts.")
  var json = false

  @Flag(name: .long, help: "Also show low-confidence findings (unknown capitalised words).")
  var all = false

  @Option(name: .long, help: "Write a pseudonymised copy to OUT (and its correspondence table to OUT.table.tsv).")
  var pseudonymise: String?

  @Option(name: .long, help: "Where to write the correspondence table (default: OUT.table.tsv).")
  var table: String?

  @Option(name: .long, help: "Write the session to FILE in the transcript format of Transcripts/.")
  var record: String?

  func run() throws {
    let env = ProcessInfo.processInfo.environment
    let lang = try global.resolvedLang(env)
    guard !files.isEmpty else { throw UserFacingError(Messages.scanNoFile.text(lang)) }
    let root = global.knowledgeRoot(env)
    let console = Console.standard(environment: env)
    if let path = record ?? TrainCommand.rootRecordOption(CommandLine.arguments) {
      console.recorder = TranscriptRecorder(path: path)
    }
    let scanner = ScanSetup.scanner(knowledgeRoot: root, lang: lang) { console.warn(Sanitizer.neutralize($0)) }
    // Wrapped to a terminal; piped into a file or a script, every finding stays on one line.
    let renderer = ScanRenderer(lang: lang, showLow: all, width: isatty(STDOUT_FILENO) == 1 ? console.width : 0)
    if let output = pseudonymise {
      let status = try runPseudonymise(
        scanner: scanner, output: output, lang: lang, renderer: renderer, console: console)
      try console.finishRecording(lang: lang)
      throw ExitCode(status)
    }
    var reports: [ScanReport] = []
    var failed = false
    for file in files {
      switch ScanSetup.scan(file, scanner: scanner, lang: lang) {
      case .success(let report): reports.append(report)
      case .failure(let problem):
        failed = true
        console.warn("sia: " + Sanitizer.neutralize(problem.text(lang)))
      }
    }
    if json {
      console.say(renderer.json(reports))
    } else {
      for report in reports { console.say(renderer.text(report)) }
      if reports.count > 1 {
        let total = ScanReport.merged(reports, source: Messages.scanTotal.text(lang, [.files: "\(reports.count)"]))
        console.say(renderer.text(total, findings: false))
      }
    }
    try console.finishRecording(lang: lang)
    throw ExitCode(ScanSetup.exitCode(reports: reports, failed: failed))
  }

  /// Writes the pseudonymised copy and its table; returns the exit status.
  func runPseudonymise(scanner: TextScanner, output: String, lang: Lang, renderer: ScanRenderer, console: Console)
    throws -> Int32
  {
    guard files.count == 1 else { throw UserFacingError(Messages.scanPseudonymiseOneFile.text(lang)) }
    let tablePath = table ?? output + ".table.tsv"
    let input = files[0]
    let same = [output, tablePath].contains {
      $0 == input || URL(fileURLWithPath: $0).standardized.path == URL(fileURLWithPath: input).standardized.path
    }
    guard !same, output != tablePath else { throw UserFacingError(Messages.scanPseudonymiseSame.text(lang)) }
    let opened = ScanSetup.open(input, lang: lang)
    guard case .success(let (fd, source)) = opened else {
      if case .failure(let problem) = opened { throw UserFacingError(problem.text(lang)) }
      return ExitStatus.input
    }
    defer { if fd != STDIN_FILENO { close(fd) } }
    switch scanner.pseudonymise(fileDescriptor: fd, source: source, output: output, table: tablePath) {
    case .failure(let problem):
      throw UserFacingError(problem.message(source: source).text(lang))
    case .success(let (report, codes)):
      if json {
        console.say(renderer.json([report]))
      } else {
        console.say(renderer.text(report))
        console.say(
          Messages.scanPseudonymised.text(
            lang,
            [.output: Sanitizer.neutralize(output), .table: Sanitizer.neutralize(tablePath), .codes: "\(codes)"]))
        console.say(Messages.scanPseudonymisedWarning.text(lang))
      }
      return ScanSetup.exitCode(reports: [report], failed: false)
    }
  }
}
