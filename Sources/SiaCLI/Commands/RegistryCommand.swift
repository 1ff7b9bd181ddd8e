import ArgumentParser
import Foundation
import SiaKit
import SiaRegistry

/// `sia registry FOLDER…`: the unit's declarations, exemption requests and training
/// attestations, each verified as `sia verify` does, one line per use, with filters,
/// JSON, CSV and an HTML report. Verifications are kept in an index
/// (`$XDG_DATA_HOME/sia/registry.sqlite`) so a re-run verifies only what changed.
/// Exit status: 0, or 2 for a usage error; what the documents say is the output, not
/// a failure.
struct RegistryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "registry",
    abstract: "List the declarations of folders, verified, with filters, JSON, CSV or an HTML report.")

  @OptionGroup var global: GlobalOptions
  @Option(
    name: .customLong("allowed-signers"),
    help: "OpenSSH allowed_signers file (default: ~/.config/sia/allowed_signers if present).", completion: .file())
  var allowedSigners: String?
  @Flag(help: "Only the uses awaiting the lab head's decision.") var pending = false
  @Option(help: "Only the uses whose validity ends within this time (30d, 4w, 30).") var expiring: String?
  @Option(help: "Only this declarant (part of the name or e-mail).") var declarant: String?
  @Option(help: "Only this AI system (part of its name or provider).") var system: String?
  @Option(
    help: "Only this verdict: ok, conditions, validation, interdit.") var verdict: Verdict?
  @Option(help: "Only documents dated this day or later (YYYY-MM-DD).") var since: String?
  @Option(
    help: "Order: date, declarant, system, verdict, valid-until, approval (default: date).")
  var sort: RegistryQuery.Sort?
  @Flag(help: "JSON on standard output.") var json = false
  @Flag(help: "CSV on standard output.") var csv = false
  @Flag(help: "With --csv: a UTF-8 byte-order mark and CRLF line ends, for spreadsheet programs.") var bom = false
  @Option(help: "Also write an HTML report (table and charts) to this file.", completion: .file(extensions: ["html"]))
  var html: String?
  @Flag(name: .customLong("no-index"), help: "Verify everything again, without reading or writing the index.")
  var noIndex = false
  @Option(name: .long, help: "Write the session to FILE in the transcript format of Transcripts/.", completion: .file())
  var record: String?
  @Argument(help: "Folders (or files) to scan, recursively.", completion: .directory) var folders: [String]

  func run() throws {
    let context = try CommandContext.make(options: global)
    try InputFile.refuseStandardInput(folders, lang: context.lang)
    if let path = record ?? TrainCommand.rootRecordOption(CommandLine.arguments) {
      context.console.recorder = TranscriptRecorder(path: path)
    }
    let now = context.clock.now()
    var query = RegistryQuery(today: now.isoDay)
    try fill(&query, context: context)

    let (signers, _) = try VerifyCommand.loadAllowedSigners(allowedSigners, context: context)
    let verifier = DocumentVerifier.configured(signers: signers, now: now, context: context, global: global)
    let signersText = (allowedSigners ?? "\(context.paths.configFolder)/allowed_signers")
    // Lines hold sentences and labels of this very `sia` too: another build (an upgrade)
    // verifies everything again, as a new guide or allowed-signers file does.
    let build = RunningExecutable.path().flatMap { try? FileManager.default.attributesOfItem(atPath: $0) }
      .map { "\(($0[.size] as? Int) ?? 0)@\(($0[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)" }
    let indexContext = [
      verifier.currentGuideVersion ?? "-",
      InputFile.read(signersText).map(Approval.sha512Hex) ?? "-",
      Sia.version, build ?? "-",
    ].joined(separator: "|")

    let index =
      noIndex ? RegistryIndex() : RegistryIndex(folder: RegistryIndex.dataFolder(environment: context.environment))
    for notice in index.notices { context.console.warn(notice.problem.text(context.lang)) }
    let roots = folders.map(RegistryCommand.absolute)
    let scanner = RegistryScanner(verifier: verifier, context: indexContext)
    let outcome: RegistryScanner.Outcome
    do {
      outcome = try scanner.scan(roots, index: index)
    } catch {
      throw context.fail(Messages.registryWriteFailed, [.path: RegistryIndex.fileName, .reason: "\(error)"])
    }
    for folder in outcome.unreadableFolders {
      // A mistyped folder is not a permission problem: same outcome (skipped), own words.
      let message =
        FileManager.default.fileExists(atPath: folder)
        ? Messages.registryUnreadableFolder : Messages.registryMissingFolder
      context.console.warn(message.text(context.lang, [.path: Sanitizer.neutralize(display(folder))]))
    }
    // The terminal table reads only its own columns; a declarant's to-do list (one
    // person's folder, no filter) reads every field again.
    let tableOnly = html == nil && !json && !csv
    var entries = try index.entries(under: roots, matching: query, withStates: json, detail: tableOnly ? .table : .all)
    if tableOnly, query.isUnfiltered, RegistryTodo.soleDeclarant(entries) != nil {
      entries = try index.entries(under: roots, matching: query)
    }
    let labels = RegistryLabels(lang: context.lang, today: query.today, soonDays: query.expiringWithinDays ?? 30)
    let summary = RegistrySummary(entries, today: query.today, days: query.expiringWithinDays ?? 30)

    if let html {
      let page = RegistryReport(labels: labels, generated: now.isoTimestamp).render(
        entries, summary: summary, displayPath: display)
      do {
        try AtomicFile.write(page, to: html, mode: 0o644, overwrite: true)
      } catch {
        throw context.fail(Messages.registryWriteFailed, [.path: Sanitizer.neutralize(html), .reason: "\(error)"])
      }
    }
    if json {
      context.console.say(try RegistryExport.json(entries.map(relativized), labels: labels, summary: summary))
    } else if csv {
      let text = String(
        decoding: try RegistryExport.csv(entries.map(relativized), labels: labels, bom: bom), as: UTF8.self)
      context.console.say(String(text.dropLast()))  // CR LF is one Character
    } else {
      printTable(
        entries, labels: labels, summary: summary, outcome: outcome, unfiltered: query.isUnfiltered,
        context: context)
    }
    if let html {
      context.console.warn(Messages.registryWritten.text(context.lang, [.path: Sanitizer.neutralize(html)]))
    }
    try context.console.finishRecording(lang: context.lang)
  }

  func printTable(
    _ entries: [RegistryEntry], labels: RegistryLabels, summary: RegistrySummary, outcome: RegistryScanner.Outcome,
    unfiltered: Bool, context: CommandContext
  ) {
    let width = RegistryCommand.terminalWidth(context.environment)
    // A sentence folded between words on a narrow terminal, whole in a pipe.
    func say(_ text: String, indent: String = "", continuation: String = "") {
      guard let width else { return context.console.say(indent + text) }
      for line in RegistryTable.fold(text, width: width, indent: indent, continuation: continuation) {
        context.console.say(line)
      }
    }
    if entries.isEmpty {
      context.say(
        outcome.new + outcome.changed + outcome.unchanged == 0 ? Messages.registryEmpty : Messages.registryNoMatch)
    } else {
      // One write for the whole table (50,000 lines), not one per line.
      context.console.say(RegistryTable(labels: labels).render(entries, width: width).joined(separator: "\n"))
    }
    context.console.say("")
    say(
      Messages.registrySummary.text(
        context.lang,
        [
          .count: "\(summary.count)", .pending: "\(summary.pending)", .approved: "\(summary.approved)",
          .refused: "\(summary.refused)", .expiring: "\(summary.expiring)", .days: "\(summary.days)",
          .outcomes: labels.outcomes(summary),
        ]))
    say(
      Messages.registryIndexStats.text(
        context.lang,
        [
          .new: "\(outcome.new)", .changed: "\(outcome.changed)", .unchanged: "\(outcome.unchanged)",
          .removed: "\(outcome.removed)", .ignored: "\(outcome.ignored)",
        ]))
    // A declarant's own folder (one person, no filter): what each document still needs.
    if unfiltered, let name = RegistryTodo.soleDeclarant(entries) {
      let items = RegistryTodo.items(entries, labels: labels, displayPath: display)
      context.console.say("")
      if items.isEmpty {
        say(Messages.registryMissingNothing.text(context.lang))
      } else {
        say(Messages.registryMissingTitle.text(context.lang, [.name: Sanitizer.neutralize(name)]))
        for item in items { say(item, indent: "  - ", continuation: "    ") }
      }
    }
  }

  /// The filters, checked: a malformed one is a usage error (exit 64) naming the value;
  /// --verdict and --sort are typed (ClosedSets.swift), checked by the parser.
  func fill(_ query: inout RegistryQuery, context: CommandContext) throws {
    query.pending = pending
    query.declarant = declarant
    query.system = system
    if let expiring {
      guard let days = RegistryQuery.days(expiring) else {
        throw context.fail(
          Messages.registryBadDuration, [.value: Sanitizer.neutralize(expiring)], exitCode: ExitStatus.usage)
      }
      query.expiringWithinDays = days
    }
    query.verdict = verdict
    if let since {
      guard RegistryQuery.isDay(since) else {
        throw context.fail(Messages.registryBadDate, [.value: Sanitizer.neutralize(since)], exitCode: ExitStatus.usage)
      }
      query.since = since
    }
    if let sort { query.sort = sort }
  }

  /// The terminal's width for the table (`COLUMNS`, else the terminal's own), nil when
  /// the output is not a terminal: a pipe or a file gets the whole table.
  static func terminalWidth(_ environment: [String: String]) -> Int? {
    if let columns = Int(environment["COLUMNS"] ?? ""), columns > 0 { return columns }
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
  }

  static func absolute(_ path: String) -> String {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    let text = url.path
    return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
  }

  /// A path as the user would write it: relative to the current folder when below it.
  func display(_ path: String) -> String {
    let current = FileManager.default.currentDirectoryPath
    let prefix = current.hasSuffix("/") ? current : current + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }

  func relativized(_ entry: RegistryEntry) -> RegistryEntry {
    var entry = entry
    entry.path = display(entry.path)
    return entry
  }
}
