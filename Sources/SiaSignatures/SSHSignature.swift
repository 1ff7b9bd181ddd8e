import Crypto
import Foundation

/// An OpenSSH signature (PROTOCOL.sshsig): the signer's public key, a namespace that
/// says what kind of document was signed, the hash algorithm and the Ed25519 signature
/// over `"SSHSIG" ‖ namespace ‖ reserved ‖ hash_algorithm ‖ H(message)`. The bytes are
/// those of `ssh-keygen -Y sign`, so either tool verifies the other's signatures.
public struct SSHSignature: Equatable, Sendable {
  static let magic = Array("SSHSIG".utf8)
  static let version: UInt32 = 1

  public var publicKey: SSHPublicKey
  public var namespace: String
  /// `sha512` (what we write, and ssh-keygen's default) or `sha256`.
  public var hashAlgorithm: String
  /// The signature blob's own algorithm name, e.g. `ssh-ed25519` or `rsa-sha2-512`.
  public var signatureAlgorithm: String
  /// The raw signature bytes (64 for Ed25519).
  public var signature: Data

  /// Signs `message` for `namespace` (`sia-declaration`, `sia-training`, `sia-approval`).
  public static func sign(message: Data, namespace: String, key: OpenSSHPrivateKey) throws -> SSHSignature {
    let toSign = signedData(message: message, namespace: namespace, hashAlgorithm: "sha512")
    return SSHSignature(
      publicKey: key.publicKey, namespace: namespace, hashAlgorithm: "sha512",
      signatureAlgorithm: SSHPublicKey.ed25519Type, signature: try key.sign(toSign))
  }

  /// Checks the signature against `message` for the expected namespace. Throws the
  /// precise reason when it does not hold; returns normally when it does.
  public func verify(message: Data, namespace expected: String) throws {
    guard publicKey.isEd25519, signatureAlgorithm == SSHPublicKey.ed25519Type else {
      throw SSHSignatureError.unsupportedKeyType(publicKey.isEd25519 ? signatureAlgorithm : publicKey.type)
    }
    guard namespace == expected else { throw SSHSignatureError.wrongNamespace(found: namespace, expected: expected) }
    let toSign = SSHSignature.signedData(message: message, namespace: namespace, hashAlgorithm: hashAlgorithm)
    guard publicKey.isValidEd25519Signature(signature, for: toSign) else { throw SSHSignatureError.mismatch }
  }

  /// What the key actually signs (PROTOCOL.sshsig, "Signed Data").
  static func signedData(message: Data, namespace: String, hashAlgorithm: String) -> Data {
    let digest: Data = hashAlgorithm == "sha256" ? Data(SHA256.hash(data: message)) : Data(SHA512.hash(data: message))
    var writer = SSHWireWriter()
    writer.writeRaw(magic)
    writer.writeString(namespace)
    writer.writeString([UInt8]())
    writer.writeString(hashAlgorithm)
    writer.writeString([UInt8](digest))
    return writer.data
  }

  /// The binary blob (PROTOCOL.sshsig, "Blob format").
  public var blob: Data {
    var signatureBlob = SSHWireWriter()
    signatureBlob.writeString(signatureAlgorithm)
    signatureBlob.writeString([UInt8](signature))
    var writer = SSHWireWriter()
    writer.writeRaw(SSHSignature.magic)
    writer.writeUInt32(SSHSignature.version)
    writer.writeString([UInt8](publicKey.blob))
    writer.writeString(namespace)
    writer.writeString([UInt8]())
    writer.writeString(hashAlgorithm)
    writer.writeString(signatureBlob.bytes)
    return writer.data
  }

  /// Parses a binary blob; every field is checked, nothing can trap.
  public init(blob: Data) throws {
    var reader = SSHWireReader(blob)
    guard reader.readBytes(SSHSignature.magic.count) == SSHSignature.magic else {
      throw SSHSignatureError.malformed("missing SSHSIG magic")
    }
    guard let version = reader.readUInt32() else { throw SSHSignatureError.malformed("truncated signature") }
    guard version == SSHSignature.version else { throw SSHSignatureError.unsupportedVersion(version) }
    guard let keyBlob = reader.readString(), let namespace = reader.readText(), reader.readString() != nil,
      let hash = reader.readText(), let signatureBlob = reader.readString()
    else { throw SSHSignatureError.malformed("truncated signature") }
    guard reader.isAtEnd else { throw SSHSignatureError.malformed("trailing bytes after the signature") }
    guard hash == "sha512" || hash == "sha256" else { throw SSHSignatureError.unsupportedHash(hash) }
    let key: SSHPublicKey
    do { key = try SSHPublicKey(blob: Data(keyBlob)) } catch {
      throw SSHSignatureError.malformed("unreadable public key")
    }
    var inner = SSHWireReader(signatureBlob)
    guard let algorithm = inner.readText(), let raw = inner.readString() else {
      throw SSHSignatureError.malformed("truncated signature blob")
    }
    if key.isEd25519, algorithm == SSHPublicKey.ed25519Type, raw.count != 64 {
      throw SSHSignatureError.malformed("Ed25519 signature is not 64 bytes")
    }
    self.init(
      publicKey: key, namespace: namespace, hashAlgorithm: hash, signatureAlgorithm: algorithm, signature: Data(raw))
  }

  public init(
    publicKey: SSHPublicKey, namespace: String, hashAlgorithm: String, signatureAlgorithm: String, signature: Data
  ) {
    self.publicKey = publicKey
    self.namespace = namespace
    self.hashAlgorithm = hashAlgorithm
    self.signatureAlgorithm = signatureAlgorithm
    self.signature = signature
  }
}
