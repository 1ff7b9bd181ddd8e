import ArgumentParser
import Foundation
import SiaKit

/// `sia verify FILE… [--allowed-signers FILE] [--json]`: checks each document's
/// signature and signer, that its text is its signed data, that its verdict is what
/// the rules give, its validity, its guide version and any approval. The exit status is
/// the worst `DocumentOutcome` (README's table): 0 valid, 1 invalid, 2 unverifiable,
/// 3 unknown signer, 4 expired, 5 verdict stricter today, 6 exception request, 7 refused.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract:
      "Verify signed documents and their approvals (exit 0 valid, 1 invalid, 2 unverifiable, 3 unknown signer, 4 expired, 5 verdict stricter today, 6 exception request, 7 refused)."
  )

  @OptionGroup var global: GlobalOptions
  @Option(
    name: .customLong("allowed-signers"),
    help: "OpenSSH allowed_signers file (default: ~/.config/sia/allowed_signers if present).")
  var allowedSigners: String?
  @Option(help: "The signer's e-mail (default: the one the document names).") var principal: String?
  @Option(help: "Namespace (default: from the document kind).") var namespace: String?
  @Flag(help: "Print the result as JSON (schema: docs/schemas/verify.schema.json).") var json = false
  @Flag(help: "Also print each declaration in your language, rendered from its signed data block.") var show = false
  @Option(name: .long, help: "Write the output to FILE in the transcript format of Transcripts/.") var record: String?
  @Argument(help: "The documents to verify (each with its FILE.sig).") var files: [String]

  func run() throws {
    let context = try CommandContext.make(options: global)
    context.warnIfClockPinned()
    let (signers, signersName) = try VerifyCommand.loadAllowedSigners(allowedSigners, context: context)
    var verifier = DocumentVerifier.configured(
      signers: signers, now: context.clock.now(), context: context, global: global)
    verifier.principal = principal
    verifier.namespace = namespace
    if let path = record ?? TrainCommand.rootRecordOption(CommandLine.arguments) {
      context.console.recorder = TranscriptRecorder(path: path)
    }
    let reports = files.map { verifier.verify(path: $0) }
    let worst = DocumentOutcome.worst(reports.map(\.outcome))
    if json {
      let states = reports.map { $0.state(lang: context.lang, currentGuide: verifier.currentGuideVersion) }
      context.console.say(try VerifyJSON.text(states, outcome: worst))
    } else {
      render(reports, context: context, verifier: verifier, signersName: signersName)
    }
    try context.console.finishRecording(lang: context.lang)
    if worst != .valid { throw ExitCode(worst.exitCode) }
  }

  func render(_ reports: [VerificationReport], context: CommandContext, verifier: DocumentVerifier, signersName: String)
  {
    let renderer = VerifyRenderer(
      lang: context.lang, allowedSignersName: signersName, currentGuide: verifier.currentGuideVersion,
      width: context.console.width)
    for (index, report) in reports.enumerated() {
      if index > 0 { context.console.say("") }
      context.console.say(renderer.render(report))
      if show { showDocument(report, context: context) }
    }
    guard reports.count > 1 else { return }
    let labels: [(DocumentOutcome, Message)] = [
      (.valid, Messages.outcomeValid), (.invalid, Messages.outcomeInvalid),
      (.unverifiable, Messages.outcomeUnverifiable),
      (.unknownSigner, Messages.outcomeUnknownSigner), (.expired, Messages.outcomeExpired),
      (.verdictStricter, Messages.outcomeStricter), (.exceptionRequest, Messages.outcomeException),
      (.refused, Messages.outcomeRefused),
    ]
    let details = labels.compactMap { outcome, message -> String? in
      let count = reports.filter { $0.outcome == outcome }.count
      return count == 0 ? nil : message.text(context.lang, [.n: "\(count)"])
    }
    context.console.say("")
    let summary = Messages.verifyOutcomeSummary.text(
      context.lang, [.count: "\(reports.count)", .details: details.joined(separator: ", ")])
    context.console.say(ReportLines.wrapped(summary, after: "", width: context.console.width).joined(separator: "\n"))
  }

  /// The declaration in the reader's language, whatever language it was written in:
  /// rendered from its structured block, which holds every text in both languages. Only
  /// a document that holds (its text is its signed data) is shown.
  func showDocument(_ report: VerificationReport, context: CommandContext) {
    guard let declaration = report.declaration else { return }
    let file = Sanitizer.neutralize(URL(fileURLWithPath: report.path).lastPathComponent)
    context.console.say("")
    guard ![.invalid, .unverifiable].contains(report.outcome) else {
      context.say(Messages.verifyShowRefused, [.file: file])
      return
    }
    context.say(
      Messages.verifyShowHeading, [.file: file, .written: Messages.languageName(declaration.lang, in: context.lang)])
    context.console.say("")
    // One line per answer on a terminal: the document's Markdown line break is for files.
    let text = DeclarationRenderer(declaration, readIn: context.lang).readable().replacingOccurrences(
      of: "  \n   → ", with: " → ")
    context.console.say(MarkdownRenderer(console: context.console).render(text))
  }

  /// The allowed-signers file: explicit, else the default one if it exists. A bad line
  /// matters only for the principals it names, as in OpenSSH: the signer row of such a
  /// principal names the line (see `SignerTrust.malformedLine`).
  static func loadAllowedSigners(_ explicit: String?, context: CommandContext) throws -> (AllowedSigners?, String) {
    let path = explicit ?? "\(context.paths.configFolder)/allowed_signers"
    guard let data = FileManager.default.contents(atPath: path) else {
      if explicit != nil { throw context.fail(Messages.fileMissing, [.path: Sanitizer.neutralize(path)]) }
      return (nil, "allowed_signers")
    }
    let (signers, _) = AllowedSigners.parse(data, file: path)
    return (signers, Sanitizer.neutralize(URL(fileURLWithPath: path).lastPathComponent))
  }
}

extension CommandContext {
  /// `SIA_NOW` changes what a verification or an approval concludes: say it loudly.
  func warnIfClockPinned() {
    if let pinned = clock.pinned { console.warn(Messages.clockPinned.text(lang, [.date: pinned.isoTimestamp])) }
  }

  /// The current guide's version (hash of Knowledge/), nil when no guide is found.
  func currentGuideVersion(_ options: GlobalOptions) -> String? {
    let root = knowledgeRoot(options)
    guard FileManager.default.fileExists(atPath: root) else { return nil }
    return KnowledgeVersion.hash(root: root)
  }
}
