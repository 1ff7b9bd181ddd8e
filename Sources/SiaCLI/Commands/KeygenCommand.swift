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
  @Flag(help: "Print the result as JSON (docs/schemas/keygen.schema.json); the private key is never printed.")
  var json = false

  func run() throws {
    let context = try CommandContext.make(options: global)
    let profile = (try? Profile.load(context.paths)) ?? nil
    let email = comment ?? profile?.declarant.email ?? ""
    guard !email.isEmpty else { throw context.fail(Messages.keygenNeedsEmail, exitCode: ExitStatus.usage) }
    let store = KeyStore(paths: context.paths)
    let key: OpenSSHPrivateKey
    do {
      key = try store.generate(comment: email, force: force)
    } catch let error as SSHKeyError {
      throw context.fail(error)
    } catch {
      throw context.fail(Messages.fileUnwritable, [.path: store.privateKeyPath, .reason: "\(error)"])
    }
    let allowedSigner =
      Person.isValidEmail(email)
      ? AllowedSigners.line(principal: email, key: key.publicKey, namespaces: DocumentKind.declarantNamespaces) : nil
    if json {
      return context.console.say(
        try StableJSON.string(
          KeygenJSON(
            privateKeyPath: store.privateKeyPath, publicKeyPath: store.publicKeyPath,
            publicKey: key.publicKey.openSSHLine(comment: email), fingerprint: key.publicKey.fingerprint,
            allowedSignersLine: allowedSigner)))
    }
    context.say(Messages.keygenCreated, [.path: store.privateKeyPath])
    context.say(Messages.keygenPublic, [.path: store.publicKeyPath])
    context.console.say(key.publicKey.openSSHLine(comment: Sanitizer.neutralize(email)))
    context.say(Messages.keygenFingerprint, [.fingerprint: key.publicKey.fingerprint])
    if let allowedSigner {
      context.say(Messages.keygenAllowedSigner)
      context.console.say(allowedSigner)
    }
  }
}

/// `sia keygen --json`: where the key is and what to send to the lab head. Never the
/// private key itself.
struct KeygenJSON: Encodable {
  var privateKeyPath: String
  var publicKeyPath: String
  var publicKey: String
  var fingerprint: String
  var allowedSignersLine: String?

  enum CodingKeys: String, CodingKey {
    case privateKeyPath = "private_key_path", publicKeyPath = "public_key_path", publicKey = "public_key"
    case fingerprint, allowedSignersLine = "allowed_signers_line"
  }
}
