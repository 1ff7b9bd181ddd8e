/// A condition over answers, as written in `questions.yaml` (`when`) and `rules/*.yaml`:
/// `all`, `any`, `not` over tests `equals`, `in`, `at_least` and `answered`.
/// Encoded in JSON with the same shape as in YAML.
public indirect enum Condition: Sendable, Equatable, Codable {
  case all([Condition])
  case any([Condition])
  case not(Condition)
  case test(Test)

  /// One test on one question's answer.
  public struct Test: Sendable, Equatable {
    public enum Operator: String, Sendable, Codable {
      /// The answer is (single choice) or contains (multiple choice) the option.
      case equals
      /// The answer is, or contains, one of the options.
      case `in`
      /// The answer is the option or riskier (per the question's risk order); resolved
      /// into `in` when the model loads.
      case atLeast = "at_least"
      /// The question has an answer (it applied and was not skipped).
      case answered
    }

    public var op: Operator
    public var question: String
    public var options: [String]
    /// Line in the data file, for diagnostics (not part of equality).
    public var line: Int

    public init(_ op: Operator, question: String, options: [String] = [], line: Int = 0) {
      self.op = op
      self.question = question
      self.options = options
      self.line = line
    }

    public static func == (lhs: Test, rhs: Test) -> Bool {
      lhs.op == rhs.op && lhs.question == rhs.question && lhs.options == rhs.options
    }
  }

  /// Every test in the condition, in order.
  public var tests: [Test] {
    switch self {
    case let .all(items), let .any(items): return items.flatMap(\.tests)
    case let .not(inner): return inner.tests
    case let .test(test): return [test]
    }
  }

  /// Every test with its polarity (false under an odd number of `not`).
  public var polarTests: [(test: Test, positive: Bool)] {
    switch self {
    case let .all(items), let .any(items): return items.flatMap(\.polarTests)
    case let .not(inner): return inner.polarTests.map { ($0.test, !$0.positive) }
    case let .test(test): return [(test, true)]
    }
  }

  /// The same condition with every test rewritten by `transform`.
  public func mapTests(_ transform: (Test) -> Test) -> Condition {
    switch self {
    case let .all(items): return .all(items.map { $0.mapTests(transform) })
    case let .any(items): return .any(items.map { $0.mapTests(transform) })
    case let .not(inner): return .not(inner.mapTests(transform))
    case let .test(test): return .test(transform(test))
    }
  }

  // MARK: Codable, in the YAML shape

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    switch self {
    case let .all(items): try container.encode(items, forKey: Key("all"))
    case let .any(items): try container.encode(items, forKey: Key("any"))
    case let .not(inner): try container.encode(inner, forKey: Key("not"))
    case let .test(test):
      switch test.op {
      case .answered: try container.encode(test.question, forKey: Key("answered"))
      case .equals: try container.encode([test.question: test.options.first ?? ""], forKey: Key("equals"))
      case .in, .atLeast: try container.encode([test.question: test.options], forKey: Key(test.op.rawValue))
      }
    }
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    guard let key = container.allKeys.first else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "empty condition"))
    }
    switch key.stringValue {
    case "all": self = .all(try container.decode([Condition].self, forKey: key))
    case "any": self = .any(try container.decode([Condition].self, forKey: key))
    case "not": self = .not(try container.decode(Condition.self, forKey: key))
    case "answered": self = .test(Test(.answered, question: try container.decode(String.self, forKey: key)))
    case "equals":
      let pair = try container.decode([String: String].self, forKey: key)
      self = .test(Test(.equals, question: pair.keys.first ?? "", options: Array(pair.values)))
    case let name:
      guard let op = Test.Operator(rawValue: name) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: decoder.codingPath, debugDescription: "unknown operator \(name)"))
      }
      let pair = try container.decode([String: [String]].self, forKey: key)
      self = .test(Test(op, question: pair.keys.first ?? "", options: pair.values.first ?? []))
    }
  }
}
