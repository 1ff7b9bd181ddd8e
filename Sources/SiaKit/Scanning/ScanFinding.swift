/// One thing found: where (line, column in characters, both from 1), what, how sure,
/// and an excerpt of the line in which every finding is masked. The text itself is not
/// kept: a report can be shown, saved as JSON or summarised in a declaration without
/// carrying what was scanned.
public struct ScanFinding: Sendable, Equatable {
  public var category: ScanCategory
  public var confidence: ScanConfidence
  public var line: Int
  public var column: Int
  /// Length in characters.
  public var length: Int
  /// The line around the finding, every finding on it masked (`j•••@e••••.fr`).
  public var excerpt: String
  /// The masked value alone.
  public var masked: String

  public init(
    category: ScanCategory, confidence: ScanConfidence, line: Int, column: Int, length: Int, excerpt: String,
    masked: String
  ) {
    self.category = category
    self.confidence = confidence
    self.line = line
    self.column = column
    self.length = length
    self.excerpt = excerpt
    self.masked = masked
  }
}

/// A finding inside one line, in byte offsets, before it is located and masked.
struct LineFinding {
  var category: ScanCategory
  var confidence: ScanConfidence
  var start: Int
  var end: Int
}
