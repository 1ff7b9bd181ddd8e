import SiaKit
import XCTest

/// The real questionnaire and rule base load without errors and cover what the
/// institute asked for.
final class DecisionModelTests: XCTestCase {
  func testLoadsWithoutErrors() {
    let errors = DecisionFixtures.loaded.diagnostics.filter { $0.severity == .error }
    XCTAssertEqual(errors.map(\.description), [])
    XCTAssertEqual(DecisionFixtures.loaded.diagnostics.map(\.description), [], "no warnings either")
  }

  func testQuestionnaireCoversTheRequiredTopics() {
    let model = DecisionFixtures.model
    for id in [
      "outil", "type-systeme", "plateforme", "localisation-fournisseur", "donnees", "identifiabilite", "finalite",
      "usage-sorties", "formation", "aipd", "autorisations", "partage-modele", "declaration", "taille-modele", "volume",
    ] {
      XCTAssertNotNil(model.question(id), id)
    }
    XCTAssertEqual(model.question("plateforme")?.optionIDs, ["interne", "contrat", "public", "local"])
    XCTAssertEqual(
      model.question("identifiabilite")?.optionIDs, ["synthetiques", "anonymisees", "pseudonymisees", "identifiantes"])
  }

  func testEveryInterditRuleGivesAnAlternative() {
    let interdits = DecisionFixtures.model.rules.filter { $0.level == .interdit }
    XCTAssertFalse(interdits.isEmpty)
    for rule in interdits { XCTAssertNotNil(rule.alternative, rule.id) }
  }

  func testToolCatalogueIsLargeAndSourced() {
    let tools = DecisionFixtures.model.tools
    XCTAssertGreaterThanOrEqual(tools.count, 15)
    for tool in tools {
      XCTAssertFalse(tool.sources.isEmpty, tool.id)
      XCTAssertFalse(tool.asOf.isEmpty, tool.id)
      // An API's platform depends on who holds the contract: it is asked, never assumed.
      if tool.plan != .api { XCTAssertNotNil(tool.presets["plateforme"], tool.id) }
    }
    // The internal environment is named through the institute's placeholder only.
    let institutional = tools.first { $0.presets["plateforme"] == ["interne"] }
    XCTAssertEqual(institutional?.name.contains("Cloud Inserm"), true)
  }

  func testVerdictOrderAndJSONIds() throws {
    XCTAssertEqual(Verdict.allCases.map(\.rawValue), ["ok", "conditions", "validation", "interdit"])
    XCTAssertLessThan(Verdict.conditions, Verdict.validation)
    let data = try JSONEncoder().encode([Verdict.interdit])
    XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"interdit\"]")
  }

  func testAnswersJSONRoundTrip() throws {
    let answers = Answers(["plateforme": ["public"], "donnees": ["sante", "personnelles"]])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(answers), as: UTF8.self)
    XCTAssertEqual(json, #"{"donnees":["sante","personnelles"],"plateforme":"public"}"#)
    XCTAssertEqual(try JSONDecoder().decode(Answers.self, from: Data(json.utf8)), answers)
  }
}
