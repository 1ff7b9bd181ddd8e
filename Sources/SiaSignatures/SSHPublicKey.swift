import Crypto
import Foundation

/// A public key in OpenSSH's wire form (RFC 4253 §6.6, RFC 8709 for Ed25519). Any key
/// type can be parsed, so a signature made with an RSA or ECDSA key is recognised and
/// refused by name; only `ssh-ed25519` keys can verify.
public struct SSHPublicKey: Hashable, Sendable {
  public static let ed25519Type = "ssh-ed25519"

  /// `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`…
  public let type: String
  /// The whole wire blob (what fingerprints and allowed-signers lines are made of).
  public let blob: Data
  /// The 32 raw bytes of an Ed25519 key; nil for other types.
  public let ed25519: Data?

  /// Wraps 32 raw Ed25519 public-key bytes.
  public init(ed25519 raw: Data) {
    var writer = SSHWireWriter()
    writer.writeString(SSHPublicKey.ed25519Type)
    writer.writeString([UInt8](raw))
    type = SSHPublicKey.ed25519Type
    blob = writer.data
    ed25519 = raw
  }

  /// Parses a wire blob. Unknown types are kept (for a clear refusal later); an
  /// Ed25519 blob must hold exactly one 32-byte key.
  public init(blob: Data) throws {
    var reader = SSHWireReader(blob)
    guard let type = reader.readText(), !type.isEmpty else { throw SSHKeyError.malformed("public key has no type") }
    self.type = type
    self.blob = blob
    if type == SSHPublicKey.ed25519Type {
      guard let raw = reader.readString(), raw.count == 32, reader.isAtEnd else {
        throw SSHKeyError.malformed("Ed25519 public key is not 32 bytes")
      }
      ed25519 = Data(raw)
    } else {
      ed25519 = nil
    }
  }

  /// Parses `type base64 [comment]` (a `.pub` line or the key part of allowed_signers).
  public static func parse(type: String, base64: String) throws -> SSHPublicKey {
    guard let blob = Data(base64Encoded: base64) else { throw SSHKeyError.malformed("public key is not valid base64") }
    let key = try SSHPublicKey(blob: blob)
    guard key.type == type else {
      throw SSHKeyError.malformed("public key says '\(key.type)' but is labelled '\(type)'")
    }
    return key
  }

  /// Parses a whole `.pub` line: `ssh-ed25519 AAAA… comment`.
  public static func parse(line: String) throws -> SSHPublicKey {
    let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard fields.count >= 2 else { throw SSHKeyError.malformed("a public key line is 'type base64 [comment]'") }
    return try parse(type: String(fields[0]), base64: String(fields[1]))
  }

  public var isEd25519: Bool { ed25519 != nil }

  /// `SHA256:` + unpadded base64 of SHA-256(blob): what `ssh-keygen -l` prints.
  public var fingerprint: String {
    let digest = Data(SHA256.hash(data: blob))
    var text = digest.base64EncodedString()
    while text.hasSuffix("=") { text.removeLast() }
    return "SHA256:" + text
  }

  /// `ssh-ed25519 AAAA… comment`, the `.pub` form.
  public func openSSHLine(comment: String = "") -> String {
    let base = "\(type) \(blob.base64EncodedString())"
    let cleaned = comment.filter { !$0.isNewline }
    return cleaned.isEmpty ? base : "\(base) \(cleaned)"
  }

  /// Checks an Ed25519 signature; false for any other key type.
  public func isValidEd25519Signature(_ signature: Data, for message: Data) -> Bool {
    guard let raw = ed25519, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
    return key.isValidSignature(signature, for: message)
  }
}
