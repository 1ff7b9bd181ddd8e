import Foundation
import SiaKit

/// `sia verify --json`: one JSON document for the whole run, a `DocumentState` per
/// file, as docs/schemas/verify.schema.json describes (`format` names its version).
enum VerifyJSON {
  static let format = "sia-verify/1"

  struct Output: Encodable {
    var format: String
    var outcome: DocumentOutcome
    var exitCode: Int32
    var files: [DocumentState]
  }

  static func text(_ states: [DocumentState], outcome: DocumentOutcome) throws -> String {
    try StableJSON.string(Output(format: format, outcome: outcome, exitCode: outcome.exitCode, files: states))
  }
}
