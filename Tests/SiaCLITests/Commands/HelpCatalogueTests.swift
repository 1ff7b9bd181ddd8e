import Foundation
import XCTest

@testable import SiaCLI
import SiaKit

/// Subcommand help in the interface language: every help string of the commands has a
/// French entry, and `--help` in French shows them, wrapped between words.
final class HelpCatalogueTests: XCTestCase {
  /// Every `help:`, `abstract:` and `discussion:` string of Sources/SiaCLI/Commands.
  func helpStrings() throws -> [String] {
    let folder = SiaRunner.repositoryRoot.appendingPathComponent("Sources/SiaCLI/Commands")
    var found: [String] = []
    let pattern = try NSRegularExpression(pattern: #"(?:help|abstract|discussion): ((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+)"#)
    let piece = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
    for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      let range = NSRange(text.startIndex..., in: text)
      for match in pattern.matches(in: text, range: range) {
        guard let literal = Range(match.range(at: 1), in: text) else { continue }
        let literalText = String(text[literal])
        let parts = piece.matches(in: literalText, range: NSRange(literalText.startIndex..., in: literalText))
          .compactMap {
            Range($0.range(at: 1), in: literalText).map { String(literalText[$0]) }
          }
        let joined = parts.joined()
        if !joined.isEmpty { found.append(joined) }
      }
    }
    return found
  }

  func testEveryHelpStringHasAFrenchEntry() throws {
    let strings = try helpStrings()
    XCTAssertGreaterThan(strings.count, 50)
    let missing = strings.filter { Messages.frenchHelp($0) == nil }
    XCTAssert(
      missing.isEmpty, "help strings with no French entry in Messages+Help.swift:\n" + missing.joined(separator: "\n"))
  }

  func testSubcommandHelpIsFrenchInAFrenchInterfaceAndEnglishInAnEnglishOne() throws {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    let french = try runner.run(["ask", "--help"])
    XCTAssertEqual(french.status, 0)
    XCTAssertTrue(french.stdout.contains("RÉSUMÉ : Répondre à une question"), french.stdout)
    XCTAssertTrue(french.stdout.contains("La question, en français ou en anglais."), french.stdout)
    XCTAssertTrue(french.stdout.contains("Afficher l'aide."), french.stdout)
    XCTAssertFalse(french.stdout.contains("Show help information"), french.stdout)
    let english = try runner.run(["ask", "--lang", "en", "--help"])
    XCTAssertTrue(english.stdout.contains("The question, in French or English."), english.stdout)
    // Wrapped between words at the width of the run (COLUMNS=80).
    for line in french.stdout.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 80, String(line)) }
  }

  func testAUsageErrorIsFrench() throws {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    let result = try runner.run(["ask"])
    XCTAssertNotEqual(result.status, 0)
    XCTAssertTrue(result.stderr.contains("Erreur : argument attendu manquant"), result.stderr)
  }
}
