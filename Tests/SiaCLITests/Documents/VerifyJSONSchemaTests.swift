import Foundation
import SiaKit
import XCTest

/// `sia verify --json` follows docs/schemas/verify.schema.json for every kind of file
/// and every outcome, and the validator used here does reject what breaks the schema.
final class VerifyJSONSchemaTests: XCTestCase {
  static let schemaPath = SiaRunner.repositoryRoot.appendingPathComponent("docs/schemas/verify.schema.json")

  func testEveryOutputFollowsTheSchema() throws {
    let validator = try JSONSchemaValidator(schema: String(contentsOf: Self.schemaPath, encoding: .utf8))
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
    try FileManager.default.copyItem(
      atPath: sia.path("allowed_signers"), toPath: sia.path("labhead/sia/allowed_signers"))
    let declaration = try sia.declare()
    try sia.expect(0, ["approve", declaration, "--comment", "D'accord."], env: sia.labHead)
    let request = try sia.declare(
      "engine-comptes-rendus.yaml", extra: ["--justification", "Pseudonymisation préalable."])
    try sia.expect(0, ["approve", request, "--grant-exception"], env: sia.labHead)
    let contested = try sia.declare(extra: ["--slug", "contestee", "--justification", "Relu à deux."])
    try sia.expect(0, ["train", "--seed", "42"], input: TrainingInDeclarationTests.passingAnswers)
    let attestation = ".local/state/sia/training/attestations/attestation-formation-2026-11-29.md"
    try sia.write("sans bloc\n", to: "autre.md")
    try sia.expect(0, ["sign", "autre.md"])
    try sia.write(
      try sia.read(contested).replacingOccurrences(of: "Relu à deux.", with: "Relu à trois."), to: contested)
    let files = [declaration, declaration + ".approval", request, contested, attestation, "autre.md", "absent.md"]
    var outcomes = Set<String>()
    for (arguments, env) in [
      (["--allowed-signers", "allowed_signers"], [:]), ([], [:]),
      (["--lang", "en", "--allowed-signers", "allowed_signers"], ["SIA_NOW": "2028-06-01T00:00:00Z"]),
    ] as [([String], [String: String])] {
      let result = try sia.run(["verify", "--json"] + arguments + files, extraEnvironment: env)
      XCTAssertEqual(try validator.errors(result.stdout), [], result.stdout)
      guard case .object(let output) = try JSONReader.parse(result.stdout), case .array(let states)? = output["files"],
        case .int(let exit)? = output["exitCode"]
      else { return XCTFail(result.stdout) }
      XCTAssertEqual(Int32(exit), result.status, "the exit status is the one the JSON states")
      XCTAssertEqual(states.count, files.count)
      for case .object(let state) in states {
        if case .string(let outcome)? = state["outcome"] { outcomes.insert(outcome) }
      }
    }
    XCTAssertEqual(outcomes, ["valid", "invalid", "unverifiable", "unknown-signer", "expired", "exception-request"])
  }

  /// The validator is not a rubber stamp: a missing field, an unknown one, a value
  /// outside an enum or of the wrong type each fail.
  func testTheValidatorRejectsWhatBreaksTheSchema() throws {
    let validator = try JSONSchemaValidator(schema: String(contentsOf: Self.schemaPath, encoding: .utf8))
    let good = """
      {"format":"sia-verify/1","outcome":"unverifiable","exitCode":2,"files":[{"file":"x.md","kind":"unknown",\
      "outcome":"unverifiable","exitCode":2,"expired":false,"findings":[],"signature":{"outcome":"unverifiable",\
      "namespace":"sia-declaration","trust":"no-allowed-signers"}}]}
      """
    XCTAssertEqual(try validator.errors(good), [])
    for (bad, why) in [
      (good.replacingOccurrences(of: "\"format\":\"sia-verify/1\",", with: ""), "missing format"),
      (good.replacingOccurrences(of: "\"kind\":\"unknown\"", with: "\"kind\":\"memo\""), "kind outside the enum"),
      (good.replacingOccurrences(of: "\"expired\":false", with: "\"expired\":0"), "integer for a boolean"),
      (good.replacingOccurrences(of: "\"findings\":[]", with: "\"findings\":[],\"extra\":1"), "unknown field"),
      (
        good.replacingOccurrences(of: "\"kind\":\"unknown\"", with: "\"kind\":\"exception-request\""),
        "exception request without who may grant it"
      ),
      (
        good.replacingOccurrences(
          of: "\"kind\":\"unknown\"", with: "\"kind\":\"exception-request\",\"exceptionGrantors\":\"\""),
        "empty exceptionGrantors"
      ),
      (
        good.replacingOccurrences(of: "\"exitCode\":2,\"files\"", with: "\"exitCode\":9,\"files\""),
        "exit status outside the table"
      ),
    ] {
      XCTAssertFalse(try validator.errors(bad).isEmpty, why)
    }
  }
}
