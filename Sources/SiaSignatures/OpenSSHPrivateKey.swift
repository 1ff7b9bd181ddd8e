import Crypto
import Foundation

/// An Ed25519 private key in OpenSSH's own file format (`openssh-key-v1`, PROTOCOL.key),
/// unencrypted, so the same file works with `ssh-keygen -Y sign -f`. Other formats,
/// other key types and passphrase-protected keys are refused with a reason.
public struct OpenSSHPrivateKey {
  static let beginMarker = "-----BEGIN OPENSSH PRIVATE KEY-----"
  static let endMarker = "-----END OPENSSH PRIVATE KEY-----"
  static let magic = Array("openssh-key-v1\0".utf8)

  public let signingKey: Curve25519.Signing.PrivateKey
  public var comment: String

  public init(signingKey: Curve25519.Signing.PrivateKey, comment: String) {
    self.signingKey = signingKey
    self.comment = comment
  }

  /// A key from its 32-byte seed (RFC 8032), for tests and golden vectors.
  public init(seed: Data, comment: String) throws {
    signingKey = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
    self.comment = comment
  }

  public static func generate(comment: String) -> OpenSSHPrivateKey {
    OpenSSHPrivateKey(signingKey: Curve25519.Signing.PrivateKey(), comment: comment)
  }

  public var publicKey: SSHPublicKey { SSHPublicKey(ed25519: signingKey.publicKey.rawRepresentation) }

  /// Ed25519 signature (64 bytes) of `message`. Deterministic (RFC 8032).
  public func sign(_ message: Data) throws -> Data {
    try signingKey.signature(for: message)
  }

  /// The file text, as `ssh-keygen` writes it. `checkInt` is random in real files; it
  /// only lets a reader detect a wrong passphrase, so tests may fix it.
  public func fileText(checkInt: UInt32 = UInt32.random(in: .min ... .max)) -> String {
    let seed = signingKey.rawRepresentation
    let publicRaw = signingKey.publicKey.rawRepresentation
    var secret = SSHWireWriter()
    secret.writeUInt32(checkInt)
    secret.writeUInt32(checkInt)
    secret.writeString(SSHPublicKey.ed25519Type)
    secret.writeString([UInt8](publicRaw))
    secret.writeString([UInt8](seed + publicRaw))
    secret.writeString(comment)
    var padding: UInt8 = 1
    while secret.bytes.count % 8 != 0 {
      secret.writeRaw([padding])
      padding += 1
    }
    var file = SSHWireWriter()
    file.writeRaw(OpenSSHPrivateKey.magic)
    file.writeString("none")
    file.writeString("none")
    file.writeString([UInt8]())
    file.writeUInt32(1)
    file.writeString([UInt8](publicKey.blob))
    file.writeString(secret.bytes)
    let body = SSHBase64.wrapped(file.data).joined(separator: "\n")
    return "\(OpenSSHPrivateKey.beginMarker)\n\(body)\n\(OpenSSHPrivateKey.endMarker)\n"
  }

  /// Parses the text of a private-key file.
  public static func parse(_ text: String) throws -> OpenSSHPrivateKey {
    guard let begin = text.range(of: beginMarker), let end = text.range(of: endMarker),
      begin.upperBound <= end.lowerBound
    else { throw legacyFormatError(text) }
    let base64 = text[begin.upperBound..<end.lowerBound].filter { !$0.isWhitespace }
    guard let data = Data(base64Encoded: String(base64)) else {
      throw SSHKeyError.malformed("key body is not valid base64")
    }
    var reader = SSHWireReader(data)
    guard reader.readBytes(magic.count) == magic else { throw SSHKeyError.malformed("missing openssh-key-v1 header") }
    guard let cipher = reader.readText(), let kdf = reader.readText(), reader.readString() != nil,
      let count = reader.readUInt32()
    else { throw SSHKeyError.malformed("truncated key header") }
    if cipher != "none" || kdf != "none" { throw SSHKeyError.encrypted(cipher: cipher) }
    guard count == 1 else { throw SSHKeyError.malformed("the file holds \(count) keys, expected 1") }
    guard let publicBlob = reader.readString(), let secret = reader.readString() else {
      throw SSHKeyError.malformed("truncated key")
    }
    let publicKey = try SSHPublicKey(blob: Data(publicBlob))
    guard publicKey.isEd25519 else { throw SSHKeyError.unsupportedType(publicKey.type) }
    return try parseSecret(secret, expected: publicKey)
  }

  private static func parseSecret(_ secret: [UInt8], expected: SSHPublicKey) throws -> OpenSSHPrivateKey {
    var reader = SSHWireReader(secret)
    guard let check1 = reader.readUInt32(), let check2 = reader.readUInt32(), check1 == check2 else {
      throw SSHKeyError.malformed("check bytes differ")
    }
    guard let type = reader.readText() else { throw SSHKeyError.malformed("truncated private section") }
    guard type == SSHPublicKey.ed25519Type else { throw SSHKeyError.unsupportedType(type) }
    guard let publicRaw = reader.readString(), publicRaw.count == 32, let pair = reader.readString(), pair.count == 64,
      let commentBytes = reader.readString()
    else { throw SSHKeyError.malformed("truncated Ed25519 private key") }
    let padding = reader.readBytes(reader.remaining) ?? []
    guard padding.enumerated().allSatisfy({ $0.element == UInt8($0.offset + 1) }) else {
      throw SSHKeyError.malformed("bad padding")
    }
    let key = try OpenSSHPrivateKey(seed: Data(pair[0..<32]), comment: String(decoding: commentBytes, as: UTF8.self))
    guard key.publicKey == expected, Data(pair[32..<64]) == Data(publicRaw), Data(publicRaw) == expected.ed25519 else {
      throw SSHKeyError.malformed("private and public halves do not match")
    }
    return key
  }

  /// Names what a non-OpenSSH key file is, so the refusal says what to do.
  private static func legacyFormatError(_ text: String) -> SSHKeyError {
    if text.contains("BEGIN RSA PRIVATE KEY") { return .unsupportedType("ssh-rsa") }
    if text.contains("BEGIN EC PRIVATE KEY") { return .unsupportedType("ecdsa") }
    if text.contains("BEGIN DSA PRIVATE KEY") { return .unsupportedType("ssh-dss") }
    if text.contains("BEGIN ENCRYPTED PRIVATE KEY") || text.contains("Proc-Type: 4,ENCRYPTED") {
      return .encrypted(cipher: "pkcs8")
    }
    return .notOpenSSHPrivateKey
  }
}
