import Foundation

/// Where the signing key lives (`$XDG_CONFIG_HOME/sia/id_ed25519` and `.pub`) and the
/// rules for using a key file: it must exist, be readable by its owner only (as
/// ssh-keygen demands) and hold an unencrypted Ed25519 OpenSSH key.
public struct KeyStore: Sendable {
  public var privateKeyPath: String
  public var publicKeyPath: String { privateKeyPath + ".pub" }

  public init(paths: Paths) { privateKeyPath = "\(paths.configFolder)/id_ed25519" }
  public init(privateKeyPath: String) { self.privateKeyPath = privateKeyPath }

  public var exists: Bool { FileManager.default.fileExists(atPath: privateKeyPath) }

  /// Creates a new key pair; refuses to replace an existing private key unless `force`.
  @discardableResult
  public func generate(comment: String, force: Bool) throws -> OpenSSHPrivateKey {
    if exists && !force { throw SSHKeyError.exists(path: privateKeyPath) }
    let folder = URL(fileURLWithPath: privateKeyPath).deletingLastPathComponent().path
    try AtomicFile.makeFolder(folder)
    let key = OpenSSHPrivateKey.generate(comment: comment)
    try AtomicFile.write(key.fileText(), to: privateKeyPath, mode: 0o600, overwrite: force)
    try AtomicFile.write(key.publicKey.openSSHLine(comment: comment) + "\n", to: publicKeyPath, mode: 0o644)
    return key
  }

  /// Loads the private key, checking the file's permissions first.
  public func load() throws -> OpenSSHPrivateKey {
    var info = stat()
    guard stat(privateKeyPath, &info) == 0 else {
      throw errno == ENOENT ? SSHKeyError.missing(path: privateKeyPath) : SSHKeyError.unreadable(path: privateKeyPath)
    }
    let mode = info.st_mode & 0o777
    if mode & 0o077 != 0 {
      throw SSHKeyError.readableByOthers(path: privateKeyPath, mode: String(format: "%04o", mode))
    }
    guard let data = FileManager.default.contents(atPath: privateKeyPath) else {
      throw SSHKeyError.unreadable(path: privateKeyPath)
    }
    guard let text = String(data: data, encoding: .utf8) else { throw SSHKeyError.notOpenSSHPrivateKey }
    return try OpenSSHPrivateKey.parse(text)
  }
}
