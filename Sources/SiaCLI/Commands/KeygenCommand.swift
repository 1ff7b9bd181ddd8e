import ArgumentParser
import SiaKit

/// `sia keygen [--force]`: creates the Ed25519 signing key in OpenSSH's format and
/// prints the public key, its fingerprint and the line for the lab head's allowed_signers.
struct KeygenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keygen", abstract: "Create your Ed25519 signing key (OpenSSH format).")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Replace an existing key (documents signed with it stay verifiable with its .pub).") var force = false
  @Option(help: "The key's comment (default: your profile's e-mail).") var comment: String?

  func run() throws {
    let tool = try ToolContext.make(options: global)
    let profile = (try? Profile.load(tool.paths)) ?? nil
    let email = comment ?? profile?.declarant.email ?? ""
    guard !email.isEmpty else { throw tool.fail(Messages.keygenNeedsEmail, exitCode: ExitStatus.usage) }
    let store = KeyStore(paths: tool.paths)
    let key: OpenSSHPrivateKey
    do {
      key = try store.generate(comment: email, force: force)
    } catch let error as SSHKeyError {
      throw tool.fail(error)
    } catch {
      throw tool.fail(Messages.fileUnwritable, ["path": store.privateKeyPath, "reason": "\(error)"])
    }
    tool.say(Messages.keygenCreated, ["path": store.privateKeyPath])
    tool.say(Messages.keygenPublic, ["path": store.publicKeyPath])
    tool.console.say(key.publicKey.openSSHLine(comment: Sanitizer.neutralize(email)))
    tool.say(Messages.keygenFingerprint, ["fingerprint": key.publicKey.fingerprint])
    if Person.isValidEmail(email) {
      tool.say(Messages.keygenAllowedSigner)
      tool.console.say(AllowedSigners.line(principal: email, key: key.publicKey, namespaces: DocumentKind.declarantNamespaces))
    }
  }
}
