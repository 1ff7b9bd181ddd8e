import Foundation
import SiaKit

/// The `sia ask --json` document: `{query, understood_terms, results: [{id, title,
/// score, snippet}]}`, keys sorted and scores rounded so the bytes are stable.
struct AskJSON: Encodable {
  struct Result: Encodable {
    var id: String
    var title: String
    var score: Double
    var snippet: String
  }

  var query: String
  /// "answer", or "closest" when the passages only come near the question.
  var confidence: String
  var understoodTerms: [String]
  var results: [Result]

  enum CodingKeys: String, CodingKey {
    case query, results, confidence
    case understoodTerms = "understood_terms"
  }

  init(_ answer: SearchAnswer, top: Int) {
    query = answer.query
    confidence = answer.results.isEmpty ? "none" : answer.confidence.rawValue
    understoodTerms = answer.understood.filter(\.isKnown).flatMap { [$0.used] + $0.synonyms }
    results = answer.results.prefix(top).map {
      Result(id: $0.id, title: $0.title, score: ($0.score * 10_000).rounded() / 10_000, snippet: $0.snippet.plain)
    }
  }

  func encoded() throws -> String { try StableJSON.string(self) }
}
