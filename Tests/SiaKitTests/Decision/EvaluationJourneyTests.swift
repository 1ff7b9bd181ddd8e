import Foundation
import XCTest

@testable import SiaKit

/// The evaluation as a saved object, the provisional verdict while questions remain,
/// declaration names that never collide, the documents folder.
final class EvaluationJourneyTests: XCTestCase {
  var folder = ""

  override func setUpWithError() throws {
    folder = NSTemporaryDirectory() + "sia-journey-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDown() { try? FileManager.default.removeItem(atPath: folder) }

  func testASavedEvaluationSurvivesARestartUntilDeleted() throws {
    let store = EvaluationStore(path: folder + "/state/evaluation.json")
    XCTAssertEqual(store.load(), .none)
    let evaluation = SavedEvaluation(
      answers: Answers(["outil": ["ChatGPT"], "plateforme": ["public"]]), sentence: "résumer des comptes rendus",
      startedAt: "2026-11-29T10:00:00Z", finishedAt: "2026-11-29T10:05:00Z", verdict: .interdit)
    try store.save(evaluation)
    XCTAssertEqual(EvaluationStore(path: store.path).saved, evaluation)
    let mode = try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    store.delete()
    XCTAssertNil(store.saved)
  }

  func testAnUnreadableEvaluationIsReportedNotCrashed() throws {
    let path = folder + "/evaluation.json"
    try Data("{not json".utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertEqual(EvaluationStore(path: path).load(), .unreadable("invalid JSON"))
  }

  /// While questions remain the worst reachable level is given; with only the tool
  /// named, it is never « autorisé ».
  func testWorstReachableIsStrictWhileQuestionsRemain() {
    let engine = DecisionFixtures.engine
    XCTAssertEqual(engine.worstReachable(Answers()), .interdit)
    let onlyTheTool = Answers(["outil": ["ChatGPT"], "type-systeme": ["chat-generatif"], "plateforme": ["public"]])
    XCTAssertGreaterThan(engine.worstReachable(onlyTheTool), .ok)
    XCTAssertGreaterThanOrEqual(engine.worstReachable(onlyTheTool), engine.verdict(onlyTheTool))
  }

  /// Once every question is answered, the worst reachable is the verdict itself.
  func testWorstReachableOfACompleteAssessmentIsItsVerdict() throws {
    var interview = Interview(model: DecisionFixtures.model, state: InterviewState(startedAt: "2026-11-29T10:00:00Z"))
    while let question = interview.current {
      interview.answer(question, question.isChoice ? [question.options[0].id] : ["Outil"])
    }
    let answers = interview.state.answers
    XCTAssertEqual(DecisionFixtures.engine.worstReachable(answers), DecisionFixtures.engine.verdict(answers))
  }

  func testASecondDeclarationTheSameDayGetsANumberAndNeverReplacesTheFirst() throws {
    let declaration = try DeclarationBuilder(
      input: try DeclarationFixtures.input(),
      acceptedActions: Set(try DeclarationFixtures.input().assessment.actions.map(\.id)),
      justification: nil, date: DeclarationFixtures.date, lang: .fr
    ).build()
    let first = try DeclarationFile.write(declaration, folder: folder, force: false)
    let firstText = try String(contentsOfFile: first, encoding: .utf8)
    let second = try DeclarationFile.write(declaration, folder: folder, force: false)
    XCTAssertNotEqual(first, second)
    XCTAssertTrue(second.hasSuffix("-2.md"), second)
    XCTAssertEqual(try String(contentsOfFile: first, encoding: .utf8), firstText)
    // A signature whose document was moved away still keeps its name taken.
    try FileManager.default.removeItem(atPath: second)
    try Data().write(to: URL(fileURLWithPath: second + ".sig"))
    let third = try DeclarationFile.write(declaration, folder: folder, force: false)
    XCTAssertTrue(third.hasSuffix("-3.md"), third)
  }

  func testDocumentsFolderFollowsTheDocumentedOrder() {
    XCTAssertEqual(Paths.documentsFolder(environment: ["HOME": "/home/ada"]), "/home/ada/Documents/sia")
    XCTAssertEqual(
      Paths.documentsFolder(environment: ["HOME": "/home/ada", "XDG_DOCUMENTS_DIR": "/home/ada/Docs"]),
      "/home/ada/Docs/sia")
    XCTAssertEqual(
      Paths.documentsFolder(environment: ["HOME": "/h", "XDG_DOCUMENTS_DIR": "/h/D", "SIA_DOCUMENTS": "/srv/decl"]),
      "/srv/decl")
    XCTAssertEqual(Paths(environment: ["HOME": "/home/ada"]).documentsFolder, "/home/ada/Documents/sia")
  }

  /// Cues that a person can be recognised pre-fill « identifiantes ».
  func testIdentifyingCuesPreFillIdentifyingData() {
    let recognizer = IntentRecognizer(model: DecisionFixtures.model)
    for sentence in [
      "j'ai gardé les dates de naissance et la commune", "avec leurs initiales", "des enregistrements de voix",
      "patients with a rare disease and their date of birth",
    ] {
      let found = recognizer.recognize(sentence).first { $0.question == "identifiabilite" }
      XCTAssertEqual(found?.values, ["identifiantes"], sentence)
    }
    let anonymous = recognizer.recognize("des données anonymisées").first { $0.question == "identifiabilite" }
    XCTAssertEqual(anonymous?.values, ["anonymisees"])
  }
}
