/// Why a signature does not prove a document. `isFormatProblem` separates files that
/// are not signatures at all (exit 2) from signatures that fail (exit 1). The catalogue
/// message of each case is SiaKit's (SSHSignatureError+Message.swift).
public enum SSHSignatureError: Error, Equatable {
  /// The file has no `BEGIN SSH SIGNATURE` armor.
  case notArmored
  case malformed(String)
  case unsupportedVersion(UInt32)
  case unsupportedHash(String)
  /// Made with an RSA, ECDSA… key: `sia` accepts Ed25519 only.
  case unsupportedKeyType(String)
  case wrongNamespace(found: String, expected: String)
  /// The document changed, or the signature belongs to another file.
  case mismatch

  public var isFormatProblem: Bool {
    switch self {
    case .notArmored, .malformed, .unsupportedVersion, .unsupportedHash: return true
    case .unsupportedKeyType, .wrongNamespace, .mismatch: return false
    }
  }
}
