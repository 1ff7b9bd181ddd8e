/// Splits text into words, keeping where each came from (for highlighting). Handles
/// French elision (`l'`, `qu'`, `jusqu'`… with `'` or `’`), English clitics (`'s`,
/// `n't`), hyphenated compounds (each part, plus the joined form: `ré-identification`
/// also gives `réidentification`), addresses and versions kept whole (`llama.cpp`),
/// and skips `[§id]` citations, which are not prose.
public enum Tokenizer {
  public struct Token: Equatable {
    /// The word as written (accents and case kept), without elided prefix.
    public var text: String
    public var range: Range<String.Index>
    /// True for the joined form of a hyphenated compound (an extra, overlapping token).
    public var isJoined: Bool
  }

  /// French elided words: a token `l'avis` is read as `avis`.
  public static let elisions: Set<String> = [
    "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu",
  ]
  /// English endings after an apostrophe, dropped: `patient's` → `patient`.
  static let clitics: Set<String> = ["s", "t", "ll", "re", "ve", "d", "m"]

  public static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    var segments: [(Range<String.Index>, Character)] = []
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if scalar == "[", let close = citationEnd(scalars, from: index) {
        index = close
        continue
      }
      guard isWordScalar(scalar) else {
        index = scalars.index(after: index)
        continue
      }
      // One compound: word scalars joined by single apostrophes or hyphens.
      segments.removeAll(keepingCapacity: true)
      var start = index
      var connector: Character = " "
      while index < scalars.endIndex {
        let current = scalars[index]
        if isWordScalar(current) {
          index = scalars.index(after: index)
          continue
        }
        let next = scalars.index(after: index)
        let kind: Character? = isApostrophe(current) ? "'" : isHyphen(current) ? "-" : isGlue(current) ? "." : nil
        guard let kind, next < scalars.endIndex, isWordScalar(scalars[next]) else { break }
        segments.append((start..<index, connector))
        connector = kind
        start = next
        index = next
      }
      segments.append((start..<index, connector))
      emit(segments, in: text, into: &tokens)
    }
    return tokens
  }

  /// `segments` are the parts of one compound, each with the connector before it.
  static func emit(_ segments: [(Range<String.Index>, Character)], in text: String, into tokens: inout [Token]) {
    // Most words are one segment: nothing to resolve, nothing to join.
    if segments.count == 1 {
      let part = String(text[segments[0].0])
      if isMeaningful(part) { tokens.append(Token(text: part, range: segments[0].0, isJoined: false)) }
      return
    }
    // Resolve apostrophes: elided prefixes and clitics drop, other parts merge
    // (`aujourd'hui` → `aujourdhui`). What remains are the hyphen-separated parts.
    var parts: [(text: String, range: Range<String.Index>)] = []
    var afterElision = false
    var index = 0
    while index < segments.count {
      let (range, connector) = segments[index]
      let part = String(text[range])
      let lower = TextFolding.lower(part)
      index += 1
      if connector == ".", let last = parts.last {
        parts[parts.count - 1] = (
          String(text[last.range.lowerBound..<range.upperBound]), last.range.lowerBound..<range.upperBound
        )
        continue
      }
      if connector == "'", !afterElision, let last = parts.last {
        if index == segments.count, clitics.contains(lower) { continue }
        parts[parts.count - 1] = (last.text + part, last.range.lowerBound..<range.upperBound)
        continue
      }
      afterElision = false
      if index < segments.count, segments[index].1 == "'", elisions.contains(lower) {
        afterElision = true
        // "j'ai" is French for "I have", not the English "AI": drop both.
        if lower == "j", TextFolding.lower(String(text[segments[index].0])) == "ai" { index += 1 }
        continue
      }
      parts.append((part, range))
    }
    let meaningful = parts.filter { isMeaningful($0.text) }
    for part in meaningful {
      tokens.append(Token(text: part.text, range: part.range, isJoined: false))
    }
    if parts.count > 1, meaningful.count == parts.count,
      !parts.contains(where: { StopWords.contains(TextFolding.fold($0.text)) }),
      let first = parts.first, let last = parts.last
    {
      let joined = parts.map(\.text).joined()
      tokens.append(Token(text: joined, range: first.range.lowerBound..<last.range.upperBound, isJoined: true))
    }
  }

  /// Single letters carry no meaning; single digits do ("article 5").
  /// Counted on the folded form, so a letter with a combining mark is still one letter
  /// (and analysing the folded words again keeps exactly the same words).
  static func isMeaningful(_ word: String) -> Bool {
    // Two scalars that are not combining marks stay at least two once folded (folding
    // only drops such marks), so most words need no folding here.
    var letters = 0
    for scalar in word.unicodeScalars where !TextFolding.isCombiningMark(scalar) {
      letters += 1
      if letters > 1 { return true }
    }
    let scalars = TextFolding.fold(word).unicodeScalars
    return scalars.count > 1 || scalars.first.map { $0.properties.numericType != nil } == true
  }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let v = scalar.value
      return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
      || TextFolding.isCombiningMark(scalar)
  }

  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
  }

  /// Inside a word, `.` and `@` make one token of addresses and versions
  /// (`pole.ia@inserm.fr`, `llama.cpp`, `3.5`).
  static func isGlue(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == "@" }

  static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
  }

  /// The index after the `]` of a `[§id]` starting at `start`, or nil if it is not one.
  static func citationEnd(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index? {
    let next = scalars.index(after: start)
    guard next < scalars.endIndex, scalars[next] == "§" else { return nil }
    var index = next
    var length = 0
    while index < scalars.endIndex, length < 100 {
      if scalars[index] == "]" { return scalars.index(after: index) }
      if scalars[index] == "\n" { return nil }
      index = scalars.index(after: index)
      length += 1
    }
    return nil
  }
}
