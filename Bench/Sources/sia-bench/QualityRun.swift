import Foundation
import SiaKit

/// Hit in top 3 on the retrieval engineer's question table (question → any of the
/// expected guide passages; "-" = the guide has no answer): sia as the product answers
/// (`GuideSearch.ask`), FTS5 on the same guide fields and weights with the OR of the
/// question's words.
struct QualityResult: Encodable {
  struct Row: Encodable {
    var question: String
    var expected: [String]
    var sia: [String]
    var fts5: [String]
    var siaHit: Bool
    var fts5Hit: Bool
    var siaConfidence: String
  }

  var rows: [Row]
  var answerable: Int
  var siaHits: Int
  var fts5Hits: Int
  /// Rows expecting no answer, and how many each engine left unanswered.
  var unanswerable: Int
  var siaDeclined: Int
  var fts5Declined: Int
  /// Answerable questions left with no passage at all ("empty answer").
  var siaEmpty: Int
  var fts5Empty: Int
  /// Answerable questions sia labelled "closest passages" rather than an answer.
  var siaClosest: Int
  /// `GuideSearch.ask` latency on the query set (µs), snippets included.
  var askLatency: Latency
}

enum QualityRun {
  static func run(knowledge: KnowledgeBase, table: String, queries: [String], rounds: Int) throws -> QualityResult {
    let guide = GuideSearch.load(knowledge)
    let dataset = Dataset.guide(knowledge)
    let fts5 = try FTS5Index(columns: dataset.columns, weights: dataset.weights, rows: dataset.rows)
    let ids = dataset.documents.map(\.id)
    var rows: [QualityResult.Row] = []
    for line in try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n") {
      guard !line.hasPrefix("#") else { continue }
      let cells = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count == 2 else { continue }
      let expected =
        cells[1] == "-" ? [] : cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      let siaAnswer = guide.ask(cells[0], lang: SearchEngine.guessLanguage(cells[0]) ?? .fr)
      let sia = siaAnswer.results.prefix(3).map(\.id)
      let match = FTS5Index.orQuery(guide.engine.analyzer.analyze(cells[0]).filter { !$0.isJoined }.map(\.word))
      let fts5Top = match.isEmpty ? [] : fts5.search(match, limit: 3).map { ids[$0] }
      func hit(_ top: [String]) -> Bool { expected.isEmpty ? top.isEmpty : top.contains(where: expected.contains) }
      rows.append(
        .init(
          question: cells[0], expected: expected, sia: sia, fts5: fts5Top, siaHit: hit(sia), fts5Hit: hit(fts5Top),
          siaConfidence: sia.isEmpty ? "none" : siaAnswer.confidence.rawValue))
    }
    let answerable = rows.filter { !$0.expected.isEmpty }
    let unanswerable = rows.filter { $0.expected.isEmpty }

    var samples = [[Double]](repeating: [], count: queries.count)
    var sink = 0
    for round in 0..<(rounds + 2) {
      for (position, query) in queries.enumerated() {
        let (nanoseconds, answer) = Measure.time { guide.ask(query, lang: .fr) }
        sink &+= answer.results.count
        if round >= 2 { samples[position].append(Double(nanoseconds) / 1000) }
      }
    }
    if sink == 42 { FileHandle.standardError.write(Data(" ".utf8)) }
    return QualityResult(
      rows: rows, answerable: answerable.count,
      siaHits: answerable.filter(\.siaHit).count, fts5Hits: answerable.filter(\.fts5Hit).count,
      unanswerable: unanswerable.count,
      siaDeclined: unanswerable.filter { $0.sia.isEmpty || $0.siaConfidence == "closest" }.count,
      fts5Declined: unanswerable.filter(\.fts5Hit).count,
      siaEmpty: answerable.filter(\.sia.isEmpty).count, fts5Empty: answerable.filter(\.fts5.isEmpty).count,
      siaClosest: answerable.filter { $0.siaConfidence == "closest" }.count,
      askLatency: Latency(rounds: samples))
  }
}
