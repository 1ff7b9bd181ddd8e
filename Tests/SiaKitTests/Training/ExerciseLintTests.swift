import Foundation
import SiaKit
import XCTest

/// `sia lint` on exercises: the valid fixture is clean, and each broken entry of
/// `Tests/Fixtures/training/broken-exercises.yaml` is reported at its own line.
final class ExerciseLintTests: XCTestCase {
  func testValidFixtureLoadsWithOnlyTheEnglishWarnings() {
    let result = ExerciseLoader.load(knowledge: TrainingFixtures.knowledge())
    XCTAssertEqual(result.exercises.map(\.id), ["ex-test-une-reponse", "ex-test-deux-reponses", "ex-test-securite"])
    XCTAssertFalse(result.diagnostics.hasErrors, "\(result.diagnostics)")
    // The fixture predates titles: each entry gets the (non-blocking) missing-title warning.
    let (untitled, others) = result.diagnostics.map(\.description).partitioned { $0.contains("no 'title'") }
    XCTAssertEqual(untitled.count, 3, "\(untitled)")
    XCTAssertEqual(
      others.sorted(),
      [
        "exercises/donnees.yaml:67: warning: ex-test-securite: 'text' has no English version 'text_en'",
        "exercises/donnees.yaml:69: warning: ex-test-securite: 'feedback' has no English version 'feedback_en'",
        "exercises/donnees.yaml:71: warning: ex-test-securite: 'text' has no English version 'text_en'",
        "exercises/donnees.yaml:73: warning: ex-test-securite: 'feedback' has no English version 'feedback_en'",
        "exercises/donnees.yaml:75: warning: ex-test-securite: 'text' has no English version 'text_en'",
        "exercises/donnees.yaml:77: warning: ex-test-securite: 'feedback' has no English version 'feedback_en'",
      ])
  }

  func testPlaceholdersAreExpandedAndCorrectAnswersKnown() throws {
    let exercises = ExerciseLoader.load(knowledge: TrainingFixtures.knowledge()).exercises
    let first = try XCTUnwrap(exercises.first)
    XCTAssertEqual(first.situation.fr, "Une question avec une seule bonne réponse, posée au DPO de l'Institut Test.")
    XCTAssertEqual(first.situation.en, "A question with a single right answer, asked to the Institut Test DPO.")
    XCTAssertEqual(first.correctIDs, ["b"])
    XCTAssertEqual(exercises[1].correctIDs, ["a", "c"])
    XCTAssertEqual(exercises[1].theme, "securite")
  }

  func testBrokenExercisesAreReportedWithFileAndLine() throws {
    let root = try TrainingFixtures.copy(adding: [
      "exercises/zz-broken.yaml": TrainingFixtures.folder.appendingPathComponent("broken-exercises.yaml")
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let all = Linter.lint(root: root.path).filter { $0.file == "exercises/zz-broken.yaml" }.map(\.description)
    XCTAssertTrue(
      all.contains(
        "exercises/zz-broken.yaml:2: warning: ex-sans-niveau: no 'title' (lists and answer keys show the id instead)"))
    let errors = all.filter { !$0.contains("no 'title'") }
    let expected = [
      "exercises/zz-broken.yaml:2: error: ex-sans-niveau: missing required field 'level'",
      "exercises/zz-broken.yaml:13: error: ex-niveau-inconnu: unknown level 'expert' (expected one of: debutant, intermediaire, avance)",
      "exercises/zz-broken.yaml:14: error: ex-niveau-inconnu: unknown theme 'inconnu' in tags (see themes.yaml)",
      "exercises/zz-broken.yaml:28: error: ex-deux-choix: an exercise has 3 to 5 choices, not 2",
      "exercises/zz-broken.yaml:28: error: ex-deux-choix: no choice is marked 'correct: true'",
      "exercises/zz-broken.yaml:39: error: ex-retour-manquant: missing required field 'feedback'",
      "exercises/zz-broken.yaml:44: warning: ex-retour-manquant: 'text' has no English version 'text_en'",
      "exercises/zz-broken.yaml:46: warning: ex-retour-manquant: 'feedback' has no English version 'feedback_en'",
      "exercises/zz-broken.yaml:46: error: ex-retour-manquant: dangling reference [§section-absente]",
      "exercises/zz-broken.yaml:47: error: ex-retour-manquant: choice 3 must have id 'c', not 'd' (choices are lettered a, b, c… in order)",
      "exercises/zz-broken.yaml:50: error: ex-retour-manquant: 'correct' must be true or false, not 'maybe'",
      "exercises/zz-broken.yaml:53: error: ex-retour-manquant: 'cite' points to a missing section 'section-disparue'",
      "exercises/zz-broken.yaml:55: error: ex-test-une-reponse: duplicate exercise id (also in exercises/donnees.yaml:2)",
      "exercises/zz-broken.yaml:58: error: ex-test-une-reponse: unknown placeholder {{inconnu}}",
      "exercises/zz-broken.yaml:77: error: ex-doublon: duplicate exercise id (also in exercises/zz-broken.yaml:66)",
      "exercises/zz-broken.yaml:87: error: ex-doublon: unknown field 'remarque' (expected one of: choices, cite, id, level, minutes, situation, situation_en, tags, title, title_en)",
    ]
    XCTAssertEqual(errors, expected)
  }

  func testBrokenEntriesAreLeftOutButTheRestStillLoads() throws {
    let root = try TrainingFixtures.copy(adding: [
      "exercises/zz-broken.yaml": TrainingFixtures.folder.appendingPathComponent("broken-exercises.yaml")
    ])
    defer { try? FileManager.default.removeItem(at: root) }
    let knowledge = KnowledgeLoader.load(root: root.path).knowledge
    let ids = ExerciseLoader.load(knowledge: knowledge).exercises.map(\.id)
    XCTAssertEqual(ids, ["ex-test-une-reponse", "ex-test-deux-reponses", "ex-test-securite", "ex-doublon"])
  }

  func testAKnowledgeBaseWithoutExercisesOnlyWarns() throws {
    let root = try TrainingFixtures.copy(adding: [:])
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.removeItem(at: root.appendingPathComponent("exercises"))
    let diagnostics = ExerciseLint.check(KnowledgeLoader.load(root: root.path).knowledge)
    XCTAssertEqual(diagnostics.map(\.description), ["exercises:1: warning: no exercise file (exercises/*.yaml)"])
  }
}

extension Array {
  /// The elements that satisfy `condition`, and the others, in order.
  func partitioned(by condition: (Element) -> Bool) -> ([Element], [Element]) {
    (filter(condition), filter { !condition($0) })
  }
}
