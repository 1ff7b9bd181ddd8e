import XCTest

@testable import SiaKit

/// The English acceptance table (Fixtures/retrieval/questions-en.tsv): questions written
/// by and for English-speaking staff, asked with the English interface, each expecting
/// one of its passages in the top 3. The held-out English questions are only measured
/// by `make bench` (Bench/Data/english-heldout.tsv).
final class EnglishQuestionsTests: XCTestCase {
  func testEnglishQuestionsFindTheirPassageInTheTopThree() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    let rows = try Fixtures.rows("retrieval/questions-en.tsv")
    XCTAssertGreaterThanOrEqual(rows.count, 40)
    var failures: [String] = []
    for row in rows {
      XCTAssertEqual(row.count, 2, "malformed row \(row)")
      guard row.count == 2 else { continue }
      let top = search.ask(row[0], lang: .en).results.prefix(3).map(\.id)
      let expected = Set(row[1].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
      if !top.contains(where: expected.contains) {
        failures.append("\(row[0]) → expected one of \(expected.sorted()), got \(top)")
      }
    }
    print("english questions: \(rows.count - failures.count)/\(rows.count) in the top 3")
    XCTAssert(failures.isEmpty, "\(failures.count) question(s) missed:\n" + failures.joined(separator: "\n"))
  }

  func testEnglishResultsAndSnippetsAreInEnglish() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    let answer = search.ask("what is a data protection impact assessment?", lang: .en)
    let first = try XCTUnwrap(answer.results.first)
    XCTAssertEqual(first.id, "aipd")
    XCTAssertEqual(first.title, "Data protection impact assessment (DPIA)")
    // The snippet comes from the English text, not from the French body.
    XCTAssertFalse(first.snippet.plain.contains("traitement"), first.snippet.plain)
  }

  /// The English bodies are indexed with the English stemmer: words only they contain
  /// ("quantised", "desktop" in modeles-locaux) are known and rank their section first.
  /// Alone, they do not make the passage an answer (`GuideSearch.bodyOnlyTerms`).
  func testWordsOfTheEnglishBodiesAreSearched() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    let answer = search.ask("can I run a quantised model on my desktop", lang: .en)
    XCTAssertEqual(answer.results.first?.id, "modeles-locaux")
    XCTAssertTrue(
      answer.understood.contains { $0.typed == "quantised" && $0.isKnown && $0.correction == nil },
      "\(answer.understood)")
    // An everyday question whose words a long English body meets by chance is no answer.
    XCTAssertNotEqual(search.ask("what time is the next train to Lyon?", lang: .en).confidence, .answer)
  }

  func testFrenchTermsOfArtFindTheirSectionFromAnEnglishQuestion() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    for (question, ids) in [
      ("what is an AIPD?", ["aipd"]),
      ("HDS certification of a provider", ["hebergement-hds", "faq-prestataire-ia-certifie-hds"]),
      ("which MR for an observational study on existing records?", ["methodologies-reference", "faq-quelle-mr"]),
      ("what is the RSSI's role after a leak?", ["contacts", "fuites-donnees", "faq-donnees-collees-erreur"]),
    ] {
      let top = search.ask(question, lang: .en).results.prefix(3).map(\.id)
      XCTAssertTrue(top.contains(where: ids.contains), "\(question) → \(top)")
    }
  }
}
