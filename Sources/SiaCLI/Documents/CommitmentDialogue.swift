import Foundation
import SiaKit

/// Asks the declarant to accept each required action, one by one, with an explicit
/// `oui`/`yes`. Reads standard input (a terminal or a script's pipe); `--accept-all`
/// skips the questions. Stops at the first refusal: one is enough to produce nothing.
struct CommitmentDialogue {
  var context: CommandContext
  var acceptAll: Bool
  var readLine: () -> String? = { Swift.readLine() }
  var interactive = isatty(STDIN_FILENO) == 1

  func ask(_ assessment: AssessmentSummary) throws -> Set<String> {
    let actions = assessment.actions
    if acceptAll || actions.isEmpty || assessment.verdict.id == .interdit { return Set(actions.map(\.id)) }
    context.say(Messages.declareCommitmentsTitle, [.count: "\(actions.count)"])
    var accepted = Set<String>()
    for (index, action) in actions.enumerated() {
      let text = Sanitizer.neutralize(action.text.pick(context.lang))
      var answer: Bool?
      while answer == nil {
        let prompt = Messages.declareCommitmentPrompt.text(
          context.lang,
          [
            .index: "\(index + 1)", .count: "\(actions.count)", .text: text,
          ])
        // On a terminal the answer follows the prompt; from a pipe, echo it so the output reads the same.
        if interactive { context.console.emit(prompt) }
        guard let line = readLine() else {
          if !interactive { context.console.say(prompt) }
          throw context.fail(Messages.declareNoAnswer, [.commitment: text], exitCode: 1)
        }
        if !interactive { context.console.say(prompt + Sanitizer.neutralize(line)) }
        answer = CommitmentDialogue.parse(line)
        if answer == nil { context.say(Messages.declareCommitmentRetry) }
      }
      guard answer == true else { return accepted }
      accepted.insert(action.id)
    }
    return accepted
  }

  /// `oui`/`o`/`yes`/`y` → true, `non`/`n`/`no` → false, anything else → ask again.
  static func parse(_ line: String) -> Bool? {
    switch line.trimmingCharacters(in: .whitespaces).lowercased() {
    case "oui", "o", "yes", "y": return true
    case "non", "n", "no": return false
    default: return nil
    }
  }
}

/// Builds, writes, signs and announces a declaration (shared by `sia declare` and the
/// REPL's /declaration).
struct DeclarationWriting {
  var context: CommandContext
  var folder: String
  var slug: String?
  var force: Bool
  var key: OpenSSHPrivateKey?
  /// What to say when there is no key: `--no-sign` was asked, or no key exists yet.
  var unsignedReason = Messages.declareNotSigned

  @discardableResult
  func produce(_ builder: DeclarationBuilder) throws -> String {
    let declaration: Declaration
    do {
      declaration = try builder.build()
    } catch let refusal as DeclarationRefusal {
      throw UserFacingError(refusal.text(context.lang), exitCode: 1)
    }
    let path: String
    let signature: SSHSignature?
    do {
      (path, signature) = try DeclarationFile.writeSigned(
        declaration, folder: folder, slug: slug, force: force, key: key)
    } catch AtomicFile.Failure.exists(let existing) {
      throw context.fail(Messages.declareExists, [.path: Sanitizer.neutralize(existing)])
    } catch SignedPair.Failure.busy(let busy) {
      throw context.fail(Messages.pairBusy, [.path: Sanitizer.neutralize(busy)])
    } catch {
      throw context.fail(Messages.fileUnwritable, [.path: Sanitizer.neutralize(folder), .reason: "\(error)"])
    }
    context.say(Messages.declareWritten, [.path: Sanitizer.neutralize(path)])
    if declaration.isContested { context.say(Messages.declareContested) }
    if let signature {
      context.say(
        Messages.signDone,
        [
          .sig: Sanitizer.neutralize(path + ".sig"), .fingerprint: signature.publicKey.fingerprint,
          .namespace: signature.namespace,
        ])
    } else {
      context.say(unsignedReason, [.path: Sanitizer.neutralize(path)])
    }
    context.console.say("")
    // An exemption request is not an approved use: nothing to state in a publication yet.
    if declaration.kind == .exemptionRequest {
      context.say(Messages.exemptionNext)
      return path
    }
    context.say(Messages.declarePublicationTitle)
    context.say(Sanitizer.neutralize(declaration.publicationStatement.fr), indent: "FR — ")
    context.say(Sanitizer.neutralize(declaration.publicationStatement.en), indent: "EN — ")
    return path
  }
}
