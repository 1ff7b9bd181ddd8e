/// The catalogue sentence for each case, in the reader's language (the signature layer
/// knows no catalogue).
extension SSHSignatureError: CustomStringConvertible {
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
    case .malformed(let detail): return [.detail: detail]
    case .unsupportedVersion(let version): return [.version: "\(version)"]
    case .unsupportedHash(let hash): return [.hash: Sanitizer.neutralize(hash)]
    case .unsupportedKeyType(let type): return [.type: Sanitizer.neutralize(type)]
    case .wrongNamespace(let found, let expected): return [.found: Sanitizer.neutralize(found), .expected: expected]
    }
  }

  public func text(_ lang: Lang) -> String { message.text(lang, arguments) }

  public var description: String { text(.en) }
}
