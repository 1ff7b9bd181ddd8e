/// The answer to one question: what was understood and the passages found.
public struct SearchAnswer: Sendable {
  public var query: String
  public var understood: [UnderstoodTerm]
  /// True when a word was replaced by a correction (typo tolerance).
  public var wasCorrected: Bool
  public var results: [SearchResult]
  /// Whether the best passage answers the question or is only the closest the guide
  /// has (meaningless when `results` is empty).
  public var confidence: Confidence = .answer

  /// How far the results can be trusted as an answer: `.answer` when the best passage
  /// holds most of the question's (weighted) words the guide knows, `.closest` when the
  /// passages only share some of them — still shown, labelled as such, with who to ask.
  public enum Confidence: String, Sendable { case answer, closest }
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
