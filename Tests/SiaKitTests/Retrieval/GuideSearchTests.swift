import XCTest

@testable import SiaKit

/// The guide search on a tiny knowledge base: aliases, English fields, FAQ entries as
/// documents of their own, snippets and the "no answer" decision.
final class GuideSearchTests: XCTestCase {
  static func section(
    _ id: String, _ title: String, en: String, summary: String, aliases: [String] = [], keywords: [String] = [],
    body: String
  ) -> GuideSection {
    GuideSection(
      id: id, title: title, titleEn: en, summaryEn: summary, tags: ["t"], keywords: keywords, aliases: aliases,
      sources: ["s"], freshness: Freshness(reviewed: "2026-11-29"), body: body, file: "guide/\(id).md", bodyLine: 10)
  }

  static let knowledge = KnowledgeBase(
    root: "/nonexistent", institute: Institute(values: ["cloud": "Cloud Interne"]), themes: [],
    sections: [
      section(
        "ia-generative", "Les assistants conversationnels", en: "Conversational assistants",
        summary: "Chatbots generate plausible text, not verified facts.",
        aliases: ["ChatGPT", "Le Chat", "{{cloud}}"],
        body: "## En bref\nLes assistants produisent un texte plausible. Vérifiez tout.\n## Que faire\n- Relisez."),
      section(
        "anonymisation", "L'anonymisation", en: "Anonymisation", summary: "Anonymous data fall outside the GDPR.",
        keywords: ["données anonymes"],
        body:
          "## En bref\nDes données sont anonymes quand personne ne peut retrouver les individus. Enlever les noms ne suffit pas."
      ),
      section(
        "contacts", "Qui contacter ?", en: "Who to contact?", summary: "The people to ask.",
        body: "## En bref\nLe délégué à la protection des données répond à vos questions."),
    ],
    faq: [
      FAQEntry(
        id: "faq-noms",
        question: Bilingual(
          fr: "Si j'enlève les noms, est-ce anonyme ?", en: "If I remove the names, is it anonymous?"),
        answer: Bilingual(fr: "Non. Voir [§anonymisation].", en: "No."), keywords: [], see: ["anonymisation"],
        file: "faq/t.yaml", line: 1)
    ],
    version: "test")

  let search = GuideSearch(knowledge: GuideSearchTests.knowledge, synonyms: [["anonymisation", "anonymization"]])

  func ids(_ question: String, lang: Lang = .fr) -> [String] {
    search.ask(question, lang: lang).results.map(\.id)
  }

  func testAliasesFindTheirSection() {
    XCTAssertEqual(ids("ChatGPT").first, "ia-generative")
    // Placeholders in aliases are expanded before indexing.
    XCTAssertEqual(ids("cloud interne").first, "ia-generative")
  }

  func testEnglishQuestionsFindFrenchSectionsThroughTheirEnglishFields() {
    XCTAssertEqual(ids("conversational assistants").first, "ia-generative")
    XCTAssertEqual(ids("who should I contact?").first, "contacts")
    XCTAssertEqual(ids("anonymization").first, "anonymisation")
  }

  func testFAQEntriesAreDocumentsOfTheirOwn() {
    let answer = search.ask("enlever les noms, anonyme ?", lang: .fr)
    let faq = answer.results.first { $0.id == "faq-noms" }
    XCTAssertEqual(faq?.kind, .faq)
    XCTAssertEqual(faq?.title, "Si j'enlève les noms, est-ce anonyme ?")
    XCTAssertEqual(faq?.see, ["anonymisation"])
    XCTAssertEqual(
      search.ask("enlever les noms, anonyme ?", lang: .en).results.first { $0.id == "faq-noms" }?.title,
      "If I remove the names, is it anonymous?")
  }

  func testSnippetsHighlightTheMatchedWordsOfTheBestSentence() throws {
    let result = try XCTUnwrap(search.ask("anonymes noms", lang: .fr).results.first)
    XCTAssertEqual(result.id, "anonymisation")
    XCTAssertEqual(
      result.snippet.plain,
      "Des données sont anonymes quand personne ne peut retrouver les individus. Enlever les noms ne suffit pas.")
    XCTAssertEqual(result.snippet.parts.filter(\.isMatch).map(\.text), ["anonymes", "noms"])
    // In English, the snippet comes from the English summary.
    let english = try XCTUnwrap(search.ask("anonymous data", lang: .en).results.first { $0.id == "anonymisation" })
    XCTAssertEqual(english.snippet.plain, "Anonymous data fall outside the GDPR.")
  }

  func testUnrelatedQuestionsGetNoAnswer() {
    XCTAssertEqual(ids("recette de la tarte aux pommes"), [])
    XCTAssertEqual(ids("le la les"), [])
    XCTAssertTrue(search.ask("le la les", lang: .fr).understood.isEmpty)
  }

  func testCorrectionsAreReported() {
    let answer = search.ask("anonimisation", lang: .fr)
    XCTAssertTrue(answer.wasCorrected)
    XCTAssertEqual(answer.understood.first?.used, "anonymisation")
    XCTAssertEqual(answer.results.first?.id, "anonymisation")
  }

  func testKeywordsForCompletion() {
    XCTAssertTrue(search.keywords.contains("ChatGPT"))
    XCTAssertTrue(search.keywords.contains("chatgpt"))
    XCTAssertTrue(search.keywords.contains("Interne"))
    XCTAssertEqual(search.keywords, search.keywords.sorted())
  }
}
