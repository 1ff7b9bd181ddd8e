import ArgumentParser
import Foundation
import SiaKit
import SiaRegistry

/// `sia export FILE --html [-o OUT]`: a declaration, exemption request, training
/// attestation or approval as one printable, self-contained HTML page, rendered from
/// its signed structured block after verifying it as `sia verify` does. A document
/// that does not verify is refused (exit 1), or with `--allow-invalid` exported with a
/// red warning on top.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write a signed document as printable HTML (A4), after verifying it.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "HTML output (the only format for now).") var html = false
  @Option(name: [.short, .customLong("output")], help: "Output file (default: FILE with .html).") var output: String?
  @Option(
    name: .customLong("allowed-signers"),
    help: "OpenSSH allowed_signers file (default: ~/.config/sia/allowed_signers if present).")
  var allowedSigners: String?
  @Flag(name: .customLong("allow-invalid"), help: "Export a document that does not verify, marked in red.")
  var allowInvalid = false
  @Argument(help: "The document (with its .sig), or its .approval file.") var file: String

  func run() throws {
    let context = try CommandContext.make(options: global)
    guard html else { throw context.fail(Messages.exportNeedsHTML) }
    let now = context.clock.now()
    let (signers, _) = try VerifyCommand.loadAllowedSigners(allowedSigners, context: context)
    let verifier = DocumentVerifier.configured(signers: signers, now: now, context: context, global: global)
    let isApproval = file.hasSuffix(".approval")
    let documentPath = isApproval ? String(file.dropLast(".approval".count)) : file
    _ = try context.read(file)
    guard let document = VerifiedDocument(path: documentPath, verifier: verifier) else {
      throw context.fail(Messages.exportNotSia, [.path: Sanitizer.neutralize(file)])
    }
    let entry = document.entry
    // What `sia verify` calls invalid or unverifiable cannot be relied on: no clean copy of it.
    let holds = entry.outcome != .invalid && entry.outcome != .unverifiable
    if !holds && !allowInvalid {
      let reason =
        entry.problem(context.lang).isEmpty
        ? RegistryLabels(lang: context.lang, today: now.isoDay).signature(entry.signature) : entry.problem(context.lang)
      throw context.fail(Messages.exportRefused, [.path: Sanitizer.neutralize(file), .reason: reason], exitCode: 1)
    }
    let page = DocumentPage(lang: context.lang, today: now.isoDay, generated: now.isoDay)
    let text: String
    if isApproval {
      guard let data = FileManager.default.contents(atPath: file),
        let approval = Approval.parse(String(decoding: data, as: UTF8.self))
      else {
        throw context.fail(Messages.approvalUnreadable, [.path: Sanitizer.neutralize(file)])
      }
      text = page.render(
        approvalOf: document, approval: approval, approvalFileName: URL(fileURLWithPath: file).lastPathComponent)
    } else {
      text = page.render(document: document)
    }
    let target = output ?? ExportCommand.defaultOutput(for: file)
    do {
      try AtomicFile.write(text, to: target, mode: 0o644, overwrite: true)
    } catch {
      throw context.fail(Messages.registryWriteFailed, [.path: Sanitizer.neutralize(target), .reason: "\(error)"])
    }
    context.say(Messages.exportWritten, [.path: Sanitizer.neutralize(target)])
  }

  /// `declaration-….md` → `declaration-….html`; `….md.approval` → `….approval.html`.
  static func defaultOutput(for file: String) -> String {
    file.hasSuffix(".md") ? String(file.dropLast(3)) + ".html" : file + ".html"
  }
}
