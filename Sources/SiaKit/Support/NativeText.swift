/// Text helpers that stay in Swift's native UTF-8 strings. Foundation's `contains`,
/// `range(of:)` and `trimmingCharacters(in:)` bridge to NSString and UTF-16, which
/// profiling showed to be most of the start-up time spent loading the guide.
extension StringProtocol {
  /// Whether `needle` occurs, compared byte by byte on UTF-8.
  public func containsBytes(_ needle: String) -> Bool { firstBytesRange(of: needle) != nil }

  /// The first occurrence of `needle`, compared byte by byte on UTF-8 (UTF-8 is
  /// self-synchronising, so a match always starts and ends on scalar boundaries).
  public func firstBytesRange(of needle: String) -> Range<Index>? {
    let haystack = Array(utf8), pattern = Array(needle.utf8)
    guard !pattern.isEmpty, haystack.count >= pattern.count else { return nil }
    var i = 0
    let last = haystack.count - pattern.count
    while i <= last {
      if haystack[i] == pattern[0] {
        var j = 1
        while j < pattern.count, haystack[i + j] == pattern[j] { j += 1 }
        if j == pattern.count {
          let start = utf8.index(utf8.startIndex, offsetBy: i)
          return start..<utf8.index(start, offsetBy: pattern.count)
        }
      }
      i += 1
    }
    return nil
  }

  /// Without leading and trailing white space (spaces, tabs, newlines, NBSP…).
  public var trimmed: SubSequence {
    // Most texts start and end with a visible ASCII character: nothing to trim, found
    // without looking up Unicode properties (`sia verify` trims every field it renders).
    let visible: ClosedRange<UInt8> = 0x21...0x7E
    if let head = first?.asciiValue, let tail = last?.asciiValue, visible.contains(head), visible.contains(tail) {
      return self[startIndex..<endIndex]
    }
    guard let first = firstIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
    guard let last = lastIndex(where: { !$0.isWhitespace }) else { return self[endIndex...] }
    return self[first...last]
  }
}
