import Crypto
import Foundation

/// A lab head's decision on a signed document, written to `FILE.approval` and signed
/// (namespace `sia-approval`) into `FILE.approval.sig`. It binds the SHA-512 of the
/// document and of the declarant's `.sig`, so the countersignature covers both: changing
/// either afterwards breaks the approval.
///
/// Format 2 also records who the approver is according to their own profile (their
/// unit and the lab head it names) and, for an exception request, whether the
/// exception is granted: the approver signs these, so a declarant cannot make someone
/// a lab head by writing their name into a declaration. Format 1 files still read.
public struct Approval: Equatable, Sendable {
  public static let formatLine = "sia-approval/2"
  public static let formatLines = ["sia-approval/1", formatLine]

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
  /// The approver's unit (code and name) from their own profile; nil in format 1.
  public var approverUnit: ResearchUnit?
  /// The lab head the approver's own profile names (themselves, for a lab head).
  public var approverLabHead: String?
  /// For an exception request: whether the approval grants the exception.
  public var exceptionGranted: Bool = false
  public var format: String = Approval.formatLine

  public init(
    document: String, documentSHA512: String, signatureSHA512: String, declarantKey: String, decision: Decision,
    date: String, approver: Person, approverKey: String, comment: String, approverUnit: ResearchUnit? = nil,
    approverLabHead: String? = nil, exceptionGranted: Bool = false
  ) {
    self.document = document
    self.documentSHA512 = documentSHA512
    self.signatureSHA512 = signatureSHA512
    self.declarantKey = declarantKey
    self.decision = decision
    self.date = date
    self.approver = approver
    self.approverKey = approverKey
    self.comment = comment
    self.approverUnit = approverUnit
    self.approverLabHead = approverLabHead
    self.exceptionGranted = exceptionGranted
    format = approverUnit == nil ? Approval.formatLines[0] : Approval.formatLine
  }

  /// Whether the approver's own profile makes them the lab head of unit `code`.
  public func approverHeads(unitCode code: String) -> Bool {
    guard let unit = approverUnit, let head = approverLabHead else { return false }
    return unit.code == code && !code.isEmpty && head.lowercased() == approver.email.lowercased()
  }

  public static func path(for document: String) -> String { document + ".approval" }

  public static func sha512Hex(_ data: Data) -> String {
    Hex.lower(SHA512.hash(data: data))
  }

  /// The file text: one `key: value` per line, stable order, single-line values.
  public var text: String {
    var fields: [(String, String)] = [
      ("document", document), ("document-sha512", documentSHA512), ("declarant-signature-sha512", signatureSHA512),
      ("declarant-key", declarantKey), ("decision", decision.rawValue), ("date", date),
      ("approver", approver.name), ("approver-email", approver.email), ("approver-key", approverKey),
    ]
    if let unit = approverUnit, let head = approverLabHead {
      fields += [
        ("approver-unit-code", unit.code), ("approver-unit", unit.name), ("approver-lab-head-email", head),
        ("exception-granted", exceptionGranted ? "yes" : "no"),
      ]
    }
    fields.append(("comment", comment))
    return ([format] + fields.map { "\($0.0): \(Approval.oneLine($0.1))" }).joined(separator: "\n") + "\n"
  }

  static func oneLine(_ text: String) -> String {
    Sanitizer.neutralize(text).split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// Parses an approval file; nil when it is not one: missing header or field, a field
  /// given twice or unknown, or a text that is not exactly what `text` writes.
  public static func parse(_ text: String) -> Approval? {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let format = lines.first, formatLines.contains(format), lines.last == "" else { return nil }
    lines.removeFirst()
    lines.removeLast()
    let known: Set<String> = [
      "document", "document-sha512", "declarant-signature-sha512", "declarant-key", "decision", "date", "approver",
      "approver-email", "approver-key", "comment", "approver-unit-code", "approver-unit", "approver-lab-head-email",
      "exception-granted",
    ]
    var fields: [String: String] = [:]
    for line in lines {
      let key: String
      let value: String
      if let colon = line.range(of: ": ") {
        key = String(line[..<colon.lowerBound])
        value = String(line[colon.upperBound...])
      } else if line.hasSuffix(":") {
        key = String(line.dropLast())
        value = ""
      } else {
        return nil
      }
      guard known.contains(key), fields.updateValue(value, forKey: key) == nil else { return nil }
    }
    guard let document = fields["document"], let documentHash = fields["document-sha512"],
      let signatureHash = fields["declarant-signature-sha512"], let declarantKey = fields["declarant-key"],
      let decision = fields["decision"].flatMap(Decision.init(rawValue:)), let date = fields["date"],
      let name = fields["approver"], let email = fields["approver-email"], let approverKey = fields["approver-key"]
    else { return nil }
    var unit: ResearchUnit?
    var head: String?
    var granted = false
    if format == formatLine {
      guard let code = fields["approver-unit-code"], let unitName = fields["approver-unit"],
        let labHead = fields["approver-lab-head-email"], let exception = fields["exception-granted"],
        ["yes", "no"].contains(exception)
      else { return nil }
      unit = ResearchUnit(name: unitName, code: code)
      head = labHead
      granted = exception == "yes"
    }
    let approval = Approval(
      document: document, documentSHA512: documentHash, signatureSHA512: signatureHash, declarantKey: declarantKey,
      decision: decision, date: date, approver: Person(name: name, email: email), approverKey: approverKey,
      comment: fields["comment"] ?? "", approverUnit: unit, approverLabHead: head, exceptionGranted: granted)
    // Only what `sia approve` writes, byte for byte: what is printed is what is signed.
    return approval.text == text ? approval : nil
  }
}
