/// What the index knows of a document: an id and weighted text fields. Nothing here is
/// guide-specific, so the same index serves the guide, the FAQ or a corpus of sentences.
public struct SearchDocument: Sendable {
  public var id: String
  public var fields: [SearchField]

  public init(id: String, fields: [SearchField]) {
    self.id = id
    self.fields = fields
  }
}

/// One field: its name (fields of the same name share an average length, as in BM25F),
/// its weight, and the languages its words are stemmed in. A field that is a set of
/// terms (keywords, aliases) counts each term once: listing "GDPR officer" and
/// "article 37 GDPR" says no more about the GDPR than listing "GDPR".
public struct SearchField: Sendable {
  public var name: String
  public var text: String
  public var weight: Double
  public var languages: Set<Lang>
  public var countsOnce: Bool

  public init(_ name: String, _ text: String, weight: Double, languages: Set<Lang>, countsOnce: Bool = false) {
    self.name = name
    self.text = text
    self.weight = weight
    self.languages = languages
    self.countsOnce = countsOnce
  }
}
