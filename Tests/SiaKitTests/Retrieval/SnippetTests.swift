import XCTest

@testable import SiaKit

final class SnippetTests: XCTestCase {
  func testSentencesDropHeadingsAndMarkdown() {
    let markdown = """
      ## En bref
      Première phrase. Deuxième phrase, art. 9 compris ! Troisième ? Voir CSP, art. L1110-4. Cf. Annexe.
      - **Gras** : une puce.
      1. Une étape numérotée.
      """
    XCTAssertEqual(
      Sentences.split(markdown),
      [
        "Première phrase.", "Deuxième phrase, art. 9 compris !", "Troisième ?", "Voir CSP, art. L1110-4.",
        "Cf. Annexe.", "Gras : une puce.", "Une étape numérotée.",
      ])
  }

  func testLongSentencesAreCutAroundTheFirstMatch() {
    let text = String(repeating: "mot ", count: 100) + "cible " + String(repeating: "fin ", count: 100)
    let range = text.range(of: "cible")
    let parts = SearchEngine.cut(text, matches: [range].compactMap { $0 }, maxLength: 60)
    XCTAssertEqual(parts.first?.text, "… ")
    XCTAssertEqual(parts.last?.text, " …")
    XCTAssertEqual(parts.filter(\.isMatch).map(\.text), ["cible"])
    XCTAssertLessThanOrEqual(parts.map(\.text).joined().count, 66)
  }

  func testTheBestSentenceWinsAndASecondOneAddsMissingWords() {
    let engine = SearchEngine(documents: [
      SearchDocument(id: "a", fields: [SearchField("body", "chat chien oiseau poisson", weight: 1, languages: [.fr])]),
      SearchDocument(id: "b", fields: [SearchField("body", "vache", weight: 1, languages: [.fr])]),
    ])
    let query = engine.parse("chien poisson")
    let text = "Rien ici. Le chien dort. Le chien et le poisson. Le poisson nage."
    let snippet = engine.snippet(query, text: text)
    XCTAssertEqual(snippet.plain, "Le chien et le poisson.")
    XCTAssertEqual(snippet.parts.filter(\.isMatch).map(\.text), ["chien", "poisson"])
    let split = engine.snippet(query, text: "Le chien dort. Rien. Le poisson nage.")
    XCTAssertEqual(split.plain, "Le chien dort. … Le poisson nage.")
    // Nothing matches: the opening sentences.
    XCTAssertEqual(engine.snippet(engine.parse("vache"), text: "Un. Deux trois.").plain, "Un. Deux trois.")
  }
}
