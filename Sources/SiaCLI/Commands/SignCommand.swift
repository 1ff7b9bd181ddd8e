import ArgumentParser
import SiaKit

/// `sia sign FILE…`: writes `FILE.sig`, an OpenSSH signature (SSHSIG, SHA-512) in the
/// namespace of the document's kind, with your key or `--key FILE`.
struct SignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sign",
    abstract: "Sign documents (writes FILE.sig, verifiable with sia verify or ssh-keygen -Y verify).")

  @OptionGroup var global: GlobalOptions
  @Option(help: "An unencrypted Ed25519 OpenSSH private key (default: the one sia keygen made).") var key: String?
  @Option(help: "Namespace (default: from the document kind, e.g. sia-declaration).") var namespace: String?
  @Flag(help: "Replace an existing FILE.sig.") var force = false
  @Argument(help: "The files to sign.") var files: [String]

  func run() throws {
    let context = try CommandContext.make(options: global)
    let signingKey = try context.signingKey(explicit: key)
    for file in files {
      let signature = try SignCommand.sign(file, key: signingKey, namespace: namespace, force: force, context: context)
      context.say(
        Messages.signDone,
        [
          .sig: Sanitizer.neutralize(file + ".sig"), .fingerprint: signature.publicKey.fingerprint,
          .namespace: signature.namespace,
        ])
    }
  }

  /// Signs one file, mapping failures to one-line user errors (shared with `declare`).
  static func sign(_ file: String, key: OpenSSHPrivateKey, namespace: String?, force: Bool, context: CommandContext)
    throws
    -> SSHSignature
  {
    do {
      return try DocumentSigner.sign(path: file, key: key, namespace: namespace, force: force)
    } catch DocumentSigner.Failure.missing(let path) {
      throw context.fail(Messages.fileMissing, [.path: Sanitizer.neutralize(path)])
    } catch DocumentSigner.Failure.exists(let path) {
      throw context.fail(Messages.signExists, [.sig: Sanitizer.neutralize(path)])
    } catch SignedPair.Failure.busy(let path) {
      throw context.fail(Messages.pairBusy, [.path: Sanitizer.neutralize(path)])
    } catch {
      throw context.fail(Messages.fileUnwritable, [.path: Sanitizer.neutralize(file + ".sig"), .reason: "\(error)"])
    }
  }
}
