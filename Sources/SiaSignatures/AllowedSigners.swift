import Foundation

/// OpenSSH's `allowed_signers` file (ssh-keygen(1), "ALLOWED SIGNERS"): which keys may
/// sign for which principals (e-mail patterns), optionally limited to namespaces and a
/// validity window. The same file works with `ssh-keygen -Y verify -f`, and sia decides
/// exactly as OpenSSH does (checked by `AllowedSignersDifferentialTests` against
/// `ssh-keygen`): lines are read in order, the first that vouches for the key wins, and
/// a malformed line vouches for no one — it is skipped, as OpenSSH skips it (and named
/// as the reason when nothing else matched).
public struct AllowedSigners: Sendable {
  public struct Entry: Sendable, Equatable {
    /// Comma-separated patterns (`*@inserm.fr`, `!bob@x.org`), as in the file.
    public var principals: String
    /// `namespaces="a,*,!b"`, the pattern list as written; nil = any namespace.
    public var namespaces: String?
    public var validAfter: Date?
    public var validBefore: Date?
    /// A certificate authority line: it never vouches for a plain key.
    public var certAuthority: Bool
    public var key: SSHPublicKey
    public var line: Int

    public init(
      principals: String, namespaces: String? = nil, validAfter: Date? = nil, validBefore: Date? = nil,
      certAuthority: Bool = false, key: SSHPublicKey, line: Int
    ) {
      self.principals = principals
      self.namespaces = namespaces
      self.validAfter = validAfter
      self.validBefore = validBefore
      self.certAuthority = certAuthority
      self.key = key
      self.line = line
    }

    /// Whether this entry allows `namespace` — negations honoured (`*,!sia-approval`
    /// refuses approvals), as OpenSSH's pattern lists.
    public func allows(namespace: String) -> Bool {
      namespaces.map { PatternList.matches(namespace, $0) } ?? true
    }

    /// Whether `date` falls in `[valid-after, valid-before]`, compared in whole seconds
    /// as OpenSSH does.
    public func isValid(at date: Date) -> Bool {
      let seconds = date.timeIntervalSince1970.rounded(.down)
      if let after = validAfter, seconds < after.timeIntervalSince1970 { return false }
      if let before = validBefore, seconds > before.timeIntervalSince1970 { return false }
      return true
    }
  }

  /// One non-blank, non-comment line of the file.
  public struct Line: Sendable, Equatable {
    public var number: Int
    /// The principals field; nil when even that cannot be read (an unterminated quote, a
    /// lone word at the very end of the file): a line for no one.
    public var principals: String?
    /// The parsed entry, or why the rest of the line is malformed.
    public var entry: Result<Entry, Problem>
  }

  public struct Problem: Error, Sendable, Equatable {
    public var message: String
  }

  public var lines: [Line] { didSet { lookup = AllowedSignersLookup(lines) } }
  private var lookup: AllowedSignersLookup

  /// The well-formed entries, in file order.
  public var entries: [Entry] {
    lines.compactMap { line in if case .success(let entry) = line.entry { return entry } else { return nil } }
  }

  public init(lines: [Line]) {
    self.lines = lines
    lookup = AllowedSignersLookup(lines)
  }

  public init(entries: [Entry] = []) {
    self.init(lines: entries.map { Line(number: $0.line, principals: $0.principals, entry: .success($0)) })
  }

  /// Whether `key` may sign as `principal` for `namespace` at `date` — the question
  /// `ssh-keygen -Y verify -I principal -n namespace` answers, with the reason when not.
  public func trust(principal: String, key: SSHPublicKey, namespace: String, at date: Date) -> SignerTrust {
    var listed = false
    var reason: SignerTrust?
    var malformed: Int?
    // Only the lines that can name `principal` (see `AllowedSignersLookup`), in file order.
    for index in lookup.candidates(for: principal) {
      let line = lines[index]
      guard let principals = line.principals, PatternList.matches(principal, principals) else { continue }
      guard case .success(let entry) = line.entry else {
        malformed = malformed ?? line.number
        continue
      }
      listed = true
      guard !entry.certAuthority, entry.key == key else { continue }
      guard entry.allows(namespace: namespace) else {
        if reason == nil { reason = .namespaceNotAllowed }
        continue
      }
      guard entry.isValid(at: date) else {
        reason = .outsideValidity
        continue
      }
      return .trusted(line: entry.line)
    }
    if let reason { return reason }
    if let malformed { return .malformedLine(malformed) }
    if listed { return .differentKey }
    let others = principals(for: key)
    return others.isEmpty ? .unknownPrincipal : .keyListedForOthers(others)
  }

  /// Whether `key` may sign as `principal` for `namespace` at `date` (yes or no).
  public func allows(principal: String, key: SSHPublicKey, namespace: String, at date: Date) -> Bool {
    trust(principal: principal, key: key, namespace: namespace, at: date).isTrusted
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
  /// No line vouches for the key, and a line naming this principal is malformed (an
  /// unquoted or repeated option…): OpenSSH skips such a line, so does sia, and says so.
  case malformedLine(Int)

  public var isTrusted: Bool {
    if case .trusted = self { return true }
    return false
  }
}

/// OpenSSH pattern lists (match.c): comma-separated `*`/`?` wildcards compared byte by
/// byte, `!` negates and a negated match wins over any positive one. Written here
/// because no kept library implements OpenSSH's matching.
enum PatternList {
  /// OpenSSH gives up (no match) on a sub-pattern of 1,023 bytes or more.
  static let longestPattern = 1022

  static func globMatches(_ pattern: String, _ value: String) -> Bool {
    glob(Array(pattern.utf8)[...], Array(value.utf8)[...])
  }

  static func matches(_ value: String, _ list: String) -> Bool {
    let bytes = Array(value.utf8)[...]
    let list = Array(list.utf8)
    var matched = false
    var index = 0
    // As match.c walks it: a comma ends a sub-pattern, a trailing comma adds none.
    while index < list.count {
      let negated = list[index] == UInt8(ascii: "!")
      if negated { index += 1 }
      let end = list[index...].firstIndex(of: UInt8(ascii: ",")) ?? list.count
      let pattern = list[index..<end]
      if pattern.count > longestPattern { return false }
      index = end < list.count ? end + 1 : end
      if glob(pattern, bytes) {
        if negated { return false }
        matched = true
      }
    }
    return matched
  }

  /// `*` any run of bytes, `?` exactly one byte, anything else itself. Iterative, with
  /// one backtracking point (the last `*`): linear in practice, never exponential.
  static func glob(_ pattern: ArraySlice<UInt8>, _ value: ArraySlice<UInt8>) -> Bool {
    let p = Array(pattern)
    let v = Array(value)
    var pi = 0
    var vi = 0
    var star: Int?
    var resume = 0
    while vi < v.count {
      if pi < p.count, p[pi] == UInt8(ascii: "*") {
        star = pi
        pi += 1
        resume = vi
      } else if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == v[vi] {
        pi += 1
        vi += 1
      } else if let star {
        pi = star + 1
        resume += 1
        vi = resume
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
    return pi == p.count
  }
}
