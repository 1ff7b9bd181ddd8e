import Crypto
import Foundation

/// A lab head's decision on a signed document, written to `FILE.approval` and signed
/// (namespace `sia-approval`) into `FILE.approval.sig`. It binds the SHA-512 of the
/// document and of the declarant's `.sig`, so the countersignature covers both: changing
/// either afterwards breaks the approval.
public struct Approval: Equatable, Sendable {
  public static let formatLine = "sia-approval/1"

  public enum Decision: String, Sendable, CaseIterable {
    case approved, refused
  }

  /// The document's file name (not its path: the pair can be moved together).
  public var document: String
  public var documentSHA512: String
  public var signatureSHA512: String
  public var declarantKey: String
  public var decision: Decision
  /// ISO 8601 timestamp, UTC.
  public var date: String
  public var approver: Person
  public var approverKey: String
  public var comment: String

  public static func path(for document: String) -> String { document + ".approval" }

  public static func sha512Hex(_ data: Data) -> String {
    SHA512.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }

  /// The file text: one `key: value` per line, stable order, single-line values.
  public var text: String {
    let fields: [(String, String)] = [
      ("document", document), ("document-sha512", documentSHA512), ("declarant-signature-sha512", signatureSHA512),
      ("declarant-key", declarantKey), ("decision", decision.rawValue), ("date", date),
      ("approver", approver.name), ("approver-email", approver.email), ("approver-key", approverKey), ("comment", comment),
    ]
    return ([Approval.formatLine] + fields.map { "\($0.0): \(Approval.oneLine($0.1))" }).joined(separator: "\n") + "\n"
  }

  static func oneLine(_ text: String) -> String {
    Sanitizer.neutralize(text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// Parses an approval file; nil when it is not one (missing header or field).
  public static func parse(_ text: String) -> Approval? {
    var lines = text.split(separator: "\n").map(String.init)
    guard lines.first == formatLine else { return nil }
    lines.removeFirst()
    var fields: [String: String] = [:]
    for line in lines {
      guard let colon = line.range(of: ": ") else {
        if line.hasSuffix(":") { fields[String(line.dropLast())] = "" }
        continue
      }
      fields[String(line[..<colon.lowerBound])] = String(line[colon.upperBound...])
    }
    guard let document = fields["document"], let documentHash = fields["document-sha512"],
      let signatureHash = fields["declarant-signature-sha512"], let declarantKey = fields["declarant-key"],
      let decision = fields["decision"].flatMap(Decision.init(rawValue:)), let date = fields["date"],
      let name = fields["approver"], let email = fields["approver-email"], let approverKey = fields["approver-key"]
    else { return nil }
    return Approval(
      document: document, documentSHA512: documentHash, signatureSHA512: signatureHash, declarantKey: declarantKey,
      decision: decision, date: date, approver: Person(name: name, email: email), approverKey: approverKey,
      comment: fields["comment"] ?? "")
  }
}
