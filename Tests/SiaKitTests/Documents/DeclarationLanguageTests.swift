import Foundation
import XCTest

@testable import SiaKit

/// Documents in the declarant's language (issue 16): format 2 records the system's name
/// and provider in both languages, so neither the English statement nor an English file
/// name carries a French fragment, and a lab head reads any document in their language.
final class DeclarationLanguageTests: XCTestCase {
  static let root = DeclarationFromEngineTests.root

  /// A declaration built from bare answers by the engine, as `sia declare` does.
  func declaration(_ answers: [String: [String]], lang: Lang, justification: String? = nil) throws -> (
    Declaration, DecisionModel
  ) {
    let model = DecisionLoader.load(root: Self.root).model
    let given = Answers(answers)
    let assessment = Engine(model: model).assess(given, alternatives: false)
    let summary = AssessmentSummary(answers: given, assessment: assessment, model: model)
    let input = DeclarationInput(
      profile: DeclarationFixtures.profile, assessment: summary, guideVersion: "v", toolVersion: "t")
    let declaration = try DeclarationBuilder(
      input: input, acceptedActions: Set(summary.actions.map(\.id)), justification: justification,
      date: DeclarationFixtures.date, lang: lang
    ).build()
    return (declaration, model)
  }

  static let internalLLM: [String: [String]] = [
    "outil": ["llm interne"], "type-systeme": ["chat-generatif"], "plateforme": ["interne"],
    "donnees": ["publiques", "personnelles"], "identifiabilite": ["pseudonymisees"],
    "finalite": ["redaction", "traduction"],
    "usage-sorties": ["interne"], "formation": ["oui"], "aipd": ["dpo-consulte"], "taille-modele": ["grand"],
    "volume": ["dizaines"],
  ]

  static let forbidden: [String: [String]] = [
    "outil": ["ChatGPT"], "type-systeme": ["chat-generatif"], "plateforme": ["public"],
    "localisation-fournisseur": ["hors-ue"], "donnees": ["sante"], "identifiabilite": ["identifiantes"],
    "finalite": ["redaction"], "usage-sorties": ["interne"], "formation": ["oui"], "aipd": ["non"],
    "autorisations": ["non"], "taille-modele": ["grand"], "volume": ["dizaines"],
  ]

  func testTheStatementNamesTheSystemInEachLanguage() throws {
    let (declaration, _) = try declaration(Self.internalLLM, lang: .en)
    XCTAssertEqual(declaration.format, "sia-declaration/2")
    let statement = declaration.publicationStatement
    XCTAssertTrue(statement.en.hasPrefix("The AI system internal environment LLM (Cloud Inserm)"), statement.en)
    XCTAssertFalse(statement.en.contains("environnement"), statement.en)
    XCTAssertTrue(statement.fr.hasPrefix("Le système d'IA LLM de l'environnement interne (Cloud Inserm)"), statement.fr)
    let text = try DeclarationRenderer(declaration).markdown()
    XCTAssertTrue(text.contains("## AI system\n\ninternal environment LLM (Cloud Inserm) — Inserm"), text)
  }

  func testAProviderInFrenchHasItsEnglishForm() throws {
    var answers = Self.internalLLM
    answers["outil"] = ["whisper"]
    answers["type-systeme"] = ["transcription"]
    answers["plateforme"] = ["local"]
    let (declaration, _) = try declaration(answers, lang: .en)
    XCTAssertEqual(declaration.system.name(.en), "Whisper (run locally)")
    XCTAssertEqual(declaration.system.provider(.en), "OpenAI (open model), run on your computer")
    XCTAssertFalse(declaration.publicationStatement.en.contains("poste"), declaration.publicationStatement.en)
    XCTAssertTrue(declaration.publicationStatement.fr.contains("exécuté sur votre poste"))
  }

