import Foundation

/// Masked forms of findings, so a report can show where something is without showing
/// it: every letter and digit becomes `•` except the first character of the value;
/// separators stay (`j•••.d•••••@e••••••.fr`). A secret keeps only what says what it is
/// (`ghp_•••`, `password=•••`, `postgres://•••`, the `BEGIN … PRIVATE KEY` line).
enum ScanMasking {
  static let bullet = Array("•".utf8)
  static let ellipsis = Array("…".utf8)

  /// The masked bytes of `start..<end`.
  static func mask(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ category: ScanCategory) -> [UInt8] {
    var keep = start + ScanBytes.sequenceWidth(base[start])
    switch category {
    case .privateKey: keep = end
    case .apiToken: keep = min(end, start + 4)
    case .credential:
      var k = start
      while k < end, base[k] != 0x3D, base[k] != 0x3A { k += 1 }
      keep = min(end, k + 1)
    case .connectionString:
      var k = start
      while k + 2 < end, !(base[k] == 0x3A && base[k + 1] == 0x2F && base[k + 2] == 0x2F) { k += 1 }
      keep = min(end, k + 3)
    default: break
    }
    var out = Array(UnsafeBufferPointer(start: base + start, count: min(keep, end) - start))
    var k = keep
    while k < end {
      let width = min(ScanBytes.sequenceWidth(base[k]), end - k)
      let b = base[k]
      if ScanBytes.isAlnum(b) || ScanBytes.letterWidth(base, k, end) > 0 {
        out += bullet
      } else {
        out += UnsafeBufferPointer(start: base + k, count: width)
      }
      k += width
    }
    return out
  }

  /// The line around `finding`, at most `radius` bytes each side, every finding masked.
  static func excerpt(
    _ base: UnsafePointer<UInt8>, _ count: Int, around finding: LineFinding, all: [LineFinding], radius: Int = 32
  ) -> String {
    var start = max(0, finding.start - radius)
    var end = min(count, finding.end + radius)
    while start > 0, base[start] & 0xC0 == 0x80 { start -= 1 }
    while end < count, base[end] & 0xC0 == 0x80 { end += 1 }
    var out: [UInt8] = start > 0 ? ellipsis : []
    var k = start
    for other in all where other.end > start && other.start < end {
      let from = max(other.start, k)
      if from > k { out += UnsafeBufferPointer(start: base + k, count: from - k) }
      if other.start >= k {
        out += mask(base, other.start, other.end, other.category)
      }
      k = max(k, other.end)
    }
    if k < end { out += UnsafeBufferPointer(start: base + k, count: end - k) }
    if end < count { out += ellipsis }
    // Tabs and carriage returns would break the one-line layout.
    return trimmed(String(decoding: out.map { $0 == 0x09 || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self))
  }

  /// `text` without the spaces at its ends (the Unicode space separators and tabs
  /// Foundation's `.whitespaces` holds), without Foundation: this runs for every
  /// finding shown.
  static func trimmed(_ text: String) -> String {
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    return String(scalars[first...last])
  }

  /// The column, in characters from 1, of byte `offset`.
  static func column(_ base: UnsafePointer<UInt8>, _ offset: Int) -> Int {
    var column = 1
    for k in 0..<offset where base[k] & 0xC0 != 0x80 { column += 1 }
    return column
  }

  static func characters(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var n = 0
    for k in start..<end where base[k] & 0xC0 != 0x80 { n += 1 }
    return n
  }
}
