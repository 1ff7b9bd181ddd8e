/// The answer to one question: what was understood and the passages found.
public struct SearchAnswer: Sendable {
  public var query: String
  public var understood: [UnderstoodTerm]
  /// True when a word was replaced by a correction (typo tolerance).
  public var wasCorrected: Bool
  public var results: [SearchResult]
}

public struct SearchResult: Sendable {
  public var id: String
  public var kind: GuideSearch.Kind
  public var title: String
  public var score: Double
  public var snippet: Snippet
  /// For a FAQ entry, the sections its answer relies on.
  public var see: [String]
}
