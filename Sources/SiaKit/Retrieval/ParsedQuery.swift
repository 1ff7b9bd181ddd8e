/// A query as the engine understood it: one clause per meaningful word, and for each
/// the word searched (the typed one or its correction) and the synonyms added.
public struct ParsedQuery: Sendable {
  public var text: String
  public var clauses: [QueryClause]
  /// Parallel to `clauses`.
  public var understood: [UnderstoodTerm]
  /// The language the words suggest (stop words, accents), nil when unclear.
  public var language: Lang?

  public var isEmpty: Bool { clauses.isEmpty }
  /// True when a word was replaced by a correction: worth telling the user.
  public var wasCorrected: Bool { understood.contains { $0.correction != nil } }
}

public struct UnderstoodTerm: Sendable, Hashable {
  /// The word as typed, lower-case.
  public var typed: String
  /// The known word searched instead of an unknown one (typo tolerance).
  public var correction: String?
  /// Equivalent terms searched too (synonyms.yaml).
  public var synonyms: [String]
  /// False when neither the word nor a correction is in the index.
  public var isKnown: Bool

  /// The word actually searched.
  public var used: String { correction ?? typed }
}
