import ArgumentParser
import Foundation
import SiaKit

/// `sia approve FILE [--refuse] [--comment TEXT]`: the lab head countersigns a signed
/// document (namespace `sia-approval`), recording the decision, the date, a comment and
/// who they are by their own profile (unit, lab head) in `FILE.approval` and its
/// signature `FILE.approval.sig`. Refuses a document that does not hold, an unknown
/// signer (unless `--accept-unknown-signer`), one's own declaration, a unit one does not
/// head, and an exception request without `--grant-exception` or `--refuse`.
struct ApproveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "approve",
    abstract: "As lab head, approve (or --refuse) a signed declaration: writes FILE.approval and its signature.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Record a refusal instead of an approval.") var refuse = false
  @Flag(
    name: .customLong("grant-exception"),
    help: "For an exception request (use forbidden by the guide): grant the exception.")
  var grantException = false
  @Flag(
    name: .customLong("accept-unknown-signer"),
    help: "DANGEROUS: approve although your allowed_signers file does not vouch for the declarant's key.")
  var acceptUnknownSigner = false
  @Option(help: "A comment kept with the decision.") var comment: String = ""
  @Option(help: "Your unencrypted Ed25519 OpenSSH private key (default: the one sia keygen made).") var key: String?
  @Option(name: .customLong("allowed-signers"), help: "OpenSSH allowed_signers file, to check the declarant's key.")
  var allowedSigners: String?
  @Flag(help: "Replace an earlier decision.") var force = false
  @Argument(help: "The signed document.") var file: String

  func run() throws {
    let context = try CommandContext.make(options: global)
    context.warnIfClockPinned()
    let profile = try context.loadProfile() ?? .empty
    guard profile.isComplete else {
      let missing = profile.missingFields + profile.invalidEmails
      throw context.fail(Messages.approveProfileIncomplete, [.fields: missing.joined(separator: " ")])
    }
    let signingKey = try context.signingKey(explicit: key)
    let (signers, _) = try VerifyCommand.loadAllowedSigners(allowedSigners, context: context)
    let verifier = DocumentVerifier.configured(
      signers: signers, now: context.clock.now(), context: context, global: global)
    var signer = ApprovalSigner(key: signingKey, profile: profile, now: context.clock.now())
    signer.acceptUnknownSigner = acceptUnknownSigner
    signer.grantException = grantException
    let approval = try decide(signer, verifier: verifier, context: context)
    if acceptUnknownSigner && verifier.verify(path: file).status == .unknownSigner {
      context.console.warn(Messages.approveUnknownSignerAccepted.text(context.lang))
    }
    if approval.exceptionGranted {
      let grantors = Sanitizer.neutralize(verifier.exceptionGrantors.pick(context.lang))
      let warning = Messages.approveExceptionGranted.text(context.lang, [.grantors: grantors])
      context.console.warn(
        ReportLines.wrapped(warning, after: "", width: context.console.width).joined(separator: "\n"))
    }
    let decision = approval.decision == .approved ? Messages.approveDecisionApproved : Messages.approveDecisionRefused
    let done = Messages.approveDone.text(
      context.lang,
      [
        .decision: decision.text(context.lang), .approval: Sanitizer.neutralize(Approval.path(for: file)),
        .sig: Sanitizer.neutralize(Approval.path(for: file) + ".sig"),
      ])
    context.console.say(ReportLines.wrapped(done, after: "", width: context.console.width).joined(separator: "\n"))
  }

  /// Signs the decision, each refusal a one-line error with the exit status `verify`
  /// would give the same situation (1 invalid, 2 unusable or refused, 3 unknown signer).
  func decide(_ signer: ApprovalSigner, verifier: DocumentVerifier, context: CommandContext) throws -> Approval {
    do {
      return try signer.approve(
        documentPath: file, decision: refuse ? .refused : .approved, comment: comment, verifier: verifier, force: force)
    } catch ApprovalSigner.Failure.documentNotValid(let report) {
      let worst = DocumentOutcome.worst([DocumentOutcome(report.status)] + report.findings.map(\.outcome))
      let reason =
        report.findings.first { $0.outcome == worst }?.text(context.lang) ?? report.problem?.text(context.lang) ?? ""
      throw context.fail(Messages.approveNotValid, [.reason: reason], exitCode: worst.exitCode)
    } catch ApprovalSigner.Failure.unknownSigner(let report) {
      throw context.fail(
        Messages.approveUnknownSignerRefused,
        [
          .principal: Sanitizer.neutralize(report.principal ?? "?"), .trust: report.trust.code,
        ], exitCode: DocumentOutcome.unknownSigner.exitCode)
    } catch ApprovalSigner.Failure.selfApproval {
      throw context.fail(Messages.approveSelf)
    } catch ApprovalSigner.Failure.notLabHead(let unit) {
      throw context.fail(Messages.approveNotLabHead, [.unit: Sanitizer.neutralize(unit)])
    } catch ApprovalSigner.Failure.exceptionNeedsGrant(let report) {
      throw context.fail(
        Messages.approveExceptionNeedsGrant,
        [
          .verdict: report.declaration?.verdict.id.label.text(context.lang) ?? "",
          .grantors: Sanitizer.neutralize((report.exceptionGrantors ?? verifier.exceptionGrantors).pick(context.lang)),
        ], exitCode: DocumentOutcome.exceptionRequest.exitCode)
    } catch ApprovalSigner.Failure.notAnExceptionRequest {
      throw context.fail(Messages.approveNotException)
    } catch ApprovalSigner.Failure.alreadyDecided(let path) {
      throw context.fail(Messages.approveExists, [.path: Sanitizer.neutralize(path)])
    } catch SignedPair.Failure.busy(let path) {
      throw context.fail(Messages.pairBusy, [.path: Sanitizer.neutralize(path)])
    } catch {
      throw context.fail(
        Messages.fileUnwritable, [.path: Sanitizer.neutralize(Approval.path(for: file)), .reason: "\(error)"])
    }
  }
}
