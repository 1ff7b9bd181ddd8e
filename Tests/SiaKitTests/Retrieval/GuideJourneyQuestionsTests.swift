import XCTest

@testable import SiaKit

/// The declarant's questions (Fixtures/retrieval/journey-tuning.tsv): long and short,
/// French and English, typos, first person. None may be left without passages, and
/// nearly all must find one of theirs in the top 3. The held-out part of the set
/// (Bench/Data/journey-heldout.tsv) is measured by `make bench`, never here.
final class GuideJourneyQuestionsTests: XCTestCase {
  func testNoRealisticQuestionIsLeftEmpty() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    let rows = try Fixtures.rows("retrieval/journey-tuning.tsv")
    XCTAssertGreaterThanOrEqual(rows.count, 100)
    var empty: [String] = [], misses: [String] = []
    for row in rows {
      XCTAssertEqual(row.count, 2, "malformed row \(row)")
      guard row.count == 2 else { continue }
      let answer = search.ask(row[0], lang: SearchEngine.guessLanguage(row[0]) ?? .fr)
      if answer.results.isEmpty { empty.append(row[0]) }
      let expected = Set(row[1].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
      let top = answer.results.prefix(3).map(\.id)
      if !top.contains(where: expected.contains) {
        misses.append("\(row[0]) → expected one of \(expected.sorted()), got \(top)")
      }
    }
    print("journey questions: \(rows.count - misses.count)/\(rows.count) hit in the top 3, \(empty.count) empty")
    XCTAssert(empty.isEmpty, "left empty:\n" + empty.joined(separator: "\n"))
    // A few misses are tolerated (the set is meant to be hard); more means a regression.
    XCTAssertLessThanOrEqual(
      misses.count, rows.count / 10, "\(misses.count) miss(es):\n" + misses.joined(separator: "\n"))
  }

  /// The question of issue 14, word for word: an answer, with the Q&A on removing names.
  func testTheLongConsultationNotesQuestionIsAnswered() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    let answer = search.ask(
      "est-ce que je peux coller des comptes rendus de consultation de l'hôpital dans ChatGPT pour les résumer ? j'ai enlevé les noms",
      lang: .fr)
    XCTAssert(answer.results.prefix(3).contains { $0.id == "faq-retirer-noms-chatbot" }, "\(answer.results.map(\.id))")
  }

  /// A Q&A snippet starts with its answer's first sentence: the "Non." comes first.
  func testFAQSnippetOpensWithTheAnswer() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    let answer = search.ask("retirer les noms patients chatbot", lang: .fr)
    let faq = try XCTUnwrap(answer.results.first { $0.id == "faq-retirer-noms-chatbot" })
    XCTAssert(faq.snippet.plain.hasPrefix("Non"), faq.snippet.plain)
    XCTAssertFalse(faq.snippet.plain.contains("Voir [§"), faq.snippet.plain)
    let deepl = search.ask("traduire mon protocole avec deepl gratuit", lang: .fr)
    let entry = try XCTUnwrap(deepl.results.first { $0.id == "faq-deepl-gratuit-protocole" })
    let knowledge = try Fixtures.realKnowledge()
    let opening = try XCTUnwrap(
      knowledge.faqEntry("faq-deepl-gratuit-protocole")?.answer.fr.split(separator: " ").first)
    XCTAssert(entry.snippet.plain.hasPrefix(String(opening)), entry.snippet.plain)
  }

  /// Words the guide does not know weigh nothing: adding ordinary words to a question
  /// does not turn its answer into "closest passages".
  func testUnknownWordsDoNotLowerConfidence() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    let short = search.ask("données de santé dans chatgpt", lang: .fr)
    XCTAssertEqual(short.confidence, .answer)
    let padded = search.ask("données de santé dans chatgpt zorglub wxqvbn", lang: .fr)
    XCTAssertEqual(padded.confidence, .answer)
    XCTAssertEqual(padded.results.first?.id, short.results.first?.id)
  }
}
