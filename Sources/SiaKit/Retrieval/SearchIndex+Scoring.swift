/// One weighted term of a query clause.
public struct WeightedTerm: Sendable, Hashable {
  public var term: Int32
  public var weight: Double
  /// Non-zero for the words of a phrase standing for the clause's word (a multi-word
  /// synonym: "IA générative" for "ChatGPT"): terms of one phrase add up, and the sum
  /// competes with the other alternatives.
  public var phrase: Int32
  /// False for alternatives that rank but would mislead if highlighted (the other
  /// language's stems: the English "data" stemmed as French is the "dat" of "date").
  public var highlights: Bool

  public init(_ term: Int32, weight: Double = 1, phrase: Int32 = 0, highlights: Bool = true) {
    self.term = term
    self.weight = weight
    self.phrase = phrase
    self.highlights = highlights
  }
}

/// One word of a query and the terms that stand for it (its French and English stems,
/// typo corrections, synonyms). A document scores the best of its alternatives (a
/// phrase's words summed), so a word counts once however many ways it can match.
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
  var phrase: [Float]
  var touched: [Int32] = []
  var clauseTouched: [Int32] = []
  var phraseTouched: [Int32] = []

  public init(documentCount: Int) {
    totals = [Float](repeating: 0, count: documentCount)
    best = [Float](repeating: 0, count: documentCount)
    phrase = [Float](repeating: 0, count: documentCount)
    touched.reserveCapacity(min(documentCount, 4096))
    clauseTouched.reserveCapacity(min(documentCount, 4096))
  }

  /// Swaps the arrays with `buffers` (O(1)): lent for a query, then taken back.
  func exchange(_ buffers: inout ScoreBuffers) {
    swap(&totals, &buffers.totals)
    swap(&best, &buffers.best)
    swap(&phrase, &buffers.phrase)
    swap(&touched, &buffers.touched)
    swap(&clauseTouched, &buffers.clauseTouched)
    swap(&phraseTouched, &buffers.phraseTouched)
  }
}

/// The scratch arrays while a query runs, as a plain value: an array held by a class
/// costs a dynamic exclusivity check on every access (about 100 ns per posting instead
/// of a few, BENCHMARKS.md), one held by a local value costs nothing.
struct ScoreBuffers {
  var totals: [Float] = []
  var best: [Float] = []
  var phrase: [Float] = []
  var touched: [Int32] = []
  var clauseTouched: [Int32] = []
  var phraseTouched: [Int32] = []
}

extension SearchIndex {
  /// The `limit` best documents for `clauses` by BM25F: Σ over clauses of the best
  /// alternative's weight · idf · tf·(k1 + 1)/(tf + k1). Ties keep document order.
  public func search(_ clauses: [QueryClause], limit: Int, scratch: ScoreScratch? = nil) -> [ScoredDocument] {
    let work = scratch ?? ScoreScratch(documentCount: documentCount)
    if work.totals.count < documentCount {
      work.totals = [Float](repeating: 0, count: documentCount)
      work.best = [Float](repeating: 0, count: documentCount)
      work.phrase = [Float](repeating: 0, count: documentCount)
    }
    var buffers = ScoreBuffers()
    work.exchange(&buffers)
    defer { work.exchange(&buffers) }
    let k1 = Float(parameters.k1)
    buffers.touched.removeAll(keepingCapacity: true)
    for clause in clauses {
      buffers.clauseTouched.removeAll(keepingCapacity: true)
      for alternative in clause.alternatives where alternative.phrase == 0 {
        let t = Int(alternative.term)
        let factor = Float(alternative.weight) * idfs[t] * (k1 + 1)
        accumulateBest(t, factor: factor, k1: k1, best: &buffers.best, touched: &buffers.clauseTouched)
      }
      var phrases = clause.alternatives.map(\.phrase).filter { $0 != 0 }
      while let current = phrases.first {
        phrases.removeAll { $0 == current }
        addPhrase(current, of: clause, into: &buffers, k1: k1)
      }
      for document in buffers.clauseTouched {
        let d = Int(document)
        if buffers.totals[d] == 0 { buffers.touched.append(document) }
        buffers.totals[d] += buffers.best[d]
        buffers.best[d] = 0
      }
    }
    return top(limit, from: &buffers)
  }

  /// Sums the words of one phrase per document, then keeps the sum where it beats the
  /// clause's other alternatives.
  func addPhrase(_ phrase: Int32, of clause: QueryClause, into work: inout ScoreBuffers, k1: Float) {
    work.phraseTouched.removeAll(keepingCapacity: true)
    for alternative in clause.alternatives where alternative.phrase == phrase {
      let t = Int(alternative.term)
      let factor = Float(alternative.weight) * idfs[t] * (k1 + 1)
      for p in Int(postingStart[t])..<Int(postingStart[t + 1]) {
        let document = Int(postingDocuments[p])
        let tf = postingFrequencies[p]
        if work.phrase[document] == 0 { work.phraseTouched.append(Int32(document)) }
        work.phrase[document] += factor * tf / (tf + k1)
      }
    }
    for document in work.phraseTouched {
      let d = Int(document)
      if work.phrase[d] > work.best[d] {
        if work.best[d] == 0 { work.clauseTouched.append(document) }
        work.best[d] = work.phrase[d]
      }
      work.phrase[d] = 0
    }
  }

  /// The `limit` best of the touched documents, resetting their totals.
  func top(_ limit: Int, from work: inout ScoreBuffers) -> [ScoredDocument] {
    var top: [ScoredDocument] = []
    top.reserveCapacity(limit + 1)
    for document in work.touched {
      let score = Double(work.totals[Int(document)])
      work.totals[Int(document)] = 0
      guard limit > 0,
        top.count < limit || score > top[top.count - 1].score
          || (score == top[top.count - 1].score && document < top[top.count - 1].document)
      else { continue }
      var position = top.count
      while position > 0,
        top[position - 1].score < score
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
