import Foundation
import SiaKit

/// English retrieval (issue 16): the English question tables — the tuning part the tests
/// use (Tests/SiaKitTests/Fixtures/retrieval/questions-en.tsv) and the held-out part
/// never tuned on (Bench/Data/english-heldout.tsv) — asked to sia as the product answers
/// in English (`GuideSearch.ask(lang: .en)`, every field indexed), and to SQLite FTS5
/// with the porter tokenizer (Porter's English stemmer) over the same English fields
/// with the same weights: the English title, aliases and keywords, the English summary
/// and body, the Q&A's English question and answer.
struct EnglishResult: Encodable {
  struct Table: Encodable {
    var name: String
    var questions: Int
    var siaHits: Int
    var fts5Hits: Int
    var misses: [QualityResult.Row]
  }

  var tables: [Table]
  var fts5Columns: [String]
  /// `GuideSearch.ask(lang: .en)` on the English queries (µs), snippets included.
  var siaAskLatency: Latency
  /// FTS5 (porter) MATCH on the same queries (µs), top 3.
  var fts5Latency: Latency
}

enum EnglishRun {
  static func run(knowledge: KnowledgeBase, tables: [String], queries: [String], rounds: Int) throws -> EnglishResult {
    let guide = GuideSearch.load(knowledge)
    let full = Dataset.guide(knowledge)
    // The English side only: fields stemmed in English (aliases and keywords are both).
    let english = Set(full.documents.flatMap { $0.fields.filter { $0.languages.contains(.en) }.map(\.name) })
    let columns = full.columns.filter(english.contains)
    let dataset = Dataset(
      name: "guide-en", columns: columns, weights: columns.map { GuideSearch.weights[$0] ?? 1 },
      documents: full.documents)
    let fts5 = try FTS5Index(
      columns: dataset.columns, weights: dataset.weights, rows: dataset.rows,
      tokenizer: "porter unicode61 remove_diacritics 2")
    let ids = dataset.documents.map(\.id)
    func fts5Top(_ question: String) -> [String] {
      // The question's words as FTS5 sees them (its own tokenizer stems): OR of the words.
      let words = question.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        .filter { $0.count > 1 && !StopWords.english.contains($0) }
      let match = FTS5Index.orQuery(words)
      return match.isEmpty ? [] : fts5.search(match, limit: 3).map { ids[$0] }
    }
    var results: [EnglishResult.Table] = []
    for table in tables {
      var rows: [QualityResult.Row] = []
      for line in try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
        let cells = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count == 2, cells[1] != "-" else { continue }
        let expected = cells[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let answer = guide.ask(cells[0], lang: .en)
        let sia = answer.results.prefix(3).map(\.id)
        let peer = fts5Top(cells[0])
        rows.append(
          .init(
            question: cells[0], expected: expected, sia: sia, fts5: peer,
            siaHit: sia.contains(where: expected.contains),
            fts5Hit: peer.contains(where: expected.contains),
            siaConfidence: sia.isEmpty ? "none" : answer.confidence.rawValue))
      }
      results.append(
        .init(
          name: URL(fileURLWithPath: table).lastPathComponent, questions: rows.count,
          siaHits: rows.filter(\.siaHit).count,
          fts5Hits: rows.filter(\.fts5Hit).count, misses: rows.filter { !$0.siaHit || !$0.fts5Hit }))
    }
    var siaSamples = [[Double]](repeating: [], count: queries.count)
    var fts5Samples = [[Double]](repeating: [], count: queries.count)
    var sink = 0
    for round in 0..<(rounds + 2) {
      for (position, query) in queries.enumerated() {
        let (siaTime, answer) = Measure.time { guide.ask(query, lang: .en) }
        let (peerTime, found) = Measure.time { fts5Top(query) }
        sink &+= answer.results.count + found.count
        if round >= 2 {
          siaSamples[position].append(Double(siaTime) / 1000)
          fts5Samples[position].append(Double(peerTime) / 1000)
        }
      }
    }
    if sink == 42 { FileHandle.standardError.write(Data(" ".utf8)) }
    return EnglishResult(
      tables: results, fts5Columns: columns, siaAskLatency: Latency(rounds: siaSamples),
      fts5Latency: Latency(rounds: fts5Samples))
  }
}
