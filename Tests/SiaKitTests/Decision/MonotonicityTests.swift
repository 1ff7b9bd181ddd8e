import SiaKit
import XCTest

/// Making a situation riskier — more identifying data, a less controlled platform, a
/// more sensitive purpose, a missing safeguard — never makes the verdict more lenient.
/// Checked over thousands of generated answer sets (fixed seed) and a dozen riskier
/// one-step variants of each, along the risk orders declared in questions.yaml.
final class MonotonicityTests: XCTestCase {
  func testVerdictIsMonotonicOverGeneratedAnswers() {
    let generator = AnswerGenerator(model: DecisionFixtures.model)
    let found = generator.counterexample(engine: DecisionFixtures.engine, cases: 3000, seed: 20_261_129)
    if let found {
      XCTFail(
        "riskier answer on '\(found.question)' lowered the verdict:\nbase \(found.base.values)\nriskier \(found.riskier.values)"
      )
    }
  }

  func testGeneratorReachesEveryVerdictAndManyVariants() {
    let generator = AnswerGenerator(model: DecisionFixtures.model)
    var rng = SplitMix64(seed: 7)
    var verdicts: Set<Verdict> = []
    var variants = 0
    for _ in 0..<1500 {
      let answers = generator.random(&rng)
      verdicts.insert(DecisionFixtures.engine.verdict(answers))
      variants += generator.riskierVariants(of: answers).count
    }
    XCTAssertEqual(verdicts, Set(Verdict.allCases), "the generated cases must exercise every level")
    XCTAssertGreaterThan(variants, 5000)
  }

  /// The property test must be able to fail: a rule that forbids the internal
  /// environment (safer than a public service) is caught.
  func testANonMonotonicRuleIsCaught() {
    var model = DecisionFixtures.model
    model.rules.append(
      Rule(
        id: "bad", when: .test(.init(.equals, question: "plateforme", options: ["interne"])), level: .interdit,
        actions: [], rationale: Bilingual(fr: "x", en: "x"), citations: ["x"], contacts: [],
        alternative: Bilingual(fr: "x", en: "x"), file: "test", line: 1))
    let generator = AnswerGenerator(model: model)
    let found = generator.counterexample(engine: Engine(model: model), cases: 200, seed: 1)
    XCTAssertEqual(found?.question, "plateforme")
    let diagnostics = DecisionLint.semanticProblems(model, sectionIDs: [])
    XCTAssertTrue(diagnostics.contains { $0.id == "bad" && $0.message.contains("not monotonic on 'plateforme'") })
  }

  func testRealRulesPassTheStaticMonotonicityCheck() {
    let diagnostics = DecisionLint.semanticProblems(DecisionFixtures.model, sectionIDs: [])
    XCTAssertEqual(diagnostics.filter { $0.message.contains("monotonic") }.map(\.description), [])
  }
}
