/// The catalogue sentence for each case, in the reader's language (the signature layer
/// knows no catalogue).
extension SSHKeyError: CustomStringConvertible {
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
    case .encrypted(let cipher): return [.cipher: cipher]
    case .unsupportedType(let type): return [.type: type]
    case .malformed(let detail): return [.detail: detail]
    case .readableByOthers(let path, let mode): return [.path: path, .mode: mode]
    case .unreadable(let path), .missing(let path), .exists(let path): return [.path: path]
    }
  }

  public func text(_ lang: Lang) -> String { message.text(lang, arguments) }

  public var description: String { text(.en) }
}
