import Foundation
import SiaKit
import XCTest

/// One answer per question (issue 15): plan families in the catalogue, actions that never
/// contradict nor explain how to go on with a forbidden use, Q&A situations judged like
/// the interview, and old answers files that still load.
final class KnowledgeConsistencyTests: XCTestCase {
  let model = DecisionFixtures.model

  // MARK: Catalogue

  func testEveryBrandWithOppositeTermsHasOneEntryPerPlanFamily() throws {
    for brand in [
      "chatgpt", "claude", "gemini", "copilot", "le-chat", "perplexity", "github-copilot", "cursor", "deepl",
      "google-traduction",
    ] {
      let family = try XCTUnwrap(model.toolFamily(brand), brand)
      let plans = model.plans(of: brand)
      XCTAssertEqual(plans.map(\.id), family.toolIDs, brand)
      XCTAssertTrue(plans.contains { $0.plan == .personnel }, "\(brand) has a personal plan")
      XCTAssertTrue(plans.contains { $0.plan == .contrat || $0.plan == .api }, "\(brand) has a contract or API plan")
      XCTAssertNil(family.commonPresets["plateforme"], "\(brand): the plans differ on where data go")
    }
    // The entries the December 2026 audit found reassuring: they now warn.
    XCTAssertEqual(model.tool("github-copilot-individuel")?.training, .yes)
    XCTAssertEqual(model.tool("github-copilot-organisation")?.training, .no)
    XCTAssertEqual(model.tool("cursor-individuel")?.training, .yes)
    XCTAssertEqual(model.tool("perplexity-personnel")?.training, .yes)
    XCTAssertEqual(model.tool("midjourney")?.presets["conditions-fournisseur"], ["entrainement-par-defaut"])
    XCTAssertEqual(model.tool("google-traduction-api")?.training, .no)
    XCTAssertEqual(model.tool("google-traduction-gratuit")?.training, .unknown)
    XCTAssertTrue(model.tool("otter")?.trainingNote.fr.contains("Brewer") == true)
    XCTAssertTrue(model.tool("le-chat-personnel")?.trainingNote.fr.contains("contredisent") == true)
    // A plan's name follows the interface language.
    XCTAssertEqual(model.tool("chatgpt-personnel")?.displayName(.en), "ChatGPT, personal account")
    XCTAssertEqual(model.tool("chatgpt-personnel")?.displayName(.fr), "ChatGPT, compte personnel")
    XCTAssertEqual(model.tool("cellpose")?.displayName(.en), "Cellpose")
  }

