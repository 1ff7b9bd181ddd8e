import Foundation
import XCTest

@testable import SiaKit

/// Declarations built from the decision engine's result, and re-evaluated under the rules.
final class DeclarationFromEngineTests: XCTestCase {
  static let root = DeclarationFixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Knowledge").path

  func load(_ fixture: String) throws -> (DecisionModel, Answers) {
    let loaded = DecisionLoader.load(root: Self.root)
    let text = try String(contentsOf: DeclarationFixtures.folder.appendingPathComponent(fixture), encoding: .utf8)
    let parsed = AnswersFile.parse(text: text, file: fixture, model: loaded.model)
    XCTAssertFalse(parsed.diagnostics.hasErrors, "\(parsed.diagnostics)")
    return (loaded.model, parsed.answers)
  }

  func testSummaryCarriesAnswersVerdictActionsAndRoles() throws {
    let (model, answers) = try load("engine-bibliographie.yaml")
    let assessment = Engine(model: model).assess(answers, alternatives: false)
    let summary = AssessmentSummary(answers: answers, assessment: assessment, model: model)
    XCTAssertEqual(summary.system.name, "ChatGPT")
    XCTAssertEqual(summary.verdict.id, assessment.verdict)
    XCTAssertEqual(summary.verdict.rules, assessment.fired.map(\.rule))
    XCTAssertFalse(summary.verdict.rationale.fr.isEmpty)
    XCTAssertEqual(summary.actions.map(\.id), assessment.actions.map(\.id))
    XCTAssertEqual(summary.answers.first?.id, "outil")
    XCTAssertEqual(summary.answers.first?.answer.fr, "ChatGPT")
    XCTAssertEqual(Set(summary.tasks.map(\.category)), [.writing, .literatureReview])
    let positions = summary.answers.map { model.position(of: $0.id) }
    XCTAssertEqual(positions, positions.sorted(), "answers in questionnaire order")
    XCTAssertFalse(summary.intendedUse.fr.isEmpty)
    XCTAssertFalse(summary.intendedUse.en.isEmpty)
  }

  func testForbiddenAssessmentCarriesTheAlternative() throws {
    let (model, answers) = try load("engine-comptes-rendus.yaml")
    let assessment = Engine(model: model).assess(answers, alternatives: false)
    XCTAssertEqual(assessment.verdict, .interdit)
    let summary = AssessmentSummary(answers: answers, assessment: assessment, model: model)
    XCTAssertNotNil(summary.verdict.alternative)
    let input = DeclarationInput(
      profile: DeclarationFixtures.profile, assessment: summary, guideVersion: "v", toolVersion: "t")
    XCTAssertThrowsError(
      try DeclarationBuilder(input: input, acceptedActions: [], date: DeclarationFixtures.date, lang: .fr).build())
  }

  func testReassessmentUnderTheCurrentRules() throws {
    let (model, answers) = try load("engine-bibliographie.yaml")
    let assessment = Engine(model: model).assess(answers, alternatives: false)
    var summary = AssessmentSummary(answers: answers, assessment: assessment, model: model)
    let input = DeclarationInput(
      profile: DeclarationFixtures.profile, assessment: summary, guideVersion: "sha256:old", toolVersion: "t")
    let declaration = try DeclarationBuilder(
      input: input, acceptedActions: Set(summary.actions.map(\.id)), date: DeclarationFixtures.date, lang: .fr
    ).build()
    // The recorded answers (read back from the document) give the same verdict today.
    let text = try DeclarationRenderer(declaration).markdown()
    let readBack = try XCTUnwrap(DeclarationFile.parse(text))
    XCTAssertEqual(DeclarationReassessment.verdict(for: readBack, model: model), assessment.verdict)
    // Answers the current questionnaire does not know cannot be re-evaluated.
    summary.answers = [
      AnsweredQuestion(
        id: "n-existe-plus", question: Bilingual(fr: "?", en: ""), value: "x", answer: Bilingual(fr: "x", en: ""))
    ]
    var old = declaration
    old.answers = summary.answers
    XCTAssertNil(DeclarationReassessment.verdict(for: old, model: model))
    // Through the verifier: another guide version is reported with today's verdict.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-reassess-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var lenient = declaration
    lenient.verdict.id = .ok
    let path = try DeclarationFile.write(lenient, folder: folder.path, force: false)
    try DocumentSigner.sign(path: path, key: OpenSSHPrivateKey.generate(comment: ""), force: false)
    var verifier = DocumentVerifier(
      allowedSigners: nil, now: DeclarationFixtures.date, currentGuideVersion: "sha256:new")
    verifier.model = model
    let report = verifier.verify(path: path)
    XCTAssertEqual(report.status, .unknownSigner)
    XCTAssertEqual(report.otherGuideVersion, "sha256:old")
    XCTAssertEqual(report.currentVerdict, assessment.verdict)
    XCTAssertNotEqual(report.currentVerdict, report.declaration?.verdict.id)
  }

  /// A declaration signed before the questionnaire asked about the clinical system's
  /// status is re-evaluated with that question's legacy answer (a general-purpose tool, as
  /// the old rules assumed for a chat assistant), not as if it were unanswered.
  func testAnOldDeclarationIsReassessedWithTheLegacyAnswers() throws {
    let model = DecisionLoader.load(root: Self.root).model
    let old: [String: String] = [
      "type-systeme": "chat-generatif", "plateforme": "interne", "donnees": "aucune",
      "finalite": "aide-decision-clinique", "usage-sorties": "clinique", "formation": "oui",
      "autorisations": "obtenues", "taille-modele": "moyen", "volume": "quelques",
    ]
    let current = try XCTUnwrap(Self.declaration(model: model))
    var declaration = current
    declaration.answers = old.map {
      AnsweredQuestion(
        id: $0.key, question: Bilingual(fr: "?", en: ""), value: $0.value, answer: Bilingual(fr: $0.value, en: ""))
    }
    XCTAssertEqual(DeclarationReassessment.verdict(for: declaration, model: model), .interdit)
    // Without the legacy answer the rule on general-purpose assistants could not fire.
    let unanswered = Answers(old.mapValues { [$0] })
    XCTAssertEqual(Engine(model: model).verdict(unanswered), .validation)
  }

  static func declaration(model: DecisionModel) throws -> Declaration {
    let text = try String(
      contentsOf: DeclarationFixtures.folder.appendingPathComponent("engine-bibliographie.yaml"), encoding: .utf8)
    let answers = AnswersFile.parse(text: text, file: "engine-bibliographie.yaml", model: model).answers
    let assessment = Engine(model: model).assess(answers, alternatives: false)
    let summary = AssessmentSummary(answers: answers, assessment: assessment, model: model)
    let input = DeclarationInput(
      profile: DeclarationFixtures.profile, assessment: summary, guideVersion: "v", toolVersion: "t")
    return try DeclarationBuilder(
      input: input, acceptedActions: Set(summary.actions.map(\.id)), date: DeclarationFixtures.date, lang: .fr
    ).build()
  }
}
