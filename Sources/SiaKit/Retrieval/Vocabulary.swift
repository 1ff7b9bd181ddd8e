/// The distinct words of an index (folded), with the terms each produced and how many
/// documents contain it. Typo tolerance looks here for words within edit distance 1–2
/// of an unknown query word; lengths are bucketed so only plausible words are compared.
public struct Vocabulary: Sendable {
  public struct Entry: Sendable {
    /// Folded (`donnees`), the key.
    public var folded: String
    /// As first seen, lower-case with accents (`données`): what the user is shown.
    public var word: String
    public var documentFrequency: Int
    public var french: Int32?
    public var english: Int32?
  }

  public private(set) var entries: [Entry] = []
  private var positions: [String: Int] = [:]
  /// Entry indices by length in Unicode scalars.
  private var byLength: [[Int32]] = []
  private var scalars: [[UInt32]] = []
  /// While building: the last document counted for each entry.
  private var lastDocument: [Int32] = []

  public var count: Int { entries.count }

  public func entry(_ folded: String) -> Entry? { positions[folded].map { entries[$0] } }

  public func contains(_ folded: String) -> Bool { positions[folded] != nil }

  /// Records one occurrence; `document` counts once per distinct document (documents
  /// are added in order).
  mutating func add(_ term: Analyzer.Term, document: Int32, french: Int32?, english: Int32?) {
    if let position = positions[term.folded] {
      if lastDocument[position] != document {
        lastDocument[position] = document
        entries[position].documentFrequency += 1
      }
      if entries[position].french == nil { entries[position].french = french }
      if entries[position].english == nil { entries[position].english = english }
      return
    }
    let position = entries.count
    positions[term.folded] = position
    entries.append(Entry(folded: term.folded, word: term.word, documentFrequency: 1, french: french, english: english))
    lastDocument.append(document)
    let units = term.folded.unicodeScalars.map(\.value)
    scalars.append(units)
    // Numbers are never typos of one another.
    guard !units.allSatisfy({ (0x30...0x39).contains($0) }) else { return }
    while byLength.count <= units.count { byLength.append([]) }
    byLength[units.count].append(Int32(position))
  }

  /// The edit-distance budget for a word of `length` scalars: none under 4 (too many
  /// short words are one letter apart), 1 up to 7, then 2.
  public static func maxDistance(forLength length: Int) -> Int {
    length < 4 ? 0 : length < 8 ? 1 : 2
  }

  /// The known words closest to an unknown folded word: those at the smallest edit
  /// distance (Damerau: a swap of two letters counts 1) within budget, most frequent
  /// first, at most `limit`. Short words must keep their first letter.
  public func corrections(for folded: String, limit: Int = 3) -> [(entry: Entry, distance: Int)] {
    let word = folded.unicodeScalars.map(\.value)
    let budget = Vocabulary.maxDistance(forLength: word.count)
    guard budget > 0 else { return [] }
    var best = budget + 1
    var found: [Int] = []
    var distance = EditDistanceBuffer(capacity: word.count + budget + 2)
    for length in max(1, word.count - budget)...(word.count + budget) where length < byLength.count {
      for position in byLength[length] {
        let candidate = scalars[Int(position)]
        if budget == 1, candidate.first != word.first { continue }
        let d = distance.osa(word, candidate, limit: min(best, budget))
        if d < best {
          best = d
          found = [Int(position)]
        } else if d == best, d <= budget {
          found.append(Int(position))
        }
      }
    }
    guard best <= budget else { return [] }
    return found.map { entries[$0] }
      .sorted { ($0.documentFrequency, $1.folded) > ($1.documentFrequency, $0.folded) }
      .prefix(limit).map { ($0, best) }
  }
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent swaps), computed only
/// in the diagonal band that can stay within `limit`, with reusable rows.
struct EditDistanceBuffer {
  private var rows: [[Int]]

  init(capacity: Int) {
    rows = Array(repeating: Array(repeating: 0, count: capacity + 1), count: 3)
  }

  /// The distance, or `limit + 1` as soon as it must exceed `limit`.
  mutating func osa(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
    let n = a.count, m = b.count, infinity = limit + 1
    if abs(n - m) > limit { return infinity }
    if n == 0 || m == 0 { return max(n, m) }
    if rows[0].count < m + 2 { rows = Array(repeating: Array(repeating: 0, count: m + 2), count: 3) }
    var before = 0, previous = 1, current = 2
    for j in 0...m { rows[previous][j] = j <= limit ? j : infinity }
    if m + 1 < rows[previous].count { rows[previous][m + 1] = infinity }
    for i in 1...n {
      let low = max(1, i - limit), high = min(m, i + limit)
      rows[current][0] = i <= limit ? i : infinity
      if low > 1 { rows[current][low - 1] = infinity }
      var rowMinimum = rows[current][0]
      for j in low...high {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(rows[previous][j] + 1, rows[current][j - 1] + 1, rows[previous][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, rows[before][j - 2] + 1)
        }
        value = min(value, infinity)
        rows[current][j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if high + 1 <= m { rows[current][high + 1] = infinity }
      if rowMinimum > limit { return infinity }
      (before, previous, current) = (previous, current, before)
    }
    return rows[previous][m]
  }
}
