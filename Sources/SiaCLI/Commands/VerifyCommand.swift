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
    let tool = try ToolContext.make(options: global)
    tool.warnIfClockPinned()
    let (signers, signersName) = try VerifyCommand.loadAllowedSigners(allowedSigners, tool: tool)
    var verifier = DocumentVerifier.configured(signers: signers, now: tool.clock.now(), tool: tool, global: global)
    verifier.principal = principal
    verifier.namespace = namespace
    if let path = record ?? TrainCommand.rootRecordOption(CommandLine.arguments) {
      tool.console.recorder = TranscriptRecorder(path: path)
    }
    // Every file on every core; the reports, and what is printed, in the order given.
    let reports = verifier.verify(paths: files)
    let worst = DocumentOutcome.worst(reports.map(\.outcome))
    if json {
      let states = reports.concurrentMap { $0.state(lang: tool.lang, currentGuide: verifier.currentGuideVersion) }
      tool.console.say(try VerifyJSON.text(states, outcome: worst))
    } else {
      render(reports, tool: tool, verifier: verifier, signersName: signersName)
    }
    try tool.console.finishRecording(lang: tool.lang)
    if worst != .valid { throw ExitCode(worst.exitCode) }
  }

  func render(_ reports: [VerificationReport], tool: ToolContext, verifier: DocumentVerifier, signersName: String) {
    let renderer = VerifyRenderer(
      lang: tool.lang, allowedSignersName: signersName, currentGuide: verifier.currentGuideVersion,
      width: tool.console.width)
    if show {
      for (index, report) in reports.enumerated() {
        if index > 0 { tool.console.say("") }
        tool.console.say(renderer.render(report))
        showDocument(report, tool: tool)
      }
    } else if !reports.isEmpty {
      // The blocks made on every core, then written at once: the same bytes as one
      // block after the other, blank lines between them.
      tool.console.say(reports.concurrentMap { renderer.render($0) }.joined(separator: "\n\n"))
    }
    guard reports.count > 1 else { return }
    let labels: [(DocumentOutcome, Message)] = [
      (.valid, Messages.outcomeValid), (.invalid, Messages.outcomeInvalid),
      (.unverifiable, Messages.outcomeUnverifiable),
      (.unknownSigner, Messages.outcomeUnknownSigner), (.expired, Messages.outcomeExpired),
      (.verdictStricter, Messages.outcomeStricter), (.exceptionRequest, Messages.outcomeException),
      (.refused, Messages.outcomeRefused),
    ]
    let counts = Dictionary(reports.map { ($0.outcome, 1) }, uniquingKeysWith: +)
    let details = labels.compactMap { outcome, message -> String? in
      let count = counts[outcome] ?? 0
      return count == 0 ? nil : message.text(tool.lang, ["n": "\(count)"])
    }
    tool.console.say("")
    let summary = Messages.verifyOutcomeSummary.text(
      tool.lang, ["count": "\(reports.count)", "details": details.joined(separator: ", ")])
    tool.console.say(ReportLines.wrapped(summary, after: "", width: tool.console.width).joined(separator: "\n"))
  }

  /// The declaration in the reader's language, whatever language it was written in:
  /// rendered from its structured block, which holds every text in both languages. Only
  /// a document that holds (its text is its signed data) is shown.
  func showDocument(_ report: VerificationReport, tool: ToolContext) {
    guard let declaration = report.declaration else { return }
    let file = Sanitizer.neutralize(URL(fileURLWithPath: report.path).lastPathComponent)
    tool.console.say("")
    guard ![.invalid, .unverifiable].contains(report.outcome) else {
      tool.say(Messages.verifyShowRefused, ["file": file])
      return
    }
    tool.say(
      Messages.verifyShowHeading, ["file": file, "written": Messages.languageName(declaration.lang, in: tool.lang)])
    tool.console.say("")
    // One line per answer on a terminal: the document's Markdown line break is for files.
    let text = DeclarationRenderer(declaration, readIn: tool.lang).readable().replacingOccurrences(
      of: "  \n   → ", with: " → ")
    tool.console.say(MarkdownRenderer(console: tool.console).render(text))
  }

  /// The allowed-signers file: explicit, else the default one if it exists. A bad line
  /// matters only for the principals it names, as in OpenSSH: the signer row of such a
  /// principal names the line (see `SignerTrust.malformedLine`).
  static func loadAllowedSigners(_ explicit: String?, tool: ToolContext) throws -> (AllowedSigners?, String) {
    let path = explicit ?? "\(tool.paths.configFolder)/allowed_signers"
    guard let data = FileManager.default.contents(atPath: path) else {
      if explicit != nil { throw tool.fail(Messages.fileMissing, ["path": Sanitizer.neutralize(path)]) }
      return (nil, "allowed_signers")
    }
    let (signers, _) = AllowedSigners.parse(data, file: path)
    return (signers, Sanitizer.neutralize(URL(fileURLWithPath: path).lastPathComponent))
  }
}

extension ToolContext {
  /// `SIA_NOW` changes what a verification or an approval concludes: say it loudly.
  func warnIfClockPinned() {
    if let pinned = clock.pinned { console.warn(Messages.clockPinned.text(lang, ["date": pinned.isoTimestamp])) }
  }

  /// The current guide's version (hash of Knowledge/), nil when no guide is found.
  func currentGuideVersion(_ options: GlobalOptions) -> String? {
    let root = knowledgeRoot(options)
    guard FileManager.default.fileExists(atPath: root) else { return nil }
    return KnowledgeVersion.hash(root: root)
  }
}
