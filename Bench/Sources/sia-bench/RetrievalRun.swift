import Foundation
import SiaKit

/// Latency of one engine over the query set: per query the median of the rounds, then
/// percentiles over the queries (microseconds).
struct Latency: Encodable {
  var p50: Double
  var p99: Double
  var mean: Double
  /// Per query, in query order.
  var perQuery: [Double]

  init(rounds: [[Double]]) {
    perQuery = rounds.map(Measure.median)
    p50 = Measure.percentile(perQuery, 50)
    p99 = Measure.percentile(perQuery, 99)
    mean = perQuery.reduce(0, +) / Double(max(perQuery.count, 1))
  }
}

struct RetrievalResult: Encodable {
  var dataset: String
  var documents: Int
  var queries: Int
  var rounds: Int
  var siaBuild: BuildCost
  var fts5Build: BuildCost
  var fts5SQLiteBytes: Int
  /// sia, whole query: analysis, typo tolerance, synonyms, scoring, top 3.
  var sia: Latency
  /// sia, scoring and top 3 only (the query already parsed): where the time goes.
  var siaScoring: Latency
  var fts5: Latency
  /// Per query, postings sia walks (Σ document frequency of every alternative term).
  var postings: [Int]
  /// Per query, the FTS5 MATCH expression.
  var fts5Queries: [String]
}

/// Builds both engines on `dataset` in this process, then times the same queries on
/// both, interleaved query by query (the order of the two flips every round), after a
/// warm-up.
enum RetrievalRun {
  static func run(
    _ dataset: Dataset, queries: [String], rounds: Int, makeEngine: () -> SearchEngine
  ) throws -> RetrievalResult {
    let (siaBuild, engine) = BuildCost.measure(makeEngine)
    let sqliteBefore = FTS5Index.sqliteMemoryUsed
    let rows = dataset.rows
    let (fts5Build, fts5) = try BuildCost.measure {
      try FTS5Index(columns: dataset.columns, weights: dataset.weights, rows: rows)
    }
    let sqliteBytes = FTS5Index.sqliteMemoryUsed - sqliteBefore

    let parsed = queries.map { engine.parse($0) }
    let matches = queries.map { query in
      FTS5Index.orQuery(engine.analyzer.analyze(query).filter { !$0.isJoined }.map(\.word))
    }
    let postings = parsed.map { query in
      query.clauses.flatMap(\.alternatives).reduce(0) { $0 + engine.index.documentFrequency($1.term) }
    }

    var sink = 0
    for _ in 0..<3 {
      for (position, query) in queries.enumerated() {
        sink &+= engine.search(query, limit: 3).count
        sink &+= engine.search(parsed[position], limit: 3).count
        sink &+= fts5.search(matches[position], limit: 3).count
      }
    }
    var siaSamples = [[Double]](repeating: [], count: queries.count)
    var scoringSamples = siaSamples, fts5Samples = siaSamples
    for round in 0..<rounds {
      for (position, query) in queries.enumerated() {
        func timeSia() {
          let (nanoseconds, hits) = Measure.time { engine.search(query, limit: 3) }
          siaSamples[position].append(Double(nanoseconds) / 1000)
          sink &+= hits.count
          let (scoring, scored) = Measure.time { engine.search(parsed[position], limit: 3) }
          scoringSamples[position].append(Double(scoring) / 1000)
          sink &+= scored.count
        }
        func timeFTS5() {
          let (nanoseconds, hits) = Measure.time { fts5.search(matches[position], limit: 3) }
          fts5Samples[position].append(Double(nanoseconds) / 1000)
          sink &+= hits.count
        }
        if round % 2 == 0 {
          timeSia()
          timeFTS5()
        } else {
          timeFTS5()
          timeSia()
        }
      }
    }
    if sink == 42 { FileHandle.standardError.write(Data(" ".utf8)) }
    return RetrievalResult(
      dataset: dataset.name, documents: dataset.documents.count, queries: queries.count, rounds: rounds,
      siaBuild: siaBuild, fts5Build: fts5Build, fts5SQLiteBytes: sqliteBytes,
      sia: Latency(rounds: siaSamples), siaScoring: Latency(rounds: scoringSamples), fts5: Latency(rounds: fts5Samples),
      postings: postings, fts5Queries: matches)
  }
}
