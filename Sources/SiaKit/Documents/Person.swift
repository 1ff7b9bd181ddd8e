/// A named person with an e-mail (the declarant, the lab head, an approver). The
/// e-mail is also the principal in allowed-signers files.
public struct Person: Codable, Hashable, Sendable {
  public var name: String
  public var email: String

  public init(name: String, email: String) {
    self.name = name
    self.email = email
  }

  /// `Marie Curie <marie.curie@inserm.fr>`.
  public var display: String { email.isEmpty ? name : "\(name) <\(email)>" }

  /// An address usable as an OpenSSH principal: one `@`, no spaces, commas, quotes or
  /// pattern characters (they would change its meaning in allowed_signers).
  public static func isValidEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@", omittingEmptySubsequences: false)
    let forbidden = Set(" \t\n\r,\"'*?!<>")
    return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
      && !parts[1].hasSuffix(".") && !text.contains(where: forbidden.contains) && text.allSatisfy { !$0.isNewline }
  }
}

/// A research unit: its name and its code (e.g. « U1234 »).
public struct ResearchUnit: Codable, Hashable, Sendable {
  public var name: String
  public var code: String

  public init(name: String, code: String) {
    self.name = name
    self.code = code
  }

  /// `U1234 — Laboratoire de …`.
  public var display: String {
    [code, name].filter { !$0.isEmpty }.joined(separator: " — ")
  }
}
