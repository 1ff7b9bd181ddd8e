import Foundation
import SiaKit
import XCTest

/// Diagnostics of knowledge files and answers files read in the interface's language:
/// policy staff read `sia lint` in French. The `file:line:` prefix stays as editors and
/// CI logs parse it; only the words change.
final class DiagnosticLanguageTests: XCTestCase {
  static let lintFixtures = Fixtures.folder.appendingPathComponent("lint")

  func testEveryLintFixtureDiagnosticHasItsOwnFrenchSentence() throws {
    let cases = try FileManager.default.contentsOfDirectory(atPath: Self.lintFixtures.path).sorted()
    var count = 0
    for name in cases {
      for diagnostic in Linter.lint(root: Self.lintFixtures.appendingPathComponent(name).path) {
        count += 1
        XCTAssertNotEqual(diagnostic.text.fr, diagnostic.text.en, "\(name): untranslated «\(diagnostic.description)»")
        XCTAssertFalse(diagnostic.text.fr.isEmpty, diagnostic.description)
        let prefix = "\(diagnostic.file):\(diagnostic.line): "
        XCTAssertTrue(
          diagnostic.rendered(.fr).hasPrefix(
            prefix + (diagnostic.severity == .error ? "erreur : " : "avertissement : ")))
        XCTAssertTrue(diagnostic.rendered(.en).hasPrefix(prefix + diagnostic.severity.rawValue + ": "))
        XCTAssertEqual(diagnostic.rendered(.en), diagnostic.description)
      }
    }
    XCTAssertGreaterThan(count, 60)
  }

  func testLintReadsInFrenchWithItsPlaceAndId() {
    let root = Self.lintFixtures.appendingPathComponent("dangling").path
    let french = Linter.lint(root: root).map { $0.rendered(.fr) }
    XCTAssertTrue(
      french.contains("guide/alpha.md:15: erreur : alpha : renvoi vers une section inexistante [§nowhere]"), "\(french)"
    )
    let english = Linter.lint(root: root).map { $0.rendered(.en) }
    XCTAssertTrue(english.contains("guide/alpha.md:15: error: alpha: dangling reference [§nowhere]"), "\(english)")
  }

  /// libyaml speaks English: the problems an editor meets most are said in French too.
  func testAYAMLSyntaxErrorIsExplainedInFrench() {
    let root = Self.lintFixtures.appendingPathComponent("yaml").path
    let french = Linter.lint(root: root).map { $0.rendered(.fr) }
    XCTAssertTrue(
      french.contains(
        "guide/alpha.md:8: erreur : YAML invalide : il manque une virgule ou le « ] » qui ferme la liste"),
      "\(french)")
    let english = Linter.lint(root: root).map { $0.rendered(.en) }
    XCTAssertTrue(
      english.contains("guide/alpha.md:8: error: invalid YAML: did not find expected ',' or ']'"), "\(english)")
  }

  func testAnswersFileProblemsInBothLanguages() throws {
    let knowledge = Fixtures.knowledgeRoot
    let model = DecisionLoader.load(root: knowledge).model
    let parsed = AnswersFile.parse(text: "plateform: public\nplateforme: publique\n", file: "a.yaml", model: model)
    let french = parsed.diagnostics.map { $0.rendered(.fr) }
    XCTAssertTrue(
      french.contains("a.yaml:1: erreur : plateform : question inconnue (vouliez-vous dire « plateforme » ?)"),
      "\(french)")
    XCTAssertTrue(
      french.contains { $0.hasPrefix("a.yaml:2: erreur : plateforme : option inconnue « publique » (attendues : ") },
      "\(french)")
    XCTAssertTrue(french.contains { $0.hasSuffix(": réponse obligatoire manquante") }, "\(french)")
    let english = parsed.diagnostics.map { $0.rendered(.en) }
    XCTAssertTrue(
      english.contains("a.yaml:1: error: plateform: unknown question (did you mean 'plateforme'?)"), "\(english)")
    XCTAssertTrue(english.contains { $0.hasSuffix(": missing required answer") }, "\(english)")
  }

  /// A sentence written straight into a diagnostic would show in English in the French
  /// interface: the kit builds every diagnostic from the catalogue.
  func testNoDiagnosticIsBuiltFromALiteralSentence() throws {
    let sources = Fixtures.repositoryRoot.appendingPathComponent("Sources/SiaKit")
    let files =
      FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Messages/") } ?? []
    XCTAssertGreaterThan(files.count, 100)
    var offenders: [String] = []
    for file in files {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      for (number, line) in lines.enumerated() where line.contains("message: \"") {
        // `Problem(message:)`: allowed_signers lines, told through `SignerTrust.malformedLine`
        // (the formatter may put the argument on the line after `Problem(`).
        let opener = number > 0 ? lines[number - 1].trimmingCharacters(in: .whitespaces) : ""
        let isProblem = line.contains("Problem(message:") || opener.hasSuffix("Problem(")
        if !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") && !isProblem && !line.contains("@available(") {
          offenders.append("\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
        }
      }
    }
    XCTAssertEqual(offenders, [], offenders.joined(separator: "\n"))
  }
}
