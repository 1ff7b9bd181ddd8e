/// One question of the interview (`questions.yaml`).
public struct Question: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case single, multiple, yesno, text
  }

  public struct Option: Sendable, Equatable, Codable {
    public var id: String
    public var label: Bilingual
    /// A multiple-choice option that excludes the others ("aucune").
    public var exclusive: Bool

    public init(id: String, label: Bilingual, exclusive: Bool = false) {
      self.id = id
      self.label = label
      self.exclusive = exclusive
    }
  }

  public var id: String
  public var kind: Kind
  public var text: Bilingual
  /// A short name for explanations ("Lieu d'exécution"); the text when absent.
  public var label: Bilingual
  /// Help shown on `?`, citing guide sections as `[§id]`.
  public var help: Bilingual
  public var options: [Option]
  /// Asked only when this holds (over the answers to earlier questions).
  public var when: Condition?
  /// A required question must be answered when it applies (`sia assess` checks it).
  public var required: Bool
  public var risk: RiskOrder
  /// The answer assumed for an answers file or a declaration written before this
  /// question existed (FORMAT.md, "Answers files": migration), nil for the original ones.
  public var legacy: String?
  /// Where it was declared, for diagnostics.
  public var file: String
  public var line: Int

  public init(
    id: String, kind: Kind, text: Bilingual, label: Bilingual? = nil, help: Bilingual, options: [Option],
    when: Condition?,
    required: Bool, risk: RiskOrder, file: String, line: Int
  ) {
    self.id = id
    self.kind = kind
    self.text = text
    self.label = label ?? text
    self.help = help
    self.options = options
    self.when = when
    self.required = required
    self.risk = risk
    self.file = file
    self.line = line
  }

  enum CodingKeys: String, CodingKey {
    case id, kind, text, label, help, options, when, required, risk
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id), kind: try c.decode(Kind.self, forKey: .kind),
      text: try c.decode(Bilingual.self, forKey: .text), label: try c.decodeIfPresent(Bilingual.self, forKey: .label),
      help: try c.decode(Bilingual.self, forKey: .help),
      options: try c.decode([Option].self, forKey: .options),
      when: try c.decodeIfPresent(Condition.self, forKey: .when),
      required: try c.decode(Bool.self, forKey: .required), risk: try c.decode(RiskOrder.self, forKey: .risk),
      file: "", line: 0)
  }

  public var optionIDs: [String] { options.map(\.id) }

  public func option(_ id: String) -> Option? { options.first { $0.id == id } }

  public var isChoice: Bool { kind != .text }

  /// The options' labels for display, in `lang` (the typed text for a text question).
  public func labels(of values: [String], _ lang: Lang) -> [String] {
    guard isChoice else { return values }
    return values.map { option($0)?.label.pick(lang) ?? $0 }
  }
}
