import Foundation
import SiaKit
import SiaTestSupport
import XCTest

/// Each folder under Fixtures/lint is a small knowledge base with deliberate mistakes
/// and an `expected.txt` listing the diagnostics `sia lint` must report (one per line,
/// `(re)` suffix for a regular expression). The `valid` one must report no error.
final class LintFixtureTests: XCTestCase {
  static let fixtures = Fixtures.folder.appendingPathComponent("lint")

  func testEveryBrokenFixtureReportsItsProblemsWithFileAndLine() throws {
    let cases = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).sorted()
    XCTAssertGreaterThanOrEqual(cases.count, 5)
    for name in cases {
      let root = Self.fixtures.appendingPathComponent(name).path
      let diagnostics = Linter.lint(root: root).map(\.description)
      let expected = try String(contentsOfFile: root + "/expected.txt", encoding: .utf8)
        .split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
      if expected.isEmpty {
        XCTAssertEqual(Linter.lint(root: root).filter { $0.severity == .error }.map(\.description), [], name)
      }
      for line in expected {
        XCTAssertTrue(
          diagnostics.contains { Transcript.lineMatches(expected: line, actual: $0) },
          "\(name): expected «\(line)» among:\n\(diagnostics.joined(separator: "\n"))")
      }
    }
  }

  func testTheShippedKnowledgeHasNoError() {
    let root = Fixtures.knowledgeRoot
    let errors = Linter.lint(root: root).filter { $0.severity == .error }
    XCTAssertEqual(errors.map(\.description), [])
  }

  func testTheShippedGuideIsComplete() {
    let root = Fixtures.knowledgeRoot
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    XCTAssertGreaterThanOrEqual(knowledge.sections.count, 45)
    XCTAssertGreaterThanOrEqual(knowledge.faq.count, 40)
    // Every theme has sections, and every section a source and the "what to do" part.
    for theme in knowledge.themes {
      XCTAssertFalse(
        knowledge.sections.filter { $0.tags.contains(theme.id) }.isEmpty, "theme \(theme.id) has no section")
    }
    for section in knowledge.sections {
      XCTAssertFalse(section.sources.isEmpty, section.id)
      XCTAssertTrue(section.body.contains("## Que faire"), section.id)
      XCTAssertFalse(section.body.contains("{{"), "\(section.id): placeholder left unexpanded")
    }
  }

  func testPlaceholdersExpandWithTheInstituteFile() {
    let institute = Institute(values: [
      "contact_ia": "pole.ia@inserm.fr", "pole_ia": "pôle IA", "pole_ia_en": "AI unit",
    ])
    XCTAssertEqual(institute.expand("Écrire à {{contact_ia}}."), "Écrire à pole.ia@inserm.fr.")
    XCTAssertEqual(institute.expand("Ask the {{pole_ia}}", .en), "Ask the AI unit")
    var unknown: [String] = []
    XCTAssertEqual(
      institute.expand("{{nope}} et {{ contact_ia }}") { unknown.append($0) }, "{{nope}} et pole.ia@inserm.fr")
    XCTAssertEqual(unknown, ["nope"])
  }

  func testCrossReferencesAreFoundWithTheirLines() {
    let refs = CrossReference.references(in: "a [§un]\nb\nc [§deux] et [§ trois ]")
    XCTAssertEqual(refs.map(\.id), ["un", "deux", "trois"])
    XCTAssertEqual(refs.map(\.line), [0, 2, 2])
  }
}
