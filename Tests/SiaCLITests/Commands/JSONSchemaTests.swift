import Foundation
import XCTest

/// Every `--json` output is a contract: it is checked against the JSON Schema published
/// in docs/schemas/ (with Python's jsonschema, which the machine image carries), so a
/// field renamed or a type changed fails here before it breaks someone's script.
final class JSONSchemaTests: XCTestCase {
  var runner: SiaRunner!
  override func setUpWithError() throws { runner = try SiaRunner() }
  override func tearDown() { runner.cleanUp() }

  func testAskMatchesItsSchema() throws {
    try assertValid("ask", ["ask", "--json", "puis-je utiliser ChatGPT avec des données de patients ?"])
    try assertValid("ask", ["ask", "--json", "--lang", "en", "can I use ChatGPT to rewrite my manuscript?"])
  }

  /// Every state of the registry fixture (each line with its `sia verify` state), with
  /// and without an allowed-signers file.
  func testRegistryMatchesItsSchema() throws {
    let made = try runner.shell("bash '\(SiaRunner.fixtures.path)/registry/make-folder.sh' registre")
    XCTAssertEqual(made.status, 0, made.stderr)
    let output = try assertValid(
      "registry", ["registry", "registre", "--allowed-signers", "registre/allowed_signers", "--json"])
    XCTAssertTrue(output.contains("\"outcome\" : \"exception-request\""), output)
    try assertValid("registry", ["registry", "registre", "--json", "--lang", "en", "--pending"])
  }

  func testQuestionsMatchesItsSchema() throws {
    try assertValid("questions", ["questions", "--json"])
  }

  func testAssessMatchesItsSchemaWithEveryAnswerAnArray() throws {
    let answers = SiaRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/engine-bibliographie.yaml").path
    let output = try assertValid("assess", ["assess", "--json", "--answers", answers])
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let recorded = try XCTUnwrap(object["answers"] as? [String: Any])
    XCTAssertEqual(recorded["plateforme"] as? [String], ["public"], "a single choice is a one-element array")
    XCTAssertEqual(Set(recorded["finalite"] as? [String] ?? []), ["bibliographie", "redaction"])
  }

  func testGuideIndexAndSectionMatchTheirSchemas() throws {
    try assertValid("guide-index", ["guide", "--json"])
    try assertValid("guide-index", ["guide", "--json", "--lang", "en"])
    try assertValid("guide-section", ["guide", "donnees-sante", "--json"])
  }

  func testLintMatchesItsSchemaCleanAndBroken() throws {
    try assertValid("lint", ["lint", "--json"])
    // A knowledge copy with a dangling [§id]: problems listed, exit 1, still valid JSON.
    let copy = runner.home.appendingPathComponent("knowledge")
    try FileManager.default.copyItem(at: SiaRunner.repositoryRoot.appendingPathComponent("Knowledge"), to: copy)
    let section = copy.appendingPathComponent("guide/contacts.md")
    let text = try String(contentsOf: section, encoding: .utf8)
    try text.replacingOccurrences(of: "## En bref\n", with: "## En bref\nVoir [§section-absente].\n")
      .write(to: section, atomically: true, encoding: .utf8)
    let output = try assertValid("lint", ["lint", "--json", "--knowledge", copy.path], status: 1)
    XCTAssertTrue(output.contains("section-absente"), output)
  }

  func testProfileAndKeygenMatchTheirSchemasAndNeverPrintThePrivateKey() throws {
    try assertValid("profile", ["profile", "--name", "Marie Curie", "--email", "marie.curie@inserm.fr", "--json"])
    let keygen = try assertValid("keygen", ["keygen", "--json"])
    XCTAssertFalse(keygen.contains("PRIVATE KEY"))
  }

  func testTrainSummaryMatchesItsSchema() throws {
    XCTAssertEqual(try runner.run(["profile", "--name", "Marie Curie", "--email", "marie.curie@inserm.fr"]).status, 0)
    XCTAssertEqual(try runner.run(["keygen"]).status, 0)
    let trained = try runner.run(["train", "--seed", "42"], input: TrainingInDeclarationTests.passingAnswers)
    XCTAssertEqual(trained.status, 0, trained.stderr)
    let attestation = runner.home.appendingPathComponent(
      ".local/state/sia/training/attestations/attestation-formation-2026-11-29.md"
    ).path
    let notOne = runner.home.appendingPathComponent("notes.md")
    try Data("# Notes\n".utf8).write(to: notOne)
    let output = try assertValid("train-summary", ["train", "--summary", "--json", attestation, notOne.path])
    XCTAssertTrue(output.contains("\"kind\" : \"self-declared\""), output)
    XCTAssertTrue(output.contains("notes.md"), "a file that is not an attestation is listed in rejected")
  }

