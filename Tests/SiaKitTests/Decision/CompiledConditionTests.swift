import SiaKit
import XCTest

/// The engine evaluates conditions compiled to bit tests (DecisionProgram); they must
/// agree with the conditions as written, evaluated on strings. Checked against that
/// straightforward evaluation over generated answer sets: on the real model (with
/// partial answers, unknown options and unknown questions) and on a synthetic model
/// with what the real one lacks — a question with more than 63 options, `not`, an
/// empty `in`, tests on a question that does not exist, a repeated question id.
final class CompiledConditionTests: XCTestCase {
  func testRealModelAgreesWithTheWrittenConditions() {
    let model = DecisionFixtures.model
    let generator = AnswerGenerator(model: model)
    var rng = SplitMix64(seed: 2_026)
    for round in 0..<1500 {
      var answers = generator.random(&rng)
      for id in answers.questionIDs where round % 2 == 1 && rng.chance(30) { answers[id] = nil }
      for id in answers.questionIDs where round % 5 == 2 && rng.chance(20) {
        answers[id] = (answers[id] ?? []) + ["inconnue"]
      }
      if round % 7 == 3 { answers["pas-une-question"] = ["x"] }
      assertAgreement(model, answers, checkAlternatives: round % 10 == 0)
    }
  }

  func testSyntheticModelAgreesWithTheWrittenConditions() {
    let wide = (0..<70).map { "o\($0)" }
    func question(_ id: String, _ kind: Question.Kind, _ options: [String], when: Condition? = nil) -> Question {
      Question(
        id: id, kind: kind, text: Bilingual(fr: id, en: id), help: Bilingual(fr: "", en: ""),
        options: options.map { Question.Option(id: $0, label: Bilingual(fr: $0, en: $0)) }, when: when, required: false,
        risk: RiskOrder(chains: options.count > 1 ? [options] : [], cumulative: kind == .multiple), file: "test",
        line: 1)
    }
    func rule(_ id: String, _ level: Verdict, _ when: Condition?) -> Rule {
      Rule(
        id: id, when: when, level: level, actions: [], rationale: Bilingual(fr: id, en: id), citations: [],
        contacts: [],
        alternative: nil, file: "test", line: 1)
    }
    func isIn(_ question: String, _ options: [String]) -> Condition {
      .test(.init(.in, question: question, options: options))
    }
    func answered(_ question: String) -> Condition { .test(.init(.answered, question: question)) }

    // Replacing the lists of a loaded model also checks that the compiled form follows.
    var model = DecisionFixtures.model
    model.questions = [
      question("libre", .text, []),
      question("large", .multiple, wide),
      question(
        "choix", .single, ["a", "b", "c"], when: .any([isIn("large", ["o3", "o66"]), .not(answered("libre"))])),
      question("suite", .yesno, ["oui", "non"], when: .all([answered("choix"), .not(isIn("large", ["o69"]))])),
      question("choix", .single, ["a", "b", "c"], when: isIn("large", ["o68"])),
    ]
    model.rules = [
      rule("large-et-b", .interdit, .all([isIn("large", ["o2", "o64", "o69"]), isIn("choix", ["b"])])),
      rule("pas-large-ou-libre", .validation, .any([.not(isIn("large", Array(wide[60...]))), answered("libre")])),
      rule("in-vide", .interdit, isIn("large", [])),
      rule("fantome", .interdit, isIn("fantome", ["x"])),
      rule("pas-fantome-et-c", .conditions, .all([.not(answered("fantome")), isIn("choix", ["c"])])),
      rule(
        "suite-oui", .validation,
        .all([isIn("suite", ["oui"]), .not(.any([isIn("large", ["o0"]), isIn("choix", ["a"])]))])),
      rule("toujours", .ok, nil),
    ]
    var rng = SplitMix64(seed: 63)
    for _ in 0..<1500 {
      var answers = Answers()
      if rng.chance(50) { answers["libre"] = ["texte \(rng.below(9))"] }
      if rng.chance(85) { answers["large"] = (wide + ["inconnue"]).filter { _ in rng.chance(6) } }
      if rng.chance(80) { answers["choix"] = [["a", "b", "c", "inconnue"][rng.below(4)]] }
      if rng.chance(70) { answers["suite"] = [rng.chance(50) ? "oui" : "non"] }
      if rng.chance(20) { answers["fantome"] = ["x"] }
      assertAgreement(model, answers, checkAlternatives: true)
    }
  }

  /// Compares the engine with the straightforward evaluation on one answer set.
  func assertAgreement(_ model: DecisionModel, _ answers: Answers, checkAlternatives: Bool) {
    let engine = Engine(model: model)
    let expected = Self.reference(model, answers)
    let context = "answers \(answers.values)"
    XCTAssertEqual(engine.applicableQuestions(answers).map(\.id), expected.applicable, context)
    XCTAssertEqual(engine.verdict(answers), expected.verdict, context)
    let assessment = engine.assess(answers, alternatives: checkAlternatives)
    XCTAssertEqual(assessment.verdict, expected.verdict, context)
    XCTAssertEqual(Set(assessment.fired.map(\.rule)), Set(expected.fired), context)
    // Each alternative's verdict is that of the answers it describes.
    for alternative in assessment.alternatives {
      var changed = answers
      for change in alternative.changes { changed[change.question] = change.to }
      XCTAssertEqual(alternative.verdict, Self.reference(model, changed).verdict, "\(context) \(alternative.changes)")
    }
  }

  /// Applicable questions, verdict and fired rules, evaluated on the strings as written.
  static func reference(_ model: DecisionModel, _ answers: Answers) -> (
    applicable: [String], verdict: Verdict, fired: [String]
  ) {
    func holds(_ condition: Condition?, _ answers: Answers) -> Bool {
      condition.map { ConditionEvaluator.evaluate($0, answers).holds } ?? true
    }
    var effective = Answers()
    var applicable: [String] = []
    for question in model.questions where holds(question.when, effective) {
      applicable.append(question.id)
      if let value = answers[question.id] { effective[question.id] = value }
    }
    let fired = model.rules.filter { holds($0.when, effective) }
    return (applicable, fired.map(\.level).max() ?? .ok, fired.map(\.id))
  }
}
