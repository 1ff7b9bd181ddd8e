/// A person's answers: question id → chosen option ids (one for a single choice or a
/// yes/no question, several for a multiple choice) or the typed text (one element).
/// Encoded as a plain JSON object with sorted keys; a one-element answer is written as a
/// string, so `{"plateforme": "public", "donnees": ["sante"]}` round-trips.
public struct Answers: Equatable, Sendable, Codable {
  public private(set) var values: [String: [String]]

  public init(_ values: [String: [String]] = [:]) {
    self.values = values.filter { !$0.value.isEmpty }
  }

  public subscript(question: String) -> [String]? {
    get { values[question] }
    set {
      if let newValue, !newValue.isEmpty { values[question] = newValue } else { values[question] = nil }
    }
  }

  public func isAnswered(_ question: String) -> Bool { values[question] != nil }

  public var questionIDs: [String] { values.keys.sorted() }

  public var isEmpty: Bool { values.isEmpty }

  /// The answers restricted to `questions`.
  public func keeping(_ questions: Set<String>) -> Answers {
    Answers(values.filter { questions.contains($0.key) })
  }

  /// These answers with `other`'s answers added where they say something.
  public func merging(_ other: Answers) -> Answers {
    Answers(values.merging(other.values) { _, new in new })
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let raw = try container.decode([String: OneOrMany].self)
    self.init(raw.mapValues(\.items))
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(values.mapValues { OneOrMany(items: $0) })
  }

  /// A string or a list of strings.
  struct OneOrMany: Codable {
    var items: [String]
    init(items: [String]) { self.items = items }
    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let one = try? container.decode(String.self) {
        items = [one]
      } else {
        items = try container.decode([String].self)
      }
    }
    func encode(to encoder: Encoder) throws {
      var container = encoder.singleValueContainer()
      if items.count == 1 { try container.encode(items[0]) } else { try container.encode(items) }
    }
  }
}
