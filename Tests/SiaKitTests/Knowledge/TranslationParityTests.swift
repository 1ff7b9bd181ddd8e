import Foundation
import SiaKit
import XCTest

/// The English texts beside the French ones: how a translation records its source, how
/// `sia lint` notices a stale one, and that the English UI shows the English body.
final class TranslationParityTests: XCTestCase {
  func testTheHashIgnoresTrailingSpacesAndOuterBlankLinesOnly() {
    let base = TranslationHash.of("## En bref\nUn texte.\n")
    XCTAssertEqual(base.count, 12)
    XCTAssertEqual(TranslationHash.of("\n\n## En bref  \nUn texte.\t\n\n"), base)
    XCTAssertEqual(TranslationHash.of("## En bref\r\nUn texte."), base)
    XCTAssertNotEqual(TranslationHash.of("## En bref\nUn autre texte."), base)
    XCTAssertNotEqual(TranslationHash.of("## En bref\n\nUn texte."), base, "a blank line inside is a visible change")
  }

  func testEditingTheFrenchMakesTheTranslationStaleAndTheGivenHashCuresIt() throws {
    let root = try copyFixture("valid")
    XCTAssertEqual(staleWarnings(root), [])
    let french = root + "/guide/alpha.md"
    var text = try String(contentsOfFile: french, encoding: .utf8)
    text = text.replacingOccurrences(of: "Texte de la section", with: "Texte corrigé de la section")
    try text.write(toFile: french, atomically: true, encoding: .utf8)
    let stale = staleWarnings(root)
    XCTAssertEqual(stale.count, 1)
    XCTAssertEqual(stale.first?.file, "guide/en/alpha.md")
    // The warning gives the new hash; recording it (after updating the English) clears it.
    let newHash = try XCTUnwrap(stale.first?.message.split(separator: " ").last.map(String.init))
    let english = root + "/guide/en/alpha.md"
    let translated = try String(contentsOfFile: english, encoding: .utf8)
      .replacingOccurrences(
        of: #"translated_from: [0-9a-f]+"#, with: "translated_from: \(newHash)", options: .regularExpression)
    try translated.write(toFile: english, atomically: true, encoding: .utf8)
    XCTAssertEqual(staleWarnings(root), [])
  }

  func testTheEnglishBodyIsAttachedWithEnglishPlaceholders() throws {
    let root = try copyFixture("valid")
    try
      "institut: \"Inserm\"\ncontact_ia: \"pole.ia@inserm.fr\"\ndpo: \"délégué·e\"\ndpo_en: \"data protection officer\"\n"
      .write(toFile: root + "/institute.yaml", atomically: true, encoding: .utf8)
    let english = root + "/guide/en/alpha.md"
    let text = try String(contentsOfFile: english, encoding: .utf8) + "- Ask the {{dpo}}.\n"
    try text.write(toFile: english, atomically: true, encoding: .utf8)
    let section = try XCTUnwrap(KnowledgeLoader.load(root: root).knowledge.section("alpha"))
    XCTAssertTrue(section.body(.en).hasPrefix("## In brief"))
    XCTAssertTrue(section.body(.en).contains("Ask the data protection officer."))
    XCTAssertTrue(section.body(.fr).hasPrefix("## En bref"))
    XCTAssertEqual(section.english?.reviewed, "2026-12-07")
  }

  func testEveryShippedSectionAndAnswerHasItsEnglishText() {
    let root = Fixtures.knowledgeRoot
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    for section in knowledge.sections {
      let body = section.english?.body ?? ""
      XCTAssertTrue(body.contains("## What to do"), "\(section.id): no English text")
      XCTAssertFalse(body.contains("{{"), "\(section.id): placeholder left unexpanded")
      XCTAssertFalse(section.titleEn.contains("{{"), "\(section.id): placeholder in the English title")
    }
    for entry in knowledge.faq {
      XCTAssertFalse(entry.answer.en.isEmpty, entry.id)
      XCTAssertEqual(
        Set(CrossReference.ids(in: entry.answer.en)), Set(CrossReference.ids(in: entry.answer.fr)), entry.id)
    }
  }

  private func staleWarnings(_ root: String) -> [Diagnostic] {
    Linter.lint(root: root).filter { $0.message.hasPrefix("stale translation") }
  }

  private func copyFixture(_ name: String) throws -> String {
    let source = Fixtures.folder.appendingPathComponent("lint/\(name)")
    let target = FileManager.default.temporaryDirectory.appendingPathComponent("parity-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: source, to: target)
    addTeardownBlock { try? FileManager.default.removeItem(at: target) }
    return target.path
  }
}
