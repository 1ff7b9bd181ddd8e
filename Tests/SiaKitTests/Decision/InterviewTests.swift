import Foundation
import SiaKit
import XCTest

final class InterviewTests: XCTestCase {
  func makeInterview() -> Interview {
    Interview(model: DecisionFixtures.model, state: InterviewState(startedAt: "2026-11-29T10:00:00Z"))
  }

  func testQuestionsFollowTheirConditionsAndProgressIsCounted() throws {
    var interview = makeInterview()
    XCTAssertEqual(interview.current?.id, "outil")
    XCTAssertEqual(interview.progress.index, 1)
    let totalBefore = interview.progress.total
    interview.skip(try XCTUnwrap(interview.current))
    interview.answer(try XCTUnwrap(interview.current), ["chat-generatif"])
    interview.answer(try XCTUnwrap(interview.current), ["public"])
    XCTAssertEqual(interview.current?.id, "localisation-fournisseur", "a public service asks where the provider is")
    XCTAssertEqual(interview.progress.index, 4)
    // The question on the provider counted from the start: the total never grows.
    XCTAssertLessThanOrEqual(interview.progress.total, totalBefore)
  }

  /// Answering only ever moves the counter forward: the position grows and the total
  /// (questions that apply or still may) only shrinks.
  func testProgressNeverGoesBackwards() throws {
    var interview = makeInterview()
    var last = interview.progress
    var steps = 0
    while let question = interview.current, steps < 40 {
      steps += 1
      if question.isChoice {
        interview.answer(question, [question.options.last?.id ?? ""])
      } else {
        interview.answer(question, ["ChatGPT"])
      }
      let now = interview.progress
      XCTAssertGreaterThanOrEqual(now.index, last.index, "\(question.id)")
      XCTAssertLessThanOrEqual(now.total, last.total, "\(question.id)")
      last = now
    }
    XCTAssertNil(interview.current)
  }

  /// Each inferred answer is confirmed or changed on its own: « non » to one keeps the others.
  func testPreAnswersAreConfirmedOneByOne() throws {
    var interview = makeInterview()
    interview.answer(try XCTUnwrap(interview.current), ["ChatGPT"])
    let pending = interview.propose(interview.preAnswers(from: "ChatGPT"))
    XCTAssertGreaterThanOrEqual(pending.count, 2)
    interview.confirmFirst(true)
    interview.confirmFirst(false)
    XCTAssertTrue(interview.state.answers.isAnswered(pending[0].question))
    XCTAssertFalse(interview.state.answers.isAnswered(pending[1].question))
    XCTAssertEqual(interview.state.pending.count, pending.count - 2)
  }

  func testBackUndoesTheLastStepIncludingAConfirmation() throws {
    var interview = makeInterview()
    interview.answer(try XCTUnwrap(interview.current), ["ChatGPT Plus"])
    let pending = interview.propose(interview.preAnswers(from: "ChatGPT Plus"))
    // The plan's terms are known too: they answer the provider-terms question if it comes up.
    XCTAssertEqual(
      Set(pending.map(\.question)),
      ["type-systeme", "plateforme", "localisation-fournisseur", "conditions-fournisseur", "taille-modele"])
    interview.confirm(true)
    XCTAssertEqual(interview.current?.id, "donnees")
    XCTAssertTrue(interview.back())
    XCTAssertEqual(interview.current?.id, "type-systeme")
    XCTAssertTrue(interview.back())
    XCTAssertEqual(interview.current?.id, "outil")
    XCTAssertFalse(interview.back())
  }

  func testRejectedPreAnswersAreAskedNormally() throws {
    var interview = makeInterview()
    interview.propose(
      interview.preAnswers(from: "je voudrais utiliser ChatGPT pour résumer des comptes rendus de patients"))
    XCTAssertEqual(interview.state.pending.first?.values, ["ChatGPT"])
    interview.confirm(false)
    XCTAssertEqual(interview.current?.id, "outil")
    XCTAssertTrue(interview.state.answers.isEmpty)
  }

  func testParserAcceptsNumbersIdsAndLabels() throws {
    let model = DecisionFixtures.model
    let donnees = try XCTUnwrap(model.question("donnees"))
    XCTAssertEqual(AnswerParser.parse("5, 6", for: donnees, .fr), .values(["personnelles", "sante"]))
    XCTAssertEqual(AnswerParser.parse("sante", for: donnees, .fr), .values(["sante"]))
    XCTAssertEqual(AnswerParser.parse("1,6", for: donnees, .fr), .exclusive("aucune donnée (question générale)"))
    XCTAssertEqual(AnswerParser.parse("9", for: donnees, .fr), .notUnderstood)
    let plateforme = try XCTUnwrap(model.question("plateforme"))
    XCTAssertEqual(AnswerParser.parse("1 2", for: plateforme, .fr), .oneOnly)
    XCTAssertEqual(AnswerParser.parse("Service externe public", for: plateforme, .fr), .values(["public"]))
    XCTAssertEqual(AnswerParser.parse("dans l'environnement", for: plateforme, .fr), .values(["interne"]))
    let formation = try XCTUnwrap(model.question("formation"))
    XCTAssertEqual(AnswerParser.parse("Oui", for: formation, .fr), .values(["oui"]))
    XCTAssertEqual(AnswerParser.parse("no", for: formation, .en), .values(["non"]))
    let outil = try XCTUnwrap(model.question("outil"))
    XCTAssertEqual(AnswerParser.parse("-", for: outil, .fr), .skip)
  }

  func testStateSurvivesASaveAndLoad() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-interview-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = InterviewStore(path: folder.appendingPathComponent("state/interview.json").path)
    XCTAssertEqual(store.load(), .none)
    var interview = makeInterview()
    interview.answer(try XCTUnwrap(interview.current), ["Le Chat"])
    interview.propose(interview.preAnswers(from: "Le Chat"))
    try store.save(interview.state)
    XCTAssertEqual(store.load(), .state(interview.state))
    let mode = try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    try Data("{".utf8).write(to: URL(fileURLWithPath: store.path))
    XCTAssertEqual(store.load(), .unreadable("invalid JSON"))
    store.delete()
    XCTAssertEqual(store.load(), .none)
  }
}