  func testMultipleChoiceAnswersAreAlwaysArrays() throws {
    let (declaration, model) = try declaration(Self.internalLLM, lang: .en)
    let json = try CanonicalJSON.encode(declaration)
    XCTAssertTrue(json.contains(#""id":"donnees","question":"#))
    XCTAssertTrue(json.contains(#""values":["publiques","personnelles"]"#), json)
    XCTAssertTrue(json.contains(#""values":["interne"]"#), "one option ticked is still an array")
    XCTAssertFalse(json.contains(#""value":"#), "format 2 has no comma-joined value")
    // Read back, the values are what the engine takes: same verdict, nothing differs.
    let readBack = try XCTUnwrap(DeclarationFile.parse(try DeclarationRenderer(declaration).markdown()))
    XCTAssertEqual(DeclarationReassessment.verdict(for: readBack, model: model), declaration.verdict.id)
    let computed = try XCTUnwrap(DeclarationReassessment.summary(for: readBack, model: model))
    XCTAssertEqual(DeclarationReassessment.discrepancies(readBack, computed: computed), [])
  }

  func testAFormatOneDocumentIsStillComparedOnItsOwnTerms() throws {
    let (declaration, model) = try declaration(Self.internalLLM, lang: .fr)
    var old = declaration
    old.format = Declaration.formatOne
    old.system.names = nil
    old.system.providers = nil
    old.answers = old.answers.map { $0.written(as: Declaration.formatOne) }
    XCTAssertEqual(old.answers.first { $0.id == "donnees" }?.value, "publiques,personnelles")
    let computed = try XCTUnwrap(DeclarationReassessment.summary(for: old, model: model))
    XCTAssertEqual(DeclarationReassessment.discrepancies(old, computed: computed), [])
    // A format 2 document whose names were edited is caught.
    var edited = declaration
    edited.system.names = Bilingual(fr: "Autre", en: "Other")
    XCTAssertEqual(DeclarationReassessment.discrepancies(edited, computed: computed), ["system"])
  }

  func testFileNamesFollowTheLanguage() throws {
    let justification = "Pseudonymised first."
    let (english, _) = try declaration(Self.forbidden, lang: .en, justification: justification)
    XCTAssertEqual(english.kind, .exemptionRequest)
    XCTAssertEqual(
      DeclarationFile.name(for: english), "exemption-request-2026-11-29-chatgpt-write-rephrase-correct-a-text.md")
    XCTAssertEqual(DocumentInspection.namedKind(DeclarationFile.name(for: english)), .exemptionRequest)
    let (french, _) = try declaration(Self.forbidden, lang: .fr, justification: justification)
    XCTAssertEqual(DeclarationFile.name(for: french), "derogation-2026-11-29-chatgpt-rediger-reformuler-corriger-un.md")
    let (declared, _) = try declaration(Self.internalLLM, lang: .en)
    XCTAssertEqual(
      DeclarationFile.name(for: declared), "declaration-2026-11-29-internal-environment-llm-cloud-inserm.md")
  }

  /// The lab head reads an English document in French: every heading, question, answer,
  /// verdict and commitment in French, from the block alone.
  func testADocumentReadsInTheOtherLanguage() throws {
    let (declaration, _) = try declaration(Self.internalLLM, lang: .en)
    let french = DeclarationRenderer(declaration, readIn: .fr).readable()
    for expected in [
      "# Déclaration d'usage d'un système d'IA",
      "## Système d'IA\n\nLLM de l'environnement interne (Cloud Inserm) — Inserm",
      "Quelles données allez-vous fournir au système ?", "**Usage autorisé sous conditions.**", "## Engagements",
      "- **Directeur·rice d'unité** : Paul Langevin",
    ] {
      XCTAssertTrue(french.contains(expected), "missing: \(expected)\n\(french)")
    }
    XCTAssertFalse(french.contains("```json"), "the reader's text has no data block")
    XCTAssertFalse(french.contains("Which data"), french)
    // What is signed stays the document's own language.
    XCTAssertTrue(try DeclarationRenderer(declaration).markdown().hasPrefix("# Declaration of use of an AI system"))
  }
}
