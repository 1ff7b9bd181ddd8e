import Foundation
import SiaKit
import XCTest

/// Every scenario in Fixtures/scenarios: answers → expected verdict, key actions and
/// rules. The scenarios together cover every theme of the guide.
final class ScenarioTests: XCTestCase {
  struct Scenario {
    var name: String
    var theme: String
    var answers: Answers
    var verdict: String
    var actions: [String]
    var rules: [String]
    var absentRules: [String]
  }

  static func load(_ url: URL) throws -> (Scenario, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let text = try String(contentsOf: url, encoding: .utf8)
    let document = YAMLDocument(file: url.lastPathComponent, text: text, diagnostics: &diagnostics)
    let map = try XCTUnwrap(document.rootMapping(&diagnostics))
    let parsed = AnswersFile.parse(map: try XCTUnwrap(map.map("answers")), model: DecisionFixtures.model)
    let expect = try XCTUnwrap(map.map("expect"))
    let scenario = Scenario(
      name: url.deletingPathExtension().lastPathComponent, theme: map.string("theme", &diagnostics) ?? "",
      answers: parsed.answers, verdict: expect.string("verdict", &diagnostics) ?? "",
      actions: expect.strings("actions", &diagnostics), rules: expect.strings("rules", &diagnostics),
      absentRules: expect.strings("absent_rules", &diagnostics))
    return (scenario, diagnostics + parsed.diagnostics)
  }

  func testEveryScenario() throws {
    let files = DecisionFixtures.files(in: "scenarios", suffix: ".yaml")
    XCTAssertGreaterThanOrEqual(files.count, 30)
    let engine = DecisionFixtures.engine
    for file in files {
      let (scenario, problems) = try Self.load(file)
      XCTAssertEqual(problems.map(\.description), [], "\(scenario.name): the answers file must be valid and complete")
      let assessment = engine.assess(scenario.answers)
      XCTAssertEqual(
        assessment.verdict.rawValue, scenario.verdict, "\(scenario.name): fired \(assessment.fired.map(\.rule))")
      let actions = assessment.actions.map(\.id)
      for action in scenario.actions {
        XCTAssertTrue(actions.contains(action), "\(scenario.name): missing action \(action) in \(actions)")
      }
      let fired = assessment.fired.map(\.rule)
      for rule in scenario.rules {
        XCTAssertTrue(fired.contains(rule), "\(scenario.name): rule \(rule) did not fire (\(fired))")
      }
      for rule in scenario.absentRules { XCTAssertFalse(fired.contains(rule), "\(scenario.name): rule \(rule) fired") }
      XCTAssertEqual(assessment.open, [], "\(scenario.name): complete answers leave nothing open")
      if assessment.verdict == .interdit {
        XCTAssertFalse(assessment.allowedAlternatives.isEmpty, "\(scenario.name): interdit needs an alternative")
      }
    }
  }

  func testScenariosCoverEveryTheme() throws {
    var diagnostics: [Diagnostic] = []
    let text = try String(contentsOfFile: DecisionFixtures.knowledgeRoot + "/themes.yaml", encoding: .utf8)
    let themes = YAMLDocument(file: "themes.yaml", text: text, diagnostics: &diagnostics).rootList(&diagnostics)
      .compactMap { $0.string("id", &diagnostics) }
    let covered = Set(try DecisionFixtures.files(in: "scenarios", suffix: ".yaml").map { try Self.load($0).0.theme })
    XCTAssertEqual(Set(themes).subtracting(covered), [])
  }

  func testEveryVerdictLevelIsReached() throws {
    let verdicts = Set(try DecisionFixtures.files(in: "scenarios", suffix: ".yaml").map { try Self.load($0).0.verdict })
    XCTAssertEqual(verdicts, Set(Verdict.allCases.map(\.rawValue)))
  }
}
