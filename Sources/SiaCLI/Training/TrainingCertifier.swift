import Foundation
import SiaKit

/// `sia train --certify FILE…`: a trainer countersigns the attendees' attestations in
/// one command. Each `FILE.cert` is written atomically beside its attestation; a file
/// that cannot be certified is named with the reason and the others still are.
struct TrainingCertifier {
  let context: CommandContext
  /// `--allowed-signers FILE`, else the trainer's own `~/.config/sia/allowed_signers`:
  /// the lab head's file, which must list the trainer for `sia-training-cert`.
  var allowedSigners: String?
  var email: String?
  var key: String?

  /// Returns whether every file was certified (else the command exits 2).
  func certify(_ files: [String]) throws -> Bool {
    let profile = try context.loadProfile()
    let principal = (email ?? profile?.declarant.email ?? "").trimmingCharacters(in: .whitespaces)
    guard !principal.isEmpty else { throw context.fail(Messages.certifyNoEmail, exitCode: ExitStatus.usage) }
    if key == nil && !KeyStore(paths: context.paths).exists { throw context.fail(Messages.certifyNoKey) }
    let signingKey = try context.signingKey(explicit: key)
    let (signers, signersName) = try VerifyCommand.loadAllowedSigners(allowedSigners, context: context)
    let now = context.clock.now()
    // Refused once, before any file: the trainer's key must be listed for the namespace.
    let trust =
      signers?.trust(
        principal: principal, key: signingKey.publicKey, namespace: TrainingCertification.namespace, at: now)
      ?? .noAllowedSigners
    guard trust.isTrusted else {
      let line = AllowedSigners.line(
        principal: principal, key: signingKey.publicKey, namespaces: [TrainingCertification.namespace])
      if signers == nil { throw context.fail(Messages.certifyNoSigners, [.line: line]) }
      throw context.fail(
        Messages.certifyNotListed,
        [
          .file: signersName, .principal: Sanitizer.neutralize(principal), .trust: trust.code, .line: line,
        ])
    }
    var done = 0
    for file in files {
      let name = Sanitizer.neutralize(file)
      do {
        let cert = try TrainingCertification.certify(
          path: file, key: signingKey, principal: principal, signers: signers, now: now)
        done += 1
        let attestation = TrainingGroupSummary.read(files: [file], signers: nil, now: now).entries.first?.attestation
        say(
          Messages.certifyDone,
          [
            .file: name, .cert: Sanitizer.neutralize(URL(fileURLWithPath: cert).lastPathComponent),
            .name: Sanitizer.neutralize(attestation?.trainee.name ?? ""),
            .score: attestation.map { "\($0.score.right)/\($0.score.total)" } ?? "",
          ])
      } catch let refusal as TrainingCertification.Refusal {
        context.console.warn(Messages.certifyFailed.text(context.lang, [.file: name, .reason: reason(refusal)]))
      }
    }
    say(Messages.certifySummary, [.done: "\(done)", .count: "\(files.count)"])
    return done == files.count
  }

  /// One message, wrapped to the terminal's width.
  func say(_ message: Message, _ args: [MessageArgument: String]) {
    context.console.say(
      wrap(message.text(context.lang, args), width: context.console.width, indent: "").joined(separator: "\n"))
  }

  func reason(_ refusal: TrainingCertification.Refusal) -> String {
    let lang = context.lang
    switch refusal {
    case .unreadable: return Messages.certifyUnreadable.text(lang)
    case .notAttestation(let why):
      return Messages.certifyNotAttestation.text(lang, [.reason: Sanitizer.neutralize(why)])
    case .notCurrent: return Messages.certifyNotCurrent.text(lang)
    case .unsigned: return Messages.certifyUnsigned.text(lang)
    case .ownAttestation: return Messages.certifyOwn.text(lang)
    case .notListed(let trust): return trust.code
    case .writeFailed(let why): return Sanitizer.neutralize(why)
    }
  }
}
