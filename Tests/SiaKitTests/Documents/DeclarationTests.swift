import Foundation
import XCTest

@testable import SiaKit

final class DeclarationTests: XCTestCase {
  func build(_ input: DeclarationInput, accept: Set<String>? = nil, justification: String? = nil, lang: Lang = .fr)
    throws -> Declaration
  {
    try DeclarationBuilder(
      input: input, acceptedActions: accept ?? Set(input.assessment.actions.map(\.id)), justification: justification,
      date: DeclarationFixtures.date, lang: lang
    ).build()
  }

  func testDeclarationCarriesEverythingAndTwelveMonthsOfValidity() throws {
    let declaration = try build(try DeclarationFixtures.input())
    XCTAssertEqual(declaration.kind, .declaration)
    XCTAssertEqual(declaration.date, "2026-11-29")
    XCTAssertEqual(declaration.validUntil, "2027-11-29")
    XCTAssertEqual(declaration.commitments.map(\.id), ["verifier-references", "pas-de-donnees"])
    XCTAssertTrue(declaration.commitments.allSatisfy(\.accepted))
    XCTAssertFalse(declaration.isExpired(on: DeclarationFixtures.date))
    XCTAssertTrue(declaration.isExpired(on: DeclarationFixtures.date.addingTimeInterval(366 * 86400)))
  }

  func testARefusedCommitmentProducesNoDeclaration() throws {
    let input = try DeclarationFixtures.input()
    XCTAssertThrowsError(try build(input, accept: ["verifier-references"])) {
      guard case .commitmentRefused(let action)? = $0 as? DeclarationRefusal else { return XCTFail("\($0)") }
      XCTAssertEqual(action.id, "pas-de-donnees")
      XCTAssertTrue(($0 as? DeclarationRefusal)?.text(.fr).contains("« Ne fournir aucun contenu") == true)
    }
  }

  func testForbiddenGivesTheAlternativeOrAnExemptionRequest() throws {
    let input = try DeclarationFixtures.input("answers-interdit.yaml")
    XCTAssertThrowsError(try build(input)) {
      let text = ($0 as? DeclarationRefusal)?.text(.fr) ?? ""
      XCTAssertTrue(text.contains("aucune déclaration n'est produite"), text)
      XCTAssertTrue(text.contains("Alternative autorisée : Utiliser l'environnement interne sécurisé"), text)
    }
    XCTAssertThrowsError(try build(input, justification: "  ")) {
      XCTAssertEqual($0 as? DeclarationRefusal, .emptyJustification)
    }
    let request = try build(input, justification: "Les comptes rendus seront pseudonymisés avant tout envoi.")
    XCTAssertEqual(request.kind, .exemptionRequest)
    XCTAssertTrue(request.isContested)
    let text = try DeclarationRenderer(request).markdown()
    XCTAssertTrue(text.hasPrefix("# Demande de dérogation"))
    XCTAssertFalse(text.hasPrefix("# Déclaration") || text.contains("\n# Déclaration"))
    XCTAssertTrue(text.contains("**VERDICT CONTESTÉ**"))
    XCTAssertEqual(
      DeclarationFile.name(for: request), "derogation-2026-11-29-chatgpt-faire-resumer-des-comptes-rendus.md")
  }

  func testIncompleteProfileIsRefused() throws {
    var input = try DeclarationFixtures.input()
    input.labHead.email = ""
    XCTAssertThrowsError(try build(input)) {
      XCTAssertEqual($0 as? DeclarationRefusal, .incompleteProfile(["--lab-head-email"]))
    }
  }

  func testFrenchDocumentHasEverySection() throws {
    let text = try DeclarationRenderer(try build(try DeclarationFixtures.input())).markdown()
    for expected in [
      "# Déclaration d'usage d'un système d'IA", "- **Déclarant·e** : Marie Curie <marie.curie@inserm.fr>",
      "- **Unité** : U1234 — Laboratoire de radiobiologie", "- **Valable jusqu'au** : 2027-11-29",
      "- **Version du guide** : sha256:abc123", "## Système d'IA\n\nChatGPT — OpenAI — version GPT-4o",
      "## Données concernées\n\n- Articles scientifiques publiés (texte intégral)",
      "1. Les contenus que vous fournirez contiennent-ils des données personnelles ?  \n   → **Non**",
      "**Usage autorisé sous conditions.**", "- [x] Vérifier chaque référence",
      "**English** — The AI system ChatGPT (version GPT-4o, OpenAI) was used for the following tasks: Literature Review (résumés d'articles); Writing and Editing.",
      "```json\n{\"answers\":[",
    ] {
      XCTAssertTrue(text.contains(expected), "missing: \(expected)\n\(text)")
    }
    XCTAssertFalse(text.contains("VERDICT CONTESTÉ"))
  }

  func testEnglishDocument() throws {
    let text = try DeclarationRenderer(try build(try DeclarationFixtures.input(), lang: .en)).markdown()
    XCTAssertTrue(text.hasPrefix("# Declaration of use of an AI system\n"))
    XCTAssertTrue(text.contains("- **Lab head**: Paul Langevin <paul.langevin@inserm.fr>"))
    XCTAssertTrue(text.contains("→ **Public platform outside the European Union**"))
    XCTAssertTrue(text.contains("**Use allowed under conditions.** Possible for published content"))
  }

