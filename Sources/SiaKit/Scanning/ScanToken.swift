/// One token of a line: a word (letters, with inner hyphens and digits), a number (ASCII
/// digits) or one symbol. Offsets are in bytes of the line's UTF-8.
struct ScanToken {
  enum Kind: UInt8 { case word, number, symbol }

  var kind: Kind
  var start: Int
  var end: Int
  /// `ScanFold.hash` of the token (words and numbers).
  var hash: UInt64
  /// First letter upper case (« Dupont », « DUPONT », « Élise »).
  var capitalised: Bool
  /// Every letter upper case and at least two of them (« DUPONT », « IRM »).
  var allUpper: Bool
  /// The first byte, for symbols and quick tests.
  var first: UInt8

  var length: Int { end - start }
}

/// Cuts a line into tokens. Spaces (including the no-break spaces of French typography)
/// separate tokens and are not tokens.
enum ScanTokenizer {
  static func tokens(_ base: UnsafePointer<UInt8>, _ count: Int) -> [ScanToken] {
    var tokens: [ScanToken] = []
    tokens.reserveCapacity(count / 5 + 1)
    var i = 0
    while i < count {
      let b = base[i]
      if b == 0x20 || b == 0x09 || b == 0x0D {
        i += 1
        continue
      }
      let width = ScanBytes.spaceWidth(base, i, count)
      if width > 0 {
        i += width
        continue
      }
      if ScanBytes.isDigit(b) {
        var j = i + 1
        while j < count, ScanBytes.isDigit(base[j]) { j += 1 }
        tokens.append(
          ScanToken(
            kind: .number, start: i, end: j, hash: ScanFold.hash(base, i, j), capitalised: false, allUpper: false,
            first: b))
        i = j
        continue
      }
      let letterWidth = ScanBytes.letterWidth(base, i, count)
      if letterWidth > 0 {
        var j = i
        var upperFirst = ScanBytes.isUpper(base, i, count)
        var uppers = 0
        var lowers = 0
        while j < count {
          let w = ScanBytes.letterWidth(base, j, count)
          if w > 0 {
            if ScanBytes.isUpper(base, j, count) { uppers += 1 } else if !ScanBytes.isDigit(base[j]) { lowers += 1 }
            j += w
            continue
          }
          if ScanBytes.isDigit(base[j]) {
            j += 1
            continue
          }
          // Inner hyphen or middle dot (« Jean-Pierre », « né·e ») when a letter follows.
          let joiner = base[j] == 0x2D ? 1 : (base[j] == 0xC2 && j + 1 < count && base[j + 1] == 0xB7 ? 2 : 0)
          if joiner > 0, j + joiner < count, ScanBytes.letterWidth(base, j + joiner, count) > 0 {
            j += joiner
            continue
          }
          break
        }
        if uppers == 0 { upperFirst = false }
        tokens.append(
          ScanToken(
            kind: .word, start: i, end: j, hash: ScanFold.hash(base, i, j), capitalised: upperFirst,
            allUpper: uppers >= 2 && lowers == 0, first: b))
        i = j
        continue
      }
      let symbolWidth = max(1, ScanBytes.sequenceWidth(b))
      let end = min(count, i + symbolWidth)
      tokens.append(
        ScanToken(
          kind: .symbol, start: i, end: end, hash: ScanFold.hash(base, i, end), capitalised: false, allUpper: false,
          first: b))
      i = end
    }
    return tokens
  }
}

/// Byte-level character classes for UTF-8 text.
enum ScanBytes {
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isASCIILetter(b) }

  /// The length of the UTF-8 sequence a lead byte starts.
  @inline(__always) static func sequenceWidth(_ b: UInt8) -> Int {
    b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
  }

  /// The width of a space character at `i` (no-break, narrow no-break), or 0.
  @inline(__always) static func spaceWidth(_ base: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> Int {
    if base[i] == 0xC2, i + 1 < count, base[i + 1] == 0xA0 { return 2 }
    if base[i] == 0xE2, i + 2 < count, base[i + 1] == 0x80,
      base[i + 2] == 0xAF || (base[i + 2] >= 0x80 && base[i + 2] <= 0x8A)
    {
      return 3
    }
    return 0
  }

  /// The width of a letter at `i`, or 0. Every non-ASCII character counts as a letter
  /// except the punctuation French and English text commonly holds.
  @inline(__always) static func letterWidth(_ base: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> Int {
    let b = base[i]
    if b < 0x80 { return isASCIILetter(b) ? 1 : 0 }
    let width = sequenceWidth(b)
    if i + width > count { return 0 }
    if b == 0xC2 { return 0 }  // « » ° § no-break space, ·
    if b == 0xC3, base[i + 1] == 0x97 || base[i + 1] == 0xB7 { return 0 }  // × ÷
    if b == 0xE2 { return 0 }  // ’ “ ” – — … • € and the general punctuation block
    if b == 0xEF, base[i + 1] == 0xBB || base[i + 1] == 0xBF { return 0 }  // BOM, replacement
    return width
  }

  /// An upper-case letter at `i` (ASCII, Latin-1 À…Þ, Œ).
  @inline(__always) static func isUpper(_ base: UnsafePointer<UInt8>, _ i: Int, _ count: Int) -> Bool {
    let b = base[i]
    if b >= 0x41 && b <= 0x5A { return true }
    guard i + 1 < count else { return false }
    if b == 0xC3 { return base[i + 1] >= 0x80 && base[i + 1] <= 0x9E && base[i + 1] != 0x97 }
    if b == 0xC5 { return base[i + 1] == 0x92 }
    return false
  }
}
