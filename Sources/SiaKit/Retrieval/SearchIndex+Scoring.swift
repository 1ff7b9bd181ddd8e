/// One weighted term of a query clause.
public struct WeightedTerm: Sendable, Hashable {
  public var term: Int32
  public var weight: Double

  public init(_ term: Int32, weight: Double = 1) {
    self.term = term
    self.weight = weight
  }
}

/// One word of a query and the terms that stand for it (its French and English stems,
/// typo corrections, synonyms). A document scores the best of its alternatives, so a
/// word counts once however many ways it can match.
public struct QueryClause: Sendable, Hashable {
  public var alternatives: [WeightedTerm]

  public init(_ alternatives: [WeightedTerm]) { self.alternatives = alternatives }
}

public struct ScoredDocument: Sendable, Hashable {
  public var document: Int32
  public var score: Double
}

/// Per-query working memory, sized to the corpus and reused from query to query, so
/// scoring allocates nothing proportional to the corpus. One per thread.
public final class ScoreScratch {
  var totals: [Float]
  var best: [Float]
  var touched: [Int32] = []
  var clauseTouched: [Int32] = []

  public init(documentCount: Int) {
    totals = [Float](repeating: 0, count: documentCount)
    best = [Float](repeating: 0, count: documentCount)
    touched.reserveCapacity(min(documentCount, 4096))
    clauseTouched.reserveCapacity(min(documentCount, 4096))
  }
}

extension SearchIndex {
  /// The `limit` best documents for `clauses` by BM25F: Σ over clauses of the best
  /// alternative's weight · idf · tf·(k1 + 1)/(tf + k1). Ties keep document order.
  public func search(_ clauses: [QueryClause], limit: Int, scratch: ScoreScratch? = nil) -> [ScoredDocument] {
    let work = scratch ?? ScoreScratch(documentCount: documentCount)
    if work.totals.count < documentCount {
      work.totals = [Float](repeating: 0, count: documentCount)
      work.best = [Float](repeating: 0, count: documentCount)
    }
    let k1 = Float(parameters.k1)
    // The loops run on local arrays: the scratch's arrays are moved out of the class for
    // the query and handed back after, since an array held by a class costs a dynamic
    // exclusivity check per access (~100 ns per posting instead of a few).
    var totals: [Float] = [], best: [Float] = [], touched: [Int32] = [], clauseTouched: [Int32] = []
    swap(&totals, &work.totals)
    swap(&best, &work.best)
    swap(&touched, &work.touched)
    swap(&clauseTouched, &work.clauseTouched)
    defer {
      swap(&totals, &work.totals)
      swap(&best, &work.best)
      swap(&touched, &work.touched)
      swap(&clauseTouched, &work.clauseTouched)
    }
    touched.removeAll(keepingCapacity: true)
    for clause in clauses {
      clauseTouched.removeAll(keepingCapacity: true)
      for alternative in clause.alternatives {
        let t = Int(alternative.term)
        let factor = Float(alternative.weight) * idfs[t] * (k1 + 1)
        accumulateBest(t, factor: factor, k1: k1, best: &best, touched: &clauseTouched)
      }
      for document in clauseTouched {
        let d = Int(document)
        if totals[d] == 0 { touched.append(document) }
        totals[d] += best[d]
        best[d] = 0
      }
    }
    var top: [ScoredDocument] = []
    top.reserveCapacity(limit + 1)
    for document in touched {
      let score = Double(totals[Int(document)])
      totals[Int(document)] = 0
      guard limit > 0, top.count < limit || score > top[top.count - 1].score
        || (score == top[top.count - 1].score && document < top[top.count - 1].document)
      else { continue }
      var position = top.count
      while position > 0, top[position - 1].score < score
        || (top[position - 1].score == score && top[position - 1].document > document)
      {
        position -= 1
      }
      top.insert(ScoredDocument(document: document, score: score), at: position)
      if top.count > limit { top.removeLast() }
    }
    return top
  }
}