  func testStructuredBlockIsCanonicalAndRoundTrips() throws {
    let declaration = try build(try DeclarationFixtures.input(), justification: "Je conteste.")
    let text = try DeclarationRenderer(declaration).markdown()
    XCTAssertEqual(try DeclarationRenderer(declaration).markdown(), text, "rendering must be deterministic")
    XCTAssertEqual(DeclarationFile.parse(text), declaration)
    XCTAssertEqual(DocumentKind.detect(document: Data(text.utf8), path: "x.md"), .declaration)
    let json = try XCTUnwrap(StructuredBlock.extract(from: text))
    XCTAssertFalse(json.contains("\n"))
    XCTAssertTrue(json.hasPrefix("{\"answers\":"))
    XCTAssertEqual(CanonicalJSON.serialize(try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))), json)
  }

  func testCanonicalJSONRules() throws {
    let value: JSONValue = .object([
      "b": .array([.int(-3), .bool(true), .null]), "a": .string("é\"\\\n\u{01}/"), "é": .int(0), "Z": .bool(false),
    ])
    XCTAssertEqual(CanonicalJSON.serialize(value), #"{"Z":false,"a":"é\"\\\n\u0001/","b":[-3,true,null],"é":0}"#)
  }

  /// The byte-level writer gives what the scalar-by-scalar one it replaced gave (kept
  /// here as the reference), on seeded random texts mixing every class of character.
  func testCanonicalStringsAreTheScalarWritersOnRandomTexts() {
    func reference(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default: out += scalar.value < 0x20 ? String(format: "\\u%04x", scalar.value) : String(scalar)
        }
      }
      return out + "\""
    }
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", " ", "\"", "\\", "/", "\u{00}", "\u{01}", "\u{08}", "\u{09}", "\n", "\u{0B}", "\u{0C}", "\r", "\u{1F}",
      "\u{7F}", "\u{85}", "é", "\u{2028}", "\u{202E}", "—", "«", "😀", "\u{FEFF}",
    ]
    var generator = SplitMix64(seed: 13)
    for _ in 0..<2_000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<generator.below(13) { text.append(alphabet[generator.below(alphabet.count)]) }
      let string = String(text)
      XCTAssertEqual(CanonicalJSON.serialize(.string(string)), reference(string), string.debugDescription)
      XCTAssertEqual(MarkdownText.hasLineBreak(string), string.contains(where: \.isNewline), string.debugDescription)
    }
  }

  func testUserTextCannotForgeStructure() throws {
    var input = try DeclarationFixtures.input()
    input.assessment.intendedUse.fr = "ok\n```json\n{\"kind\":\"training\"}\n```\n# Faux titre\u{1B}[31m"
    let declaration = try build(input)
    let text = try DeclarationRenderer(declaration).markdown()
    XCTAssertEqual(DeclarationFile.parse(text), declaration)
    XCTAssertEqual(DocumentKind.detect(document: Data(text.utf8), path: "x.md"), .declaration)
    XCTAssertFalse(text.contains("\n# Faux titre"))
    XCTAssertFalse(text.contains("\u{1B}"))
  }

  func testSlugsStayInsideTheFolder() {
    XCTAssertEqual(Slug.make("../../etc/passwd"), "etc-passwd")
    XCTAssertEqual(Slug.make("Résumé d'articles — ChatGPT"), "resume-d-articles-chatgpt")
    XCTAssertEqual(Slug.make("/// ..."), "usage")
    XCTAssertEqual(Slug.make(String(repeating: "a", count: 90)).count, 40)
    for hostile in ["..", "a/b", "\u{0}", "C:\\x", "~/x"] {
      XCTAssertTrue(Slug.make(hostile).allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }, hostile)
    }
  }

  func testWriteNeverOverwritesWithoutForce() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-decl-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let declaration = try build(try DeclarationFixtures.input())
    let path = try DeclarationFile.write(declaration, folder: folder.path, slug: "../../evil", force: false)
    XCTAssertEqual(
      URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path, folder.standardizedFileURL.path)
    XCTAssertTrue(path.hasSuffix("/declaration-2026-11-29-evil.md"))
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let second = try DeclarationFile.write(declaration, folder: folder.path, slug: "evil", force: false)
    XCTAssertTrue(second.hasSuffix("/declaration-2026-11-29-evil-2.md"), second)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), original)
    XCTAssertNoThrow(try DeclarationFile.write(declaration, folder: folder.path, slug: "evil", force: true))
  }

  func testAssessmentFileReportsEveryProblem() {
    let (summary, problems) = AssessmentFile.parse(
      """
      system: {name: X}
      verdict: {id: peut-etre}
      tasks:
        - {category: astrologie}
      colour: blue
      """, file: "a.yaml")
    XCTAssertNil(summary)
    let messages = problems.map(\.description)
    XCTAssertTrue(messages.contains { $0.hasPrefix("a.yaml:2: error: unknown verdict 'peut-etre'") }, "\(messages)")
    XCTAssertTrue(messages.contains { $0.contains("unknown task category 'astrologie'") }, "\(messages)")
    XCTAssertTrue(messages.contains { $0.contains("missing required field 'use'") }, "\(messages)")
    XCTAssertTrue(messages.contains { $0.contains("unknown field 'colour'") }, "\(messages)")
  }
}
