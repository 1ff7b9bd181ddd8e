import XCTest

@testable import SiaKit

/// BM25 on corpora small enough to compute by hand (k1 = 1.2, b = 0.75,
/// idf = ln(1 + (N − n + 0.5)/(n + 0.5)), score = idf · tf·(k1 + 1)/(tf + k1) with tf
/// divided by 1 − b + b·len/avg).
final class BM25Tests: XCTestCase {
  func body(_ id: String, _ text: String) -> SearchDocument {
    SearchDocument(id: id, fields: [SearchField("body", text, weight: 1, languages: [.en])])
  }

  func scores(_ engine: SearchEngine, _ query: String) -> [String: Double] {
    Dictionary(
      uniqueKeysWithValues: engine.search(query, limit: 10).map {
        (engine.index.documentIDs[Int($0.document)], $0.score)
      })
  }

  func testLuceneIdf() {
    XCTAssertEqual(BM25Parameters.idf(documents: 3, containing: 2), log(1.6), accuracy: 1e-12)
    XCTAssertEqual(BM25Parameters.idf(documents: 10, containing: 0), log(1 + 10.5 / 0.5), accuracy: 1e-12)
    // Always positive, even for a term in every document (FTS5's idf would be ~0 or clamped).
    XCTAssertGreaterThan(BM25Parameters.idf(documents: 4, containing: 4), 0)
  }

  func testScoresMatchTheHandComputation() {
    // Lengths 2, 3, 1: average 2.
    let engine = SearchEngine(documents: [body("d0", "cat dog"), body("d1", "cat cat bird"), body("d2", "dog")])
    let idf = log(1 + 1.5 / 2.5)  // "cat" and "dog" are each in 2 of 3 documents
    // d0: tf 1, norm 1 → 1·2.2/2.2 = 1.
    // d1: tf 2, norm 0.25 + 0.75·3/2 = 1.375 → tf' 1.4545… → 3.2/2.6545… = 1.2054…
    // d2: tf 1, norm 0.25 + 0.75·1/2 = 0.625 → tf' 1.6 → 3.52/2.8 = 1.2571…
    let cat = scores(engine, "cat")
    XCTAssertEqual(cat["d0"] ?? 0, idf * 1, accuracy: 1e-5)
    XCTAssertEqual(cat["d1"] ?? 0, idf * (2 / 1.375 * 2.2) / (2 / 1.375 + 1.2), accuracy: 1e-5)
    XCTAssertNil(cat["d2"])
    let both = scores(engine, "cat dog")
    XCTAssertEqual(both["d0"] ?? 0, 2 * idf, accuracy: 1e-5)
    XCTAssertEqual(both["d2"] ?? 0, idf * (1.6 * 2.2) / 2.8, accuracy: 1e-5)
    XCTAssertEqual(engine.search("cat dog", limit: 3).map(\.document), [0, 2, 1])
    XCTAssertEqual(engine.search("cat dog", limit: 1).map(\.document), [0])
  }

  func testFieldWeightsMultiplyTheNormalisedFrequency() {
    func document(_ id: String, title: String, body: String) -> SearchDocument {
      SearchDocument(
        id: id,
        fields: [
          SearchField("title", title, weight: 3, languages: [.en]),
          SearchField("body", body, weight: 1, languages: [.en]),
        ])
    }
    let engine = SearchEngine(documents: [
      document("a", title: "cat", body: "dog"), document("b", title: "dog", body: "cat"),
    ])
    let idf = log(1 + 0.5 / 2.5)
    let found = scores(engine, "cat")
    // In the title of a: tf' = 3·1/1 = 3 → 3·2.2/4.2; in the body of b: tf' = 1 → 1.
    XCTAssertEqual(found["a"] ?? 0, idf * 3 * 2.2 / 4.2, accuracy: 1e-5)
    XCTAssertEqual(found["b"] ?? 0, idf, accuracy: 1e-5)
  }

  func testSetFieldsCountEachTermOnce() {
    let listed = SearchDocument(
      id: "x",
      fields: [
        SearchField("keywords", "gdpr ; gdpr officer ; article 37 gdpr", weight: 1, languages: [.en], countsOnce: true)
      ])
    let engine = SearchEngine(documents: [listed, body("y", "other")])
    let term = engine.index.term("gdpr", .en) ?? -1
    XCTAssertEqual(
      engine.index.frequency(term, in: 0) * engine.index.parameters.norm(length: 6, average: 6), 1, accuracy: 1e-5)
  }

  func testAWordCountsOnceHoweverManyStemsMatch() {
    // "patients" is stemmed in French and English; both match, the best one counts.
    let bilingual = SearchDocument(
      id: "p", fields: [SearchField("body", "patients", weight: 1, languages: [.fr, .en])])
    let engine = SearchEngine(documents: [bilingual, body("q", "other")])
    let query = engine.parse("patients")
    XCTAssertEqual(query.clauses.count, 1)
    XCTAssertEqual(query.clauses[0].alternatives.count, 2)
    let single = engine.index.score(query.clauses[0].alternatives[0].term, in: 0)
    XCTAssertEqual(engine.search(query, limit: 1).first?.score ?? 0, single, accuracy: 1e-5)
  }

  func testAPhraseAlternativeSumsItsWordsThenCompetesWithTheOthers() {
    let engine = SearchEngine(documents: [body("d0", "cat dog"), body("d1", "cat"), body("d2", "bird")])
    let index = engine.index
    func term(_ word: String) -> Int32 { index.term(word, .en) ?? -1 }
    let clause = QueryClause([
      WeightedTerm(term("bird")),
      WeightedTerm(term("cat"), weight: 0.5, phrase: 1), WeightedTerm(term("dog"), weight: 0.5, phrase: 1),
    ])
    let found = Dictionary(uniqueKeysWithValues: index.search([clause], limit: 3).map { ($0.document, $0.score) })
    XCTAssertEqual(
      found[0] ?? 0, 0.5 * index.score(term("cat"), in: 0) + 0.5 * index.score(term("dog"), in: 0), accuracy: 1e-5)
    XCTAssertEqual(found[1] ?? 0, 0.5 * index.score(term("cat"), in: 1), accuracy: 1e-5)
    XCTAssertEqual(found[2] ?? 0, index.score(term("bird"), in: 2), accuracy: 1e-5)
  }

  func testNothingMatchesNothing() {
    let engine = SearchEngine(documents: [body("d0", "cat")])
    XCTAssertEqual(engine.search("zebra", limit: 5), [])
    XCTAssertEqual(engine.search("the of", limit: 5), [])
  }
}
