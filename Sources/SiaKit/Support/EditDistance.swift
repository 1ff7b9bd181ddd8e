/// Levenshtein distance between two strings, by `Character`, with an early exit once
/// the distance exceeds `limit` (what "did you mean" and typo tolerance need).
public enum EditDistance {
  public static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    let x = Array(a), y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    if abs(x.count - y.count) > limit { return limit + 1 }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMin = current[0]
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMin = min(rowMin, current[j])
      }
      if rowMin > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[y.count]
  }

  /// The candidate closest to `word` within `limit`, preferring prefixes; nil if none.
  public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> String? {
    if let prefixed = candidates.filter({ $0.hasPrefix(word) }).min(by: { $0.count < $1.count }), !word.isEmpty {
      return prefixed
    }
    var best: (String, Int)?
    for candidate in candidates {
      let d = distance(word, candidate, limit: limit)
      if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }
}
