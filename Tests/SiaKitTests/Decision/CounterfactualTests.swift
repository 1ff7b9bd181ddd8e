import SiaKit
import XCTest

/// "What would make this allowed?": the smallest safer changes that lower the verdict.
final class CounterfactualTests: XCTestCase {
  let patients = Answers([
    "type-systeme": ["chat-generatif"], "plateforme": ["public"], "localisation-fournisseur": ["hors-ue"],
    "donnees": ["sante"], "identifiabilite": ["pseudonymisees"], "finalite": ["redaction"],
    "usage-sorties": ["interne"],
    "formation": ["oui"], "aipd": ["aipd-realisee"], "autorisations": ["obtenues"], "taille-modele": ["grand"],
    "volume": ["dizaines"],
  ])

  func testSuggestsTheInternalEnvironmentAndAnonymisedData() throws {
    let assessment = DecisionFixtures.engine.assess(patients)
    XCTAssertEqual(assessment.verdict, .interdit)
    let singles = assessment.alternatives.filter { $0.changes.count == 1 }
    let toInternal = try XCTUnwrap(
      singles.first { $0.changes[0].question == "plateforme" && $0.changes[0].to == ["interne"] })
    XCTAssertEqual(toInternal.verdict, .conditions)
    let anonymised = try XCTUnwrap(singles.first { $0.changes[0].to == ["anonymisees"] })
    XCTAssertEqual(anonymised.changes[0].from, ["pseudonymisees"])
    XCTAssertEqual(anonymised.verdict, .validation)
    for alternative in assessment.alternatives { XCTAssertLessThan(alternative.verdict, .interdit) }
  }

  func testOnlySaferMovesAreProposed() {
    let model = DecisionFixtures.model
    for move in Counterfactuals(engine: DecisionFixtures.engine).saferMoves(patients) {
      guard let question = model.question(move.question) else { return XCTFail(move.question) }
      for added in move.to where !move.from.contains(added) {
        let isSafer =
          move.from.contains { question.risk.safer(than: $0).contains(added) }
          || question.option(added)?.exclusive == true
        XCTAssertTrue(isSafer, "\(move.question): \(added) is not safer than \(move.from)")
      }
    }
  }

  func testPairsAppearOnlyWhenNoSingleChangeSuffices() {
    // A review of a confidential manuscript on a public service: leaving the public
    // service alone is not enough, the confidential document must go too.
    let review = Answers([
      "type-systeme": ["chat-generatif"], "plateforme": ["public"], "localisation-fournisseur": ["ue"],
      "donnees": ["confidentielles-tiers"], "finalite": ["evaluation-pairs"], "usage-sorties": ["interne"],
      "formation": ["oui"], "taille-modele": ["grand"], "volume": ["quelques"],
    ])
    let alternatives = DecisionFixtures.engine.assess(review).alternatives
    XCTAssertFalse(alternatives.isEmpty)
    let engine = DecisionFixtures.engine
    let current = engine.verdict(review)
    for pair in alternatives where pair.changes.count == 2 {
      XCTAssertNotEqual(pair.changes[0].question, pair.changes[1].question)
      for change in pair.changes {
        var alone = review
        alone[change.question] = change.to
        XCTAssertEqual(engine.verdict(alone), current, "a pair is listed only when each change alone is not enough")
      }
    }
    XCTAssertTrue(alternatives.contains { $0.changes.contains { $0.question == "plateforme" } })
  }

  func testAnAllowedUseHasNoAlternative() {
    let ok = Answers([
      "type-systeme": ["traduction"], "plateforme": ["interne"], "donnees": ["publiques"], "finalite": ["traduction"],
      "usage-sorties": ["interne"], "formation": ["oui"], "taille-modele": ["moyen"], "volume": ["quelques"],
    ])
    let assessment = DecisionFixtures.engine.assess(ok)
    XCTAssertEqual(assessment.verdict, .ok)
    XCTAssertEqual(assessment.alternatives, [])
  }
}
