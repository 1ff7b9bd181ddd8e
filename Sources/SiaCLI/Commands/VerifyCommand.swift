import ArgumentParser
import Foundation
import SiaKit

/// `sia verify FILE… [--allowed-signers FILE]`: checks each document's signature, its
/// signer, its validity period, its guide version and any approval. Exit status: 0 all
/// valid and trusted, 1 one is invalid or tampered, 2 a file or signature is missing or
/// unreadable, 3 valid signatures but an unknown signer (the worst case wins).
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify", abstract: "Verify signed documents and their approvals (exit 0 valid, 1 invalid, 2 error, 3 unknown signer).")

  @OptionGroup var global: GlobalOptions
  @Option(name: .customLong("allowed-signers"), help: "OpenSSH allowed_signers file (default: ~/.config/sia/allowed_signers if present).")
  var allowedSigners: String?
  @Option(help: "The signer's e-mail (default: the one the document names).") var principal: String?
  @Option(help: "Namespace (default: from the document kind).") var namespace: String?
  @Argument(help: "The documents to verify (each with its FILE.sig).") var files: [String]

  func run() throws {
    let tool = try ToolContext.make(options: global)
    tool.warnIfClockPinned()
    let (signers, signersName) = try VerifyCommand.loadAllowedSigners(allowedSigners, tool: tool)
    var verifier = DocumentVerifier(allowedSigners: signers, now: tool.clock.now(), currentGuideVersion: tool.currentGuideVersion(global))
    verifier.principal = principal
    verifier.namespace = namespace
    if verifier.currentGuideVersion != nil {
      let root = tool.knowledgeRoot(global)
      verifier.loadModel { DecisionLoader.load(root: root).model }
    }
    let renderer = VerifyRenderer(lang: tool.lang, allowedSignersName: signersName, currentGuide: verifier.currentGuideVersion)
    var statuses: [VerificationReport.Status] = []
    for (index, file) in files.enumerated() {
      let report = verifier.verify(path: file)
      if index > 0 { tool.console.say("") }
      tool.console.say(renderer.render(report))
      statuses.append(report.overallStatus)
    }
    if files.count > 1 {
      let count = { (status: VerificationReport.Status) in "\(statuses.filter { $0 == status }.count)" }
      tool.console.say("")
      tool.say(Messages.verifySummary, [
        "count": "\(files.count)", "trusted": count(.trusted), "unknown": count(.unknownSigner),
        "invalid": count(.invalid), "unusable": count(.unusable),
      ])
    }
    let worst = VerificationReport.Status.worst(statuses)
    if worst != .trusted { throw ExitCode(worst.rawValue) }
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
