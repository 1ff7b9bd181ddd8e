import SiaKit

/// `Dataset.guide` rebuilds the documents `GuideSearch` indexes so FTS5 gets the very
/// same fields. If the two drifted apart the comparison would be unfair: this check
/// ranks every query on both and refuses to go on when they disagree.
enum GuideMirrorCheck {
  static func verify(_ dataset: Dataset, knowledge: KnowledgeBase, queries: [String]) throws {
    let product = GuideSearch.load(knowledge).engine
    let mirror = SearchEngine(index: SearchIndex(documents: dataset.documents, analyzer: product.analyzer), analyzer: product.analyzer, synonyms: [])
    let plain = SearchEngine(index: product.index, analyzer: product.analyzer, synonyms: [])
    for query in queries {
      let expected = plain.search(query, limit: 10).map { product.index.documentIDs[Int($0.document)] }
      let found = mirror.search(query, limit: 10).map { mirror.index.documentIDs[Int($0.document)] }
      guard expected == found else {
        throw BenchError("the guide documents of the benchmark no longer match GuideSearch's (query '\(query)': \(found) ≠ \(expected)); update Dataset.guide")
      }
    }
  }
}
