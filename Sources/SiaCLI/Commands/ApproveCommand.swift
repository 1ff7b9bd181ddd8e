import ArgumentParser
import Foundation
import SiaKit

/// `sia approve FILE [--refuse] [--comment TEXT]`: the lab head countersigns a signed
/// document (namespace `sia-approval`), recording the decision, the date and a comment
/// in `FILE.approval` and its signature `FILE.approval.sig`.
struct ApproveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "approve", abstract: "As lab head, approve (or --refuse) a signed declaration: writes FILE.approval and its signature.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Record a refusal instead of an approval.") var refuse = false
  @Option(help: "A comment kept with the decision.") var comment: String = ""
  @Option(help: "Your unencrypted Ed25519 OpenSSH private key (default: the one sia keygen made).") var key: String?
  @Option(name: .customLong("allowed-signers"), help: "OpenSSH allowed_signers file, to check the declarant's key.")
  var allowedSigners: String?
  @Flag(help: "Replace an earlier decision.") var force = false
  @Argument(help: "The signed document.") var file: String

  func run() throws {
    let tool = try ToolContext.make(options: global)
    tool.warnIfClockPinned()
    let profile = try tool.loadProfile()
    guard let me = profile?.declarant, !me.name.isEmpty, Person.isValidEmail(me.email) else {
      throw UserFacingError(ProfileError.incomplete(["--name", "--email"]).text(tool.lang))
    }
    let signingKey = try tool.signingKey(explicit: key)
    let (signers, _) = try VerifyCommand.loadAllowedSigners(allowedSigners, tool: tool)
    let verifier = DocumentVerifier(allowedSigners: signers, now: tool.clock.now())
    let signer = ApprovalSigner(key: signingKey, approver: me, now: tool.clock.now())
    let approval: Approval
    do {
      approval = try signer.approve(
        documentPath: file, decision: refuse ? .refused : .approved, comment: comment, verifier: verifier, force: force)
    } catch ApprovalSigner.Failure.documentNotValid(let report) {
      let reason = report.problem?.text(tool.lang) ?? ""
      throw tool.fail(Messages.approveNotValid, ["reason": reason], exitCode: report.status == .invalid ? 1 : 2)
    } catch ApprovalSigner.Failure.alreadyDecided(let path) {
      throw tool.fail(Messages.approveExists, ["path": Sanitizer.neutralize(path)])
    } catch SignedPair.Failure.busy(let path) {
      throw tool.fail(Messages.pairBusy, ["path": Sanitizer.neutralize(path)])
    } catch {
      throw tool.fail(Messages.fileUnwritable, ["path": Sanitizer.neutralize(Approval.path(for: file)), "reason": "\(error)"])
    }
    if verifier.verify(path: file).status == .unknownSigner { tool.console.warn(Messages.approveUnknownSigner.text(tool.lang)) }
    let decision = approval.decision == .approved ? Messages.approveDecisionApproved : Messages.approveDecisionRefused
    tool.say(Messages.approveDone, [
      "decision": decision.text(tool.lang), "approval": Sanitizer.neutralize(Approval.path(for: file)),
      "sig": Sanitizer.neutralize(Approval.path(for: file) + ".sig"),
    ])
  }
}
