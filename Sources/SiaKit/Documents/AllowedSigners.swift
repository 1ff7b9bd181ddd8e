import Foundation

/// OpenSSH's `allowed_signers` file (ssh-keygen(1), "ALLOWED SIGNERS"): which keys may
/// sign for which principals (e-mail patterns), optionally limited to namespaces and a
/// validity window. The same file works with `ssh-keygen -Y verify -f`.
public struct AllowedSigners: Sendable {
  public struct Entry: Sendable, Equatable {
    /// Comma-separated patterns (`*@inserm.fr`, `!bob@x.org`), as in the file.
    public var principals: String
    /// `namespaces="a,b"`; nil = any namespace.
    public var namespaces: [String]?
    public var validAfter: Date?
    public var validBefore: Date?
    /// A certificate authority line: it never vouches for a plain key.
    public var certAuthority: Bool
    public var key: SSHPublicKey
    public var line: Int
  }

  public var entries: [Entry]

  public init(entries: [Entry] = []) { self.entries = entries }

  /// Whether `key` may sign as `principal` for `namespace` at `date`.
  public func trust(principal: String, key: SSHPublicKey, namespace: String, at date: Date) -> SignerTrust {
    let forPrincipal = entries.filter { !$0.certAuthority && PatternList.matches(principal, $0.principals) }
    guard !forPrincipal.isEmpty else {
      let others = principals(for: key)
      return others.isEmpty ? .unknownPrincipal : .keyListedForOthers(others)
    }
    let sameKey = forPrincipal.filter { $0.key == key }
    guard !sameKey.isEmpty else { return .differentKey }
    var reason = SignerTrust.namespaceNotAllowed
    for entry in sameKey {
      // One pattern list, as OpenSSH reads it: `"*,!sia-approval"` allows every
      // namespace but approvals (a negated match wins).
      if let namespaces = entry.namespaces, !PatternList.matches(namespace, namespaces.joined(separator: ",")) { continue }
      if let after = entry.validAfter, date < after {
        reason = .outsideValidity
        continue
      }
      if let before = entry.validBefore, date > before {
        reason = .outsideValidity
        continue
      }
      return .trusted(line: entry.line)
    }
    return reason
  }

  /// The literal principals (no wildcard) listed with `key` — like `ssh-keygen -Y find-principals`.
  public func principals(for key: SSHPublicKey) -> [String] {
    entries.filter { !$0.certAuthority && $0.key == key }
      .flatMap { $0.principals.split(separator: ",").map(String.init) }
      .filter { !$0.contains("*") && !$0.contains("?") && !$0.hasPrefix("!") }
  }

  /// The line to add to a lab head's file for a declarant: `email namespaces="…" key`.
  public static func line(principal: String, key: SSHPublicKey, namespaces: [String]) -> String {
    let options = namespaces.isEmpty ? "" : " namespaces=\"\(namespaces.joined(separator: ","))\""
    return "\(principal)\(options) \(key.openSSHLine())"
  }
}

/// The outcome of looking a signer up in an allowed-signers file.
public enum SignerTrust: Equatable, Sendable {
  case trusted(line: Int)
  /// No allowed-signers file was given or found.
  case noAllowedSigners
  /// Nobody in the file matches the principal, and the key is listed for no one.
  case unknownPrincipal
  /// The principal is not listed, but this key is, for other principals.
  case keyListedForOthers([String])
  /// The principal is listed, with another key.
  case differentKey
  case namespaceNotAllowed
  case outsideValidity

  public var isTrusted: Bool {
    if case .trusted = self { return true }
    return false
  }
}

/// OpenSSH pattern lists: comma-separated `*`/`?` wildcards, `!` negates (a negated
/// match wins over any positive one).
enum PatternList {
  /// One pattern against one value. A pattern with no wildcard, both texts ASCII (an
  /// e-mail, a namespace), matches exactly when the bytes are equal, with no `Character`
  /// arrays to build — `sia verify` checks two patterns per file.
  static func globMatches(_ pattern: String, _ value: String) -> Bool {
    let plain = !pattern.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 >= 0x80 }
    if plain, !value.utf8.contains(where: { $0 >= 0x80 }) { return pattern.utf8.elementsEqual(value.utf8) }
    return Transcript.globMatches(Array(pattern), Array(value))
  }

  static func matches(_ value: String, _ list: String) -> Bool {
    var matched = false
    for raw in list.split(separator: ",") {
      var pattern = String(raw)
      let negated = pattern.hasPrefix("!")
      if negated { pattern.removeFirst() }
      if PatternList.globMatches(pattern, value) {
        if negated { return false }
        matched = true
      }
    }
    return matched
  }
}
