/// One decision rule (`rules/*.yaml`): when its condition holds, it sets at least its
/// verdict level, asks for its actions and explains why, citing the guide.
public struct Rule: Sendable, Equatable {
  public var id: String
  public var when: Condition?
  public var level: Verdict
  /// Action ids (see `actions.yaml`).
  public var actions: [String]
  /// Why, in plain language; placeholders expanded.
  public var rationale: Bilingual
  /// Guide section ids: the `cite` list and every `[§id]` of the rationale.
  public var citations: [String]
  /// Institute keys (`dpo`, `pole_ia`…) of the people to contact.
  public var contacts: [String]
  /// For `interdit`: what is allowed instead.
  public var alternative: Bilingual?
  public var file: String
  public var line: Int

  public init(
    id: String, when: Condition?, level: Verdict, actions: [String], rationale: Bilingual,
    citations: [String], contacts: [String], alternative: Bilingual?, file: String, line: Int
  ) {
    self.id = id
    self.when = when
    self.level = level
    self.actions = actions
    self.rationale = rationale
    self.citations = citations
    self.contacts = contacts
    self.alternative = alternative
    self.file = file
    self.line = line
  }
}

/// Something the person must do (`actions.yaml`), shared by rules so the merged list
/// has no duplicates.
public struct ActionDefinition: Sendable, Equatable {
  public var id: String
  public var text: Bilingual
  /// 1 (useful) to 5 (essential): orders actions of rules of the same level.
  public var importance: Int
  /// An action that explains how to carry on with the use (« désactiver l'entraînement »):
  /// it is left out when the verdict is « non autorisé », where the use must not proceed.
  public var onlyIfAllowed: Bool
  /// Actions that say the opposite: `sia lint` checks they can never be shown together.
  public var conflictsWith: [String]
  public var file: String
  public var line: Int

  public init(
    id: String, text: Bilingual, importance: Int, onlyIfAllowed: Bool = false, conflictsWith: [String] = [],
    file: String, line: Int
  ) {
    self.id = id
    self.text = text
    self.importance = importance
    self.onlyIfAllowed = onlyIfAllowed
    self.conflictsWith = conflictsWith
    self.file = file
    self.line = line
  }
}
