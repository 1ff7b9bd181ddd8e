import Foundation
@testable import SiaCLI
import SiaKit
import XCTest

/// The pieces of the explanation that transcripts do not isolate.
final class AssessmentRendererTests: XCTestCase {
  func testInlineCitationsAreRemovedFromRunningText() {
    XCTAssertEqual(CitationText.plain("Texte [§a] [§b-c]."), "Texte.")
    XCTAssertEqual(CitationText.plain("Sans citation."), "Sans citation.")
  }

  func testInBriefTakesTheFirstSectionOnly() {
    let body = "## En bref\nPremière **phrase**.\nSuite `code`.\n\n## Ce qu'il faut savoir\nAutre chose."
    XCTAssertEqual(GuideExcerptRenderer.inBrief(body), "Première phrase. Suite code.")
    let english = "## In brief\nFirst **sentence**.\n\n## What you need to know\nOther."
    XCTAssertEqual(GuideExcerptRenderer.inBrief(english), "First sentence.")
    XCTAssertEqual(GuideExcerptRenderer.inBrief("## Autre titre\nTexte."), "")
  }

  func testTriggersAndChangesUseShortLabels() throws {
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path
    let model = DecisionLoader.load(root: root).model
    let renderer = AssessmentRenderer(
      console: Console(styled: false, width: 80), lang: .fr, model: model,
      knowledge: KnowledgeLoader.load(root: root).knowledge)
    XCTAssertEqual(
      renderer.describe(Trigger(question: "plateforme", answer: ["public"])),
      "Lieu d'exécution : service externe public")
    XCTAssertEqual(renderer.describe(Trigger(question: "aipd", answer: [])), "DPO et AIPD : (sans réponse)")
    let change = Alternative.Change(question: "plateforme", from: ["public"], to: ["interne"])
    XCTAssertEqual(
      renderer.change(change),
      "Lieu d'exécution : « service externe public » → « dans l'environnement sécurisé interne de l'institut »")
    let removal = Alternative.Change(question: "donnees", from: ["publiques", "sante"], to: ["publiques"])
    XCTAssertEqual(renderer.change(removal), "Données : retirer « des données de santé »")
  }
}
