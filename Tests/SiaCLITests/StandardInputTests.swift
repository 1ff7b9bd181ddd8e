import Foundation
import XCTest

/// `-` names standard input wherever a file can be read whole (answers, scan texts,
/// scan reports, allowed_signers); where a signed document is named (verify, sign,
/// approve, export, registry, train --certify/--summary), its FILE.sig, .approval or
/// .cert lie beside it, which standard input cannot have: `-` is then a usage error
/// that says so.
final class StandardInputTests: XCTestCase {
  var sia: SiaRunner!

  override func setUpWithError() throws {
    sia = try SiaRunner()
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
  }

  override func tearDown() { sia.cleanUp() }

  func testAllowedSignersFromStandardInput() throws {
    let declaration = try sia.declare()
    let signers = try sia.read("allowed_signers")
    let verified = try sia.expect(0, ["verify", "--allowed-signers", "-", declaration], input: signers)
    XCTAssertTrue(verified.stdout.contains("marie.curie@inserm.fr"), verified.stdout)
    // Without the declarant listed, the same document is not trusted: stdin was read.
    let unlisted = try sia.run(["verify", "--allowed-signers", "-", declaration], input: "# nobody\n")
    XCTAssertNotEqual(unlisted.status, 0, unlisted.stdout)
    let json = try sia.expect(0, ["verify", "--json", "--allowed-signers", "-", declaration], input: signers)
    XCTAssertTrue(json.stdout.contains("\"outcome\" : \"valid\""), json.stdout)
  }

  func testAnswersAndScanReportFromStandardInput() throws {
    let answers = try String(
      contentsOf: SiaRunner.fixtures.appendingPathComponent("engine-bibliographie.yaml"), encoding: .utf8)
    try sia.expect(0, ["assess", "--answers", "-"], input: answers)
    let declared = try sia.expect(
      0, ["declare", "--answers", "-", "--accept-all", "--use", SiaRunner.use, "--slug", "stdin"], input: answers)
    XCTAssertTrue(declared.stdout.contains("stdin"), declared.stdout)
  }

  func testADocumentArgumentRefusesStandardInputWithOneClearLine() throws {
    let expected = "sia: « - » (l'entrée standard) ne convient pas ici : un document signé va avec les fichiers"
    for arguments in [
      ["verify", "-"], ["sign", "-"], ["approve", "-"], ["export", "-", "--html"], ["registry", "-"],
      ["train", "--summary", "-"], ["train", "--certify", "-"],
    ] {
      let result = try sia.expect(64, arguments, input: "texte\n")
      XCTAssertTrue(result.stderr.hasPrefix(expected), "sia \(arguments.joined(separator: " ")): \(result.stderr)")
      XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }
    let english = try sia.expect(64, ["verify", "--lang", "en", "-"])
    XCTAssertTrue(english.stderr.hasPrefix("sia: “-” (standard input) cannot be used here"), english.stderr)
  }
}
