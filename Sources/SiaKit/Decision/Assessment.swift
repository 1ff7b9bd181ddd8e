/// What the engine concludes for a set of answers: the verdict, the merged actions, the
/// rules that fired with the answers that triggered each, the guide sections to read,
/// whom to contact, the questions still open and the changes that would lower the
/// verdict. Codable with stable keys: declarations are built from it.
public struct Assessment: Sendable, Equatable, Codable {
  public var verdict: Verdict
  /// Merged, de-duplicated, the most important first.
  public var actions: [AssessedAction]
  /// The strictest first, then in the order of the rule files.
  public var fired: [FiredRule]
  /// Guide section ids, de-duplicated, in the order of `fired`.
  public var citations: [String]
  /// Institute keys (`dpo`, `pole_ia`…), de-duplicated.
  public var contacts: [String]
  /// Applicable questions without an answer (the verdict is provisional while any remain).
  public var open: [String]
  /// The smallest changes of answers that lower the verdict (empty when not computed).
  public var alternatives: [Alternative]

  public init(
    verdict: Verdict, actions: [AssessedAction], fired: [FiredRule], citations: [String], contacts: [String],
    open: [String], alternatives: [Alternative] = []
  ) {
    self.verdict = verdict
    self.actions = actions
    self.fired = fired
    self.citations = citations
    self.contacts = contacts
    self.open = open
    self.alternatives = alternatives
  }

  /// The allowed alternatives given by the `interdit` rules that fired.
  public var allowedAlternatives: [Bilingual] {
    var seen: Set<String> = []
    return fired.compactMap(\.alternative).filter { seen.insert($0.fr).inserted }
  }
}

/// One rule that fired, with the answers its condition looked at.
public struct FiredRule: Sendable, Equatable, Codable {
  public var rule: String
  public var level: Verdict
  public var rationale: Bilingual
  public var triggers: [Trigger]
  public var citations: [String]
  public var actions: [String]
  public var contacts: [String]
  public var alternative: Bilingual?
}

/// One action to take, with the strictest level of the rules that ask for it.
public struct AssessedAction: Sendable, Equatable, Codable {
  public var id: String
  public var text: Bilingual
  public var level: Verdict
  /// The rules that ask for it.
  public var rules: [String]
}

/// A change of answers that lowers the verdict, and the verdict it would reach.
public struct Alternative: Sendable, Equatable, Codable {
  public var changes: [Change]
  public var verdict: Verdict

  public struct Change: Sendable, Equatable, Codable {
    public var question: String
    public var from: [String]
    public var to: [String]

    public init(question: String, from: [String], to: [String]) {
      self.question = question
      self.from = from
      self.to = to
    }
  }

  public init(changes: [Change], verdict: Verdict) {
    self.changes = changes
    self.verdict = verdict
  }
}
