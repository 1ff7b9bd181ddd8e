import Foundation
import XCTest

/// Documents in the declarant's language (issue 16), through the real binary: `--lang`,
/// else the profile's `--document-lang`, else the interface's; the file name follows;
/// `verify --show` renders a document in the reader's language.
final class DocumentLanguageTests: XCTestCase {
  var runner: SiaRunner!
  override func setUpWithError() throws { runner = try SiaRunner() }
  override func tearDown() { runner.cleanUp() }

  static let answers = SiaRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/engine-internal-llm.yaml").path

  func profile(_ extra: [String] = []) throws {
    let result = try runner.run(
      [
        "profile", "--name", "Jane Doe", "--email", "jane.doe@inserm.fr", "--unit", "Lab", "--unit-code", "U1",
        "--lab-head", "Paul Langevin", "--lab-head-email", "paul.langevin@inserm.fr",
      ] + extra)
    XCTAssertEqual(result.status, 0, result.stderr)
  }

  func declare(_ extra: [String] = []) throws -> String {
    let result = try runner.run(
      ["declare", "--answers", Self.answers, "--accept-all", "--no-sign", "--output", runner.home.path] + extra)
    XCTAssertEqual(result.status, 0, result.stderr)
    let line = try XCTUnwrap(result.stdout.split(separator: "\n").first.map(String.init))
    return URL(fileURLWithPath: String(line.split(separator: " ").last ?? "")).lastPathComponent
  }

  func testTheProfilesLanguageWritesTheDocumentUnlessLangIsGiven() throws {
    try profile(["--document-lang", "en"])
    let english = try declare()
    XCTAssertEqual(english, "declaration-2026-11-29-internal-environment-llm-cloud-inserm.md")
    let text = try String(contentsOf: runner.home.appendingPathComponent(english), encoding: .utf8)
    XCTAssertTrue(text.hasPrefix("# Declaration of use of an AI system"))
    XCTAssertTrue(
      text.contains("**English** — The AI system internal environment LLM (Cloud Inserm) (Inserm) was used"), text)
    XCTAssertTrue(text.contains("**Français** — Le système d'IA LLM de l'environnement interne (Cloud Inserm)"), text)
    let french = try declare(["--lang", "fr"])
    XCTAssertEqual(french, "declaration-2026-11-29-llm-de-l-environnement-interne-cloud.md")
    let bad = try runner.run(["profile", "--document-lang", "de"])
    XCTAssertEqual(bad.status, 64, bad.stderr)
  }

  func testVerifyShowsAnEnglishDocumentInFrench() throws {
    try profile()
    _ = try runner.run(["keygen"])
    let result = try runner.run([
      "declare", "--lang", "en", "--answers", Self.answers, "--accept-all", "--output", runner.home.path,
    ])
    XCTAssertEqual(result.status, 0, result.stderr)
    let file = runner.home.appendingPathComponent("declaration-2026-11-29-internal-environment-llm-cloud-inserm.md")
      .path
    let shown = try runner.run(["verify", "--show", file])
    // No allowed_signers file: unknown signer (3), and the document still shows.
    XCTAssertEqual(shown.status, 3, shown.stderr)
    XCTAssertTrue(
      shown.stdout.contains("tel qu'il se lit en français (rendu depuis ses données signées ; écrit en anglais)"),
      shown.stdout)
    XCTAssertTrue(shown.stdout.contains("Quelles données allez-vous fournir"), shown.stdout)
    XCTAssertFalse(shown.stdout.contains("Which data"), shown.stdout)
    // A document whose text no longer matches its data is not shown.
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "## Intended use", with: "## Intended uses").write(
      toFile: file, atomically: true, encoding: .utf8)
    let tampered = try runner.run(["verify", "--show", file])
    XCTAssertTrue(tampered.stdout.contains("pas affiché, le document ne tient pas"), tampered.stdout)
    XCTAssertFalse(tampered.stdout.contains("Quelles données allez-vous"), tampered.stdout)
  }
}
