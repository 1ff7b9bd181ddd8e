/// Why a key file or key text cannot be used. Each case has a catalogue message, so
/// the CLI prints one clear line; `malformed` carries a lowercase technical detail.
public enum SSHKeyError: Error, Equatable, CustomStringConvertible {
  /// Not in OpenSSH's own private-key format (PEM, PuTTY, random text…).
  case notOpenSSHPrivateKey
  /// Protected by a passphrase (cipher other than `none`).
  case encrypted(cipher: String)
  /// A key type other than Ed25519 (RSA, ECDSA, DSA…).
  case unsupportedType(String)
  case malformed(String)
  /// The key file can be read by other users.
  case readableByOthers(path: String, mode: String)
  case unreadable(path: String)
  case missing(path: String)
  /// `keygen` without `--force` over an existing key.
  case exists(path: String)

  public var message: Message {
    switch self {
    case .notOpenSSHPrivateKey: return Messages.keyNotOpenSSH
    case .encrypted: return Messages.keyEncrypted
    case .unsupportedType: return Messages.keyUnsupportedType
    case .malformed: return Messages.keyMalformed
    case .readableByOthers: return Messages.keyReadableByOthers
    case .unreadable: return Messages.keyUnreadable
    case .missing: return Messages.keyMissing
    case .exists: return Messages.keyExists
    }
  }

  public var arguments: [MessageArgument: String] {
    switch self {
    case .notOpenSSHPrivateKey: return [:]
    case .encrypted(let cipher): return ["cipher": cipher]
    case .unsupportedType(let type): return ["type": type]
    case .malformed(let detail): return ["detail": detail]
    case .readableByOthers(let path, let mode): return ["path": path, "mode": mode]
    case .unreadable(let path), .missing(let path), .exists(let path): return ["path": path]
    }
  }

  public func text(_ lang: Lang) -> String { message.text(lang, arguments) }

  public var description: String { text(.en) }
}
