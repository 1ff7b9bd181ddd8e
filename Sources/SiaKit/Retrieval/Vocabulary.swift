/// The distinct words of an index (folded), with the terms each produced and how many
/// documents contain it. Typo tolerance looks here for words within edit distance 1–2
/// of an unknown query word: words are bucketed by length, and a 64-bit set of letters
/// per word rules out most candidates before any distance is computed.
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

  // Internal rather than private for `Vocabulary+Archive.swift` only.
  public internal(set) var entries: [Entry] = []
  var positions: [String: Int] = [:]
  /// Entry indices by length in Unicode scalars (numbers left out).
  var byLength: [[Int32]] = []
  /// The scalars of every entry, end to end: entry i is `units[starts[i] ..< starts[i + 1]]`.
  var units: [UInt32] = []
  var starts: [Int32] = [0]
  var letterSets: [UInt64] = []
  /// While building: the last document counted for each entry (not archived).
  var lastDocument: [Int32] = []

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
    let scalars = term.folded.unicodeScalars.map(\.value)
    units += scalars
    starts.append(Int32(units.count))
    letterSets.append(Vocabulary.letterSet(scalars))
    // Numbers are never typos of one another.
    guard !scalars.allSatisfy({ (0x30...0x39).contains($0) }) else { return }
    while byLength.count <= scalars.count { byLength.append([]) }
    byLength[scalars.count].append(Int32(position))
  }

  /// The letters of a word as bits (scalar value modulo 64): k edits add and remove at
  /// most k letters each way, and sharing a bit only hides differences, never adds one.
  static func letterSet(_ scalars: [UInt32]) -> UInt64 {
    scalars.reduce(0) { $0 | (1 << UInt64($1 & 63)) }
  }

  /// The edit-distance budget for a word of `length` scalars: none under 4 (too many
  /// short words are one letter apart), 1 up to 7, then 2. Four-letter words only get
  /// a swap of two letters (`rgdp` → `rgpd`): `bake` is not a typo of `base`.
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
    let wordSet = Vocabulary.letterSet(word)
    var best = budget + 1
    var found: [Int] = []
    var distance = EditDistanceBuffer(capacity: word.count + budget + 2)
    units.withUnsafeBufferPointer { all in
      word.withUnsafeBufferPointer { typed in
        for length in max(1, word.count - budget)...(word.count + budget) where length < byLength.count {
          for position in byLength[length] {
            let p = Int(position)
            let limit = min(best, budget)
            let set = letterSets[p]
            guard (wordSet & ~set).nonzeroBitCount <= limit, (set & ~wordSet).nonzeroBitCount <= limit else { continue }
            let candidate = UnsafeBufferPointer(rebasing: all[Int(starts[p])..<Int(starts[p + 1])])
            if budget == 1, candidate.first != typed.first { continue }
            // A four-letter word: only a swap, which keeps the same letters.
            if word.count == 4, candidate.count != 4 || set != wordSet || candidate.sorted() != word.sorted() {
              continue
            }
            let d = distance.osa(typed, candidate, limit: limit)
            if d < best {
              best = d
              found = [p]
            } else if d == best, d <= budget {
              found.append(p)
            }
          }
        }
      }
    }
    guard best <= budget else { return [] }
    return found.map { entries[$0] }
      .sorted { ($0.documentFrequency, $1.folded) > ($1.documentFrequency, $0.folded) }
      .prefix(limit).map { ($0, best) }
  }
}
