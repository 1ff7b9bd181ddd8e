/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps), computed only
/// in the diagonal band that can stay within `limit`, in three reusable rows: the
/// typo search calls it for thousands of candidates per unknown word.
struct EditDistanceBuffer {
  private var cells: [Int]
  private var width: Int

  init(capacity: Int) {
    width = capacity + 2
    cells = Array(repeating: 0, count: 3 * width)
  }

  mutating func osa(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
    a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in osa(x, y, limit: limit) } }
  }

  /// The distance, or `limit + 1` as soon as it must exceed `limit`.
  mutating func osa(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int) -> Int {
    let n = a.count, m = b.count, infinity = limit + 1
    if abs(n - m) > limit { return infinity }
    if n == 0 || m == 0 { return max(n, m) }
    if width < m + 2 {
      width = m + 2
      cells = Array(repeating: 0, count: 3 * width)
    }
    let stride = width
    return cells.withUnsafeMutableBufferPointer { rows -> Int in
      var before = 0, previous = stride, current = 2 * stride
      for j in 0...m { rows[previous + j] = j <= limit ? j : infinity }
      rows[previous + m + 1] = infinity
      for i in 1...n {
        let low = max(1, i - limit), high = min(m, i + limit)
        rows[current] = i <= limit ? i : infinity
        if low > 1 { rows[current + low - 1] = infinity }
        var rowMinimum = rows[current]
        let ai = a[i - 1]
        for j in low...high {
          let cost = ai == b[j - 1] ? 0 : 1
          var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
          if i > 1, j > 1, ai == b[j - 2], a[i - 2] == b[j - 1] {
            value = min(value, rows[before + j - 2] + 1)
          }
          value = min(value, infinity)
          rows[current + j] = value
          rowMinimum = min(rowMinimum, value)
        }
        if high + 1 <= m { rows[current + high + 1] = infinity }
        if rowMinimum > limit { return infinity }
        (before, previous, current) = (previous, current, before)
      }
      return rows[previous + m]
    }
  }
}
