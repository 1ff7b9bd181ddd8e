import XCTest

@testable import SiaKit

/// The scoring loop (raw buffers, scratch arrays moved out of the class during a query)
/// against BM25F computed document by document with the index's own lookups (phrase
/// alternatives summed), on a generated corpus, with one scratch reused by every query
/// as `SearchEngine` does.
final class SearchScoringTests: XCTestCase {
  /// A small deterministic generator (64-bit LCG), so failures reproduce.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  func bruteForce(_ index: SearchIndex, _ clauses: [QueryClause]) -> [Int32: Double] {
    var scores: [Int32: Double] = [:]
    for document in 0..<Int32(index.documentCount) {
      let total = clauses.reduce(0.0) { sum, clause in
        // A single term scores alone; the terms of one phrase add up; the best counts.
        var candidates: [Int32: Double] = [:]
        var best = 0.0
        for alternative in clause.alternatives {
          let score = alternative.weight * index.score(alternative.term, in: document)
          if alternative.phrase == 0 {
            best = max(best, score)
          } else {
            candidates[alternative.phrase, default: 0] += score
          }
        }
        return sum + max(best, candidates.values.max() ?? 0)
      }
      if total > 0 { scores[document] = total }
    }
    return scores
  }

  func testScoresAndRanksMatchABruteForceComputationWithAReusedScratch() {
    var random = Generator(state: 42)
    let words = (0..<40).map { "mot\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\($0 / 26)qz" }
    let documents = (0..<300).map { number in
      let text = (0..<(1 + random.next(12))).map { _ in words[random.next(words.count)] }.joined(separator: " ")
      let title = words[random.next(words.count)]
      return SearchDocument(
        id: "d\(number)",
        fields: [
          SearchField("title", title, weight: 3, languages: [.fr]),
          SearchField("body", text, weight: 1, languages: [.fr]),
        ])
    }
    let index = SearchIndex(documents: documents, analyzer: Analyzer())
    XCTAssertGreaterThan(index.termCount, 20)
    let scratch = ScoreScratch(documentCount: index.documentCount)
    for _ in 0..<200 {
      let clauses = (0..<(1 + random.next(4))).map { _ in
        // Some alternatives are words of a phrase (1 or 2), the rest single terms.
        QueryClause(
          (0..<(1 + random.next(4))).map { _ in
            WeightedTerm(
              Int32(random.next(index.termCount)), weight: [1, 0.9, 0.8][random.next(3)],
              phrase: Int32(random.next(5) / 3))
          })
      }
      let limit = 1 + random.next(8)
      let expected = bruteForce(index, clauses)
      let found = index.search(clauses, limit: limit, scratch: scratch)
      XCTAssertEqual(found.count, min(limit, expected.count))
      let ranked = expected.values.sorted(by: >)
      for (rank, hit) in found.enumerated() {
        XCTAssertEqual(hit.score, expected[hit.document] ?? -1, accuracy: 1e-4)
        XCTAssertEqual(hit.score, ranked[rank], accuracy: 1e-4)
      }
      // The scratch is handed back clean: the next query starts from zero.
      XCTAssertTrue([scratch.totals, scratch.best, scratch.phrase].allSatisfy { $0.allSatisfy { $0 == 0 } })
      XCTAssertEqual(scratch.totals.count, index.documentCount)
    }
  }
}
