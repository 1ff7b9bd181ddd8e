import Foundation

/// The fenced ```` ```json ```` block at the end of a document: the same content as
/// the prose, in canonical JSON, for registries and for `sia verify`.
public enum StructuredBlock {
  public static let fence = "```json"
  static let closing = "```"

  /// The JSON text of the last `json` fence, nil when there is none.
  public static func extract(from text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes in
      range(in: bytes).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }
  }

  /// Where the block's JSON lies in a document's UTF-8 bytes, nil when there is none.
  ///
  /// Walks the bytes once instead of splitting the text into `Character` lines (close to
  /// half of `sia verify`'s time per file went there), with the same result: lines end at LF
  /// but not at CR LF (one `Character` in Swift, so a CRLF file has no block, as
  /// before), the block is after the last line equal to the fence and ends before the
  /// next line equal to ```` ``` ````, and lines compare by canonical equivalence, as
  /// `String`s do. `bytes` must be valid UTF-8.
  public static func range(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var lineStart = 0
    var contentStart: Int?
    var contentEnd: Int?
    while lineStart <= bytes.count {
      let lineEnd = lineFeed(in: bytes, from: lineStart) ?? bytes.count
      let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
      if isLine(line, equalTo: fence) {
        // A later fence starts the search again: the block is after the last one.
        contentStart = lineEnd < bytes.count ? lineEnd + 1 : nil
        contentEnd = nil
      } else if let start = contentStart, contentEnd == nil, isLine(line, equalTo: closing) {
        contentEnd = max(start, lineStart - 1)
      }
      lineStart = lineEnd + 1
    }
    guard let start = contentStart, let end = contentEnd else { return nil }
    return start..<end
  }

  /// The next LF from `start` that ends a line (not preceded by CR), nil when none.
  static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var from = start
    while from < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + from, 0x0A, bytes.count - from)
    {
      let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      if index == 0 || bytes[index - 1] != 0x0D { return index }
      from = index + 1
    }
    return nil
  }

  /// Byte equality for ASCII lines; a line with other characters can still be
  /// canonically equivalent (U+1FEF GREEK VARIA is a grave accent), so it is compared
  /// as a `String` — only when short enough: decomposition never shortens a text, so an
  /// equivalent line has at most as many scalars as `target`, 4 bytes each.
  static func isLine(_ line: UnsafeBufferPointer<UInt8>, equalTo target: String) -> Bool {
    let ascii = target.utf8
    if line.count == ascii.count, line.elementsEqual(ascii) { return true }
    guard line.count <= 4 * ascii.count, line.contains(where: { $0 >= 0x80 }) else { return false }
    return String(decoding: line, as: UTF8.self) == target
  }

  /// The block as it is written: fence, one line of canonical JSON, closing fence.
  public static func render(_ canonicalJSON: String) -> String {
    "\(fence)\n\(canonicalJSON)\n```"
  }
}
