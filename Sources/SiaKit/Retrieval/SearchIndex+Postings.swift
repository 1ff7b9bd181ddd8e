extension SearchIndex {
  /// Walks the postings of `term`: each document keeps in `best` the best score any
  /// alternative of the current clause gave it, and the documents seen for the first
  /// time in this clause are appended to `touched`. This loop is the cost of a query on
  /// a large index, so it reads the postings through raw buffers (no bounds check), and
  /// the caller passes plain local arrays, never arrays held by a class (see
  /// `search(_:limit:scratch:)`).
  @inline(__always)
  func accumulateBest(_ term: Int, factor: Float, k1: Float, best: inout [Float], touched: inout [Int32]) {
    let start = Int(postingStart[term]), end = Int(postingStart[term + 1])
    guard start < end else { return }
    best.withUnsafeMutableBufferPointer { best in
      postingDocuments.withUnsafeBufferPointer { documents in
        postingFrequencies.withUnsafeBufferPointer { frequencies in
          for p in start..<end {
            let document = Int(documents[p])
            let tf = frequencies[p]
            let score = factor * tf / (tf + k1)
            let previous = best[document]
            if previous == 0 { touched.append(Int32(document)) }
            if score > previous { best[document] = score }
          }
        }
      }
    }
  }
}
