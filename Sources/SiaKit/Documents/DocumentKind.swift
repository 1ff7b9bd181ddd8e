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
    DocumentContent(document: document).kind(path: path)
  }
}

extension DocumentKind {
  /// How sia names the files of each kind, in French and in English: `verify` checks a
  /// name against the kind its data says, and `sia registry` finds documents by them.
  public static let namePrefixes: [(prefix: String, kind: DocumentKind)] = [
    ("declaration-", .declaration), ("derogation-", .exemptionRequest), ("exemption-request-", .exemptionRequest),
    ("attestation-", .training), ("formation-", .training), ("training-", .training),
  ]
}
