import XCTest

@testable import SiaCLI

/// `sia verify`'s files are taken from the command line by sia (see `BatchArguments`):
/// the split must leave the parser every option and value it would have read.
final class BatchArgumentsTests: XCTestCase {
  /// The options with a value, as the parser itself shows them (`--name <value>`): an
  /// option added to `verify` (or to the global ones) without updating the list fails here.
  func testTheOptionsWithAValueAreTheParsersOwn() {
    let help = VerifyCommand.helpMessage(columns: 10_000)
    let shown = help.split(separator: "\n").flatMap { line in
      line.split(separator: " ").indices.compactMap { index -> String? in
        let words = line.split(separator: " ")
        guard words[index].hasPrefix("--"), index + 1 < words.count, words[index + 1].hasPrefix("<") else { return nil }
        return String(words[index].trimmingCharacters(in: CharacterSet(charactersIn: "[],")))
      }
    }
    XCTAssertFalse(shown.isEmpty, help)
    XCTAssertEqual(Set(shown), BatchArguments.verifyOptionsWithValues)
  }

  func testFilesAreTakenAndOptionsWithTheirValuesLeft() throws {
    let split = try XCTUnwrap(
      BatchArguments.split([
        "--lang", "en", "verify", "a.md", "--allowed-signers", "b.md", "--json", "c.md", "--principal=x", "d.md",
      ]))
    XCTAssertEqual(split.files, ["a.md", "c.md", "d.md"])
    XCTAssertEqual(
      split.parser, ["--lang", "en", "verify", "--allowed-signers", "b.md", "--json", "--principal=x", "a.md"])
  }

  func testAfterTheTerminatorEverythingIsAFile() throws {
    let split = try XCTUnwrap(BatchArguments.split(["verify", "--json", "--", "-odd.md", "--json", "e.md"]))
    XCTAssertEqual(split.files, ["-odd.md", "--json", "e.md"])
    XCTAssertEqual(split.parser, ["verify", "--json", "--", "-odd.md"])
  }

  func testNothingIsSplitWhenThereIsNothingToGain() {
    XCTAssertNil(BatchArguments.split(["verify", "a.md"]))
    XCTAssertNil(BatchArguments.split(["verify", "--json", "a.md", "--show"]))
    XCTAssertNil(BatchArguments.split(["sign", "a.md", "b.md"]))
    XCTAssertNil(BatchArguments.split(["--knowledge", "verify", "ask", "a", "b"]))
    XCTAssertNil(BatchArguments.split([]))
  }
}