  /// The signed block of a declaration (docs/schemas/declaration.schema.json): both
  /// frozen formats as written, and the block `sia declare` writes today.
  func testDeclarationBlocksMatchTheirSchema() throws {
    let folder = SiaRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/documents")
    var texts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasPrefix("sia-declaration-")
    }
    .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    XCTAssertEqual(texts.count, 4)
    _ = try runner.run([
      "profile", "--name", "Jane Doe", "--email", "jane.doe@inserm.fr", "--unit", "Lab", "--unit-code", "U1",
      "--lab-head", "Paul Langevin", "--lab-head-email", "paul.langevin@inserm.fr",
    ])
    let answers = SiaRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/engine-bibliographie.yaml").path
    let declared = try runner.run([
      "declare", "--lang", "en", "--answers", answers, "--accept-all", "--no-sign", "--output", runner.home.path,
    ])
    XCTAssertEqual(declared.status, 0, declared.stderr)
    let written = try FileManager.default.contentsOfDirectory(atPath: runner.home.path).filter {
      $0.hasPrefix("declaration-")
    }
    XCTAssertEqual(written.count, 1)
    texts += try written.map { try String(contentsOf: runner.home.appendingPathComponent($0), encoding: .utf8) }
    for (index, text) in texts.enumerated() {
      let block = try XCTUnwrap(text.components(separatedBy: "```json\n").last?.components(separatedBy: "\n```").first)
      let document = runner.home.appendingPathComponent("block-\(index).json")
      try Data(block.utf8).write(to: document)
      let result = try validate(schema: "declaration", document: document)
      XCTAssertEqual(result.status, 0, result.output)
    }
    XCTAssertTrue(texts.last?.contains(#""format":"sia-declaration/2""#) == true)
  }

  /// The registry's per-file state is what `sia verify --json` gives: the two schemas
  /// share their definitions word for word, so a field added to one is added to both.
  func testRegistryStateDefinitionsAreVerifys() throws {
    func definitions(_ schema: String) throws -> NSDictionary {
      let url = SiaRunner.repositoryRoot.appendingPathComponent("docs/schemas/\(schema).schema.json")
      let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
      return try XCTUnwrap(object?["$defs"] as? NSDictionary)
    }
    let verify = try definitions("verify")
    let registry = try definitions("registry")
    for case let name as String in verify.allKeys where registry[name] != nil {
      XCTAssertEqual(verify[name] as? NSDictionary, registry[name] as? NSDictionary, name)
    }
    XCTAssertNotNil(registry["file"], "the registry schema names each file's state 'file', as verify's does")
  }

  func testASchemaViolationIsReported() throws {
    // The checker itself must be able to fail: a document missing a required field.
    let document = runner.home.appendingPathComponent("bad.json")
    try Data(#"{"query": "x", "results": []}"#.utf8).write(to: document)
    let result = try validate(schema: "ask", document: document)
    XCTAssertEqual(result.status, 1, result.output)
    XCTAssertTrue(result.output.contains("understood_terms"), result.output)
  }

  @discardableResult
  func assertValid(
    _ schema: String, _ arguments: [String], status: Int32 = 0, file: StaticString = #filePath, line: UInt = #line
  ) throws -> String {
    let result = try runner.run(arguments)
    XCTAssertEqual(result.status, status, result.stderr, file: file, line: line)
    let document = runner.home.appendingPathComponent("\(schema)-\(UUID().uuidString).json")
    try Data(result.stdout.utf8).write(to: document)
    let validation = try validate(schema: schema, document: document)
    XCTAssertEqual(
      validation.status, 0, "sia \(arguments.joined(separator: " ")):\n\(validation.output)", file: file, line: line)
    return result.stdout
  }

  func validate(schema: String, document: URL) throws -> (status: Int32, output: String) {
    let root = SiaRunner.repositoryRoot
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", root.appendingPathComponent("Tests/schemas/validate.py").path,
      root.appendingPathComponent("docs/schemas/\(schema).schema.json").path, document.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }
}
