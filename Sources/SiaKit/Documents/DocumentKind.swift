import Foundation

/// What a signed file is; it decides the SSHSIG namespace, so a signature made for one
/// kind of document can never pass for another (a training attestation's signature
/// does not validate a declaration, nor a declarant's signature an approval).
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
  case declaration
  /// An `interdit` verdict the declarant contests: never titled as a declaration.
  case exemptionRequest = "exemption-request"
  case training
  case approval

  public var namespace: String {
    switch self {
    case .declaration, .exemptionRequest: return "sia-declaration"
    case .training: return "sia-training"
    case .approval: return "sia-approval"
    }
  }

  /// The namespaces a declarant's key signs (for their allowed_signers line).
  public static let declarantNamespaces = ["sia-declaration", "sia-training"]

  /// The kind recorded in the document's structured block (`"kind": …`), else guessed
  /// from the file name (`attestation-…`, `formation-…`, `training-…`, `….approval`),
  /// else a declaration.
  public static func detect(document: Data, path: String) -> DocumentKind {
    if let text = String(data: document, encoding: .utf8), let block = StructuredBlock.extract(from: text),
      let object = try? JSONDecoder().decode([String: JSONValue].self, from: Data(block.utf8)),
      case .string(let name)? = object["kind"], let kind = DocumentKind(rawValue: name)
    {
      return kind
    }
    let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
    if name.hasSuffix(".approval") { return .approval }
    if ["attestation", "formation", "training"].contains(where: { name.hasPrefix($0) }) { return .training }
    return .declaration
  }
}

/// The fenced ```` ```json ```` block at the end of a document: the same content as
/// the prose, in canonical JSON, for registries and for `sia verify`.
public enum StructuredBlock {
  public static let fence = "```json"

  /// The JSON text of the last `json` fence, nil when there is none.
  public static func extract(from text: String) -> String? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.lastIndex(where: { $0 == Substring(fence) }) else { return nil }
    guard let end = lines[(start + 1)...].firstIndex(where: { $0 == "```" }) else { return nil }
    return lines[(start + 1)..<end].joined(separator: "\n")
  }

  /// The block as it is written: fence, one line of canonical JSON, closing fence.
  public static func render(_ canonicalJSON: String) -> String {
    "\(fence)\n\(canonicalJSON)\n```"
  }
}
