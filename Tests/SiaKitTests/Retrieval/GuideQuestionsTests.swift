import XCTest

@testable import SiaKit

/// The acceptance table: realistic questions (Tests/Fixtures/retrieval/questions.tsv)
/// against the real guide, each expecting one of its listed passages in the top 3, or
/// no answer at all for "-".
final class GuideQuestionsTests: XCTestCase {
  func testEveryQuestionFindsItsPassageInTheTopThree() throws {
    let search = GuideSearch.load(try Fixtures.realKnowledge())
    let rows = try Fixtures.rows("retrieval/questions.tsv")
    XCTAssertGreaterThanOrEqual(rows.count, 40)
    var failures: [String] = []
    var firsts = 0, reciprocalRanks = 0.0, answerable = 0
    for row in rows {
      XCTAssertEqual(row.count, 2, "malformed row \(row)")
      guard row.count == 2 else { continue }
      let answer = search.ask(row[0], lang: .fr)
      let top = answer.results.prefix(3).map(\.id)
      if row[1] == "-" {
        // The guide has nothing on it: no passage, or only the closest ones, labelled so.
        if !top.isEmpty && answer.confidence == .answer {
          failures.append("\(row[0]) → expected no answer, got \(top)")
        }
        continue
      }
      let expected = Set(row[1].split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
      answerable += 1
      if let rank = answer.results.firstIndex(where: { expected.contains($0.id) }) {
        reciprocalRanks += 1 / Double(rank + 1)
        if rank == 0 { firsts += 1 }
      }
      if !top.contains(where: expected.contains) {
        failures.append("\(row[0]) → expected one of \(expected.sorted()), got \(top)")
      }
    }
    print(
      "questions: \(rows.count - failures.count)/\(rows.count) answered as expected; first: \(firsts)/\(answerable), MRR \(reciprocalRanks / Double(max(answerable, 1)))"
    )
    XCTAssert(failures.isEmpty, "\(failures.count) question(s) missed:\n" + failures.joined(separator: "\n"))
  }
}