  func testPlanMistakesAreReportedWithTheirLines() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sia-plans-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for file in ["questions.yaml", "actions.yaml", "institute.yaml"] {
      try FileManager.default.copyItem(
        atPath: DecisionFixtures.knowledgeRoot + "/" + file, toPath: root.appendingPathComponent(file).path)
    }
    try FileManager.default.createDirectory(at: root.appendingPathComponent("rules"), withIntermediateDirectories: true)
    try "[]\n".write(to: root.appendingPathComponent("rules/vide.yaml"), atomically: true, encoding: .utf8)
    let tools = """
      - id: outil
        name: Outil
        provider: P
        country: X
        country_en: X
        training: "no"
        presets: {type-systeme: chat-generatif}
        plans:
          - id: perso
            kind: prive
            name: Outil perso
            label: perso
            label_en: personal
            presets: {plateforme: nulle-part}
            training: "yes"
            training_note: a
            training_note_en: a
            retention: r
            retention_en: r
            sources: [s]
            as_of: 2026-12-07
      - id: seul
        name: Seul
        provider: P
        country: X
        country_en: X
        plans:
          - id: unique
            kind: api
            name: Seul API
            label: api
            label_en: api
            training: "no"
            training_note: a
            training_note_en: a
            retention: r
            retention_en: r
            sources: [s]
            as_of: 2026-12-07

      """
    try tools.write(to: root.appendingPathComponent("tools.yaml"), atomically: true, encoding: .utf8)
    let loaded = DecisionLoader.load(root: root.path)
    let messages = loaded.diagnostics.filter { $0.file == "tools.yaml" && $0.severity == .error }.map(\.description)
    XCTAssertTrue(
      messages.contains("tools.yaml:6: error: outil: 'training' belongs to each plan when the entry has 'plans'"),
      "\(messages)")
    XCTAssertTrue(
      messages.contains("tools.yaml:10: error: outil-perso: 'kind' must be personnel, contrat or api, not 'prive'"),
      "\(messages)")
    XCTAssertTrue(
      messages.contains { $0.hasPrefix("tools.yaml:14: error: outil-perso: invalid answer for 'plateforme'") },
      "\(messages)")
    XCTAssertTrue(messages.contains { $0.contains("seul: 'plans' needs at least two plans") }, "\(messages)")
    XCTAssertEqual(loaded.model.tools.map(\.id), [], "entries with errors are left out")
  }

  // MARK: Actions

  func testNoActionExplainsHowToGoOnWithAForbiddenUse() throws {
    // Pseudonymised patient data in a personal ChatGPT: both « enter nothing » and, before
    // issue 15, « send pseudonymised data » and « turn off training » were shown.
    let assessment = DecisionFixtures.engine.assess(
      Answers([
        "type-systeme": ["chat-generatif"], "plateforme": ["public"], "localisation-fournisseur": ["hors-ue"],
        "donnees": ["sante"], "identifiabilite": ["pseudonymisees"], "finalite": ["redaction"],
        "usage-sorties": ["interne"],
        "formation": ["oui"], "aipd": ["non"], "autorisations": ["non"], "taille-modele": ["grand"],
        "volume": ["dizaines"],
      ]))
    XCTAssertEqual(assessment.verdict, .interdit)
    let ids = assessment.actions.map(\.id)
    XCTAssertTrue(ids.contains("utiliser-environnement-interne"))
    for id in ids { XCTAssertFalse(model.action(id)?.onlyIfAllowed == true, "\(id) explains how to proceed") }
    XCTAssertFalse(ids.contains("desactiver-entrainement"))
    XCTAssertFalse(ids.contains("minimiser-donnees"))
    // The same action is shown when the use may go ahead.
    let allowed = DecisionFixtures.engine.assess(
      Answers([
        "type-systeme": ["chat-generatif"], "plateforme": ["public"], "localisation-fournisseur": ["hors-ue"],
        "donnees": ["publiques"], "finalite": ["redaction"], "usage-sorties": ["interne"], "formation": ["oui"],
        "taille-modele": ["grand"], "volume": ["dizaines"],
      ]))
    XCTAssertEqual(allowed.verdict, .conditions)
    XCTAssertTrue(allowed.actions.map(\.id).contains("desactiver-entrainement"))
  }

  func testTheConflictFixtureReportsExactlyTheRealContradictions() {
    let root = DecisionFixtures.fixtures.appendingPathComponent("lint/decision-conflicts").path
    let conflicts = Linter.lint(root: root).filter { $0.message.contains("contradicts") }
    XCTAssertEqual(
      conflicts.map(\.id), ["tout-envoyer"], "an action only shown when allowed never meets a forbidding rule's actions"
    )
  }

  func testTheShippedActionsDeclareConflictsAndNoneCanBeShownTogether() {
    XCTAssertFalse(model.actions.filter { !$0.conflictsWith.isEmpty }.isEmpty)
    let problems = DecisionLint.semanticProblems(model, sectionIDs: [])
    XCTAssertEqual(
      problems.filter { $0.message.contains("contradicts") || $0.message.contains("applies: allowed") }.map(
        \.description), [])
  }

  // MARK: Q&A situations

  func testASituationIsCompletedWithTheSafestAnswers() {
    let completed = SituationCheck.completed(Answers(["plateforme": ["public"], "donnees": ["sante"]]), model: model)
    XCTAssertEqual(completed["identifiabilite"], ["synthetiques"])
    XCTAssertEqual(completed["formation"], ["oui"])
    XCTAssertEqual(completed["localisation-fournisseur"], ["ue"])
    XCTAssertEqual(completed["usage-sorties"], ["interne"])
    XCTAssertNil(completed["outil"], "free text is never invented")
    XCTAssertEqual(DecisionFixtures.engine.assess(completed).open, [])
  }

  func testAQAndAThatContradictsTheAssessmentIsCaught() {
    let situation = Answers([
      "type-systeme": ["traduction"], "plateforme": ["public"], "donnees": ["resultats-non-publies"],
      "finalite": ["traduction"],
    ])
    XCTAssertEqual(
      SituationCheck.problems(
        situation: situation, expect: .non, answerText: "Non.", model: model, file: "f", line: 1, id: "q"), [])
    let wrong = SituationCheck.problems(
      situation: situation, expect: .validation, answerText: "Non.", model: model, file: "f", line: 1, id: "q")
    XCTAssertEqual(wrong.count, 2, "\(wrong)")
  }

  // MARK: Migration

  func testAnOldAnswersFileStillLoadsWithItsLegacyAnswersSaidAloud() {
    // An answers file from November 2026: a generated figure for a publication, before
    // the question on what the image stands for existed.
    let old = """
      type-systeme: generation-images
      plateforme: local
      donnees: [aucune]
      finalite: [images-publication]
      usage-sorties: [publication]
      declaration: declaration-prevue
      formation: oui
      taille-modele: petit
      volume: quelques
      """
    let parsed = AnswersFile.parse(text: old, file: "old.yaml", model: model)
    XCTAssertEqual(parsed.diagnostics.filter { $0.severity == .error }, [])
    XCTAssertEqual(parsed.answers["nature-image"], ["illustration"])
    XCTAssertEqual(parsed.diagnostics.map(\.id), ["nature-image"])
    XCTAssertTrue(parsed.diagnostics.first?.message.contains("'illustration' assumed") == true)
    XCTAssertEqual(DecisionFixtures.engine.verdict(parsed.answers), .validation)
  }

  func testMigrationFillsQuestionsThatBecomeApplicableInTurn() {
    let migrated = AnswersMigration.migrated(Answers(["type-systeme": ["transcription"]]), model: model)
    XCTAssertEqual(migrated.assumed, ["enregistrement", "consentement"])
    XCTAssertEqual(migrated.answers["consentement"], ["informees"])
  }
}
