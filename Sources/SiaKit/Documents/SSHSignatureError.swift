/// Why a signature does not prove a document. `isFormatProblem` separates files that
/// are not signatures at all (exit 2) from signatures that fail (exit 1).
public enum SSHSignatureError: Error, Equatable, CustomStringConvertible {
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

  public var message: Message {
    switch self {
    case .notArmored: return Messages.sigNotArmored
    case .malformed: return Messages.sigMalformed
    case .unsupportedVersion: return Messages.sigVersion
    case .unsupportedHash: return Messages.sigHash
    case .unsupportedKeyType: return Messages.sigKeyType
    case .wrongNamespace: return Messages.sigNamespace
    case .mismatch: return Messages.sigMismatch
    }
  }

  public var arguments: [MessageArgument: String] {
    switch self {
    case .notArmored, .mismatch: return [:]
    case .malformed(let detail): return ["detail": detail]
    case .unsupportedVersion(let version): return ["version": "\(version)"]
    case .unsupportedHash(let hash): return ["hash": Sanitizer.neutralize(hash)]
    case .unsupportedKeyType(let type): return ["type": Sanitizer.neutralize(type)]
    case .wrongNamespace(let found, let expected): return ["found": Sanitizer.neutralize(found), "expected": expected]
    }
  }

  public func text(_ lang: Lang) -> String { message.text(lang, arguments) }

  public var description: String { text(.en) }
}
