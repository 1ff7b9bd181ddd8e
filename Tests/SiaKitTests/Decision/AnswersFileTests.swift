import SiaKit
import XCTest

final class AnswersFileTests: XCTestCase {
  let model = DecisionFixtures.model

  func testEveryProblemIsListedWithItsKeyAndLine() {
    let text = """
      type-systeme: chat-generatif
      plateform: public
      donnees: [sante, aucune]
      finalite: redaction
      formation: peut-etre
      usage-sorties: [interne]
      taille-modele: [grand, petit]
      """
    let result = AnswersFile.parse(text: text, file: "a.yaml", model: model)
    let lines = result.diagnostics.sortedForReport.map(\.description)
    XCTAssertTrue(
      lines.contains("a.yaml:2: error: plateform: unknown question (did you mean 'plateforme'?)"), "\(lines)")
    XCTAssertTrue(
      lines.contains("a.yaml:3: error: donnees: 'aucune' cannot be combined with other options"), "\(lines)")
    XCTAssertTrue(lines.contains { $0.hasPrefix("a.yaml:5: error: formation: unknown option 'peut-etre'") }, "\(lines)")
    XCTAssertTrue(lines.contains("a.yaml:7: error: taille-modele: one option expected, got 2"), "\(lines)")
    XCTAssertTrue(lines.contains("a.yaml:1: error: plateforme: missing required answer"), "\(lines)")
    XCTAssertTrue(lines.contains("a.yaml:1: error: volume: missing required answer"), "\(lines)")
  }

  func testJSONAndYesNoSynonymsAreAccepted() {
    let json = """
      {"type-systeme": "traduction", "plateforme": "interne", "donnees": ["publiques"], "finalite": ["traduction"],
       "usage-sorties": "interne", "formation": "yes", "taille-modele": "moyen", "volume": "quelques", "outil": "DeepL"}
      """
    let result = AnswersFile.parse(text: json, file: "a.json", model: model)
    XCTAssertEqual(result.diagnostics.map(\.description), [])
    XCTAssertEqual(result.answers["formation"], ["oui"])
    XCTAssertEqual(result.answers["outil"], ["DeepL"])
  }

  func testAnswersToQuestionsThatDoNotApplyAreWarnedAbout() {
    let text = """
      type-systeme: traduction
      plateforme: interne
      localisation-fournisseur: ue
      donnees: [publiques]
      finalite: [traduction]
      usage-sorties: [interne]
      formation: oui
      taille-modele: moyen
      volume: quelques
      """
    let result = AnswersFile.parse(text: text, file: "a.yaml", model: model)
    XCTAssertEqual(
      result.diagnostics.map(\.description),
      [
        "a.yaml:3: warning: localisation-fournisseur: ignored: this question does not apply given the other answers"
      ])
  }
}
