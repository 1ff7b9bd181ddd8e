/// One AI tool people name (`tools.yaml`): who provides it, where it runs, what happens
/// to inputs by default — each with sources and the date they were checked. Naming it
/// pre-answers the questions it settles (`presets`), which the person confirms.
/// One brand often covers opposite terms (a personal plan that trains on inputs, a
/// business contract that does not): such an entry declares `plans:` and loads as one
/// `Tool` per plan, all sharing the same `family`.
public struct Tool: Sendable, Equatable, Codable {
  /// The plan families whose data terms differ (FORMAT.md, "Tools").
  public enum PlanKind: String, Sendable, Codable, CaseIterable {
    /// A personal or consumer account, free or paid.
    case personnel
    /// A business, education or institute contract.
    case contrat
    /// Programmatic access under the provider's API terms.
    case api
  }

  /// Whether inputs may be used to train the provider's models by default.
  public enum Training: String, Sendable, Codable {
    case yes, no, varies, unknown
  }

  public var id: String
  public var name: String
  /// Other names and spellings that designate it (matched case- and accent-insensitively).
  public var aliases: [String]
  public var provider: String
  public var country: Bilingual
  public var training: Training
  public var trainingNote: Bilingual
  public var retention: Bilingual
  public var sources: [String]
  /// `YYYY-MM-DD` of the last check (`reviewed`, or the older `as_of`).
  public var asOf: String
  /// The last check and the review interval (`review_every` / `review_by`).
  public var freshness: Freshness
  /// Question id → option ids this tool settles (kind, where it runs, provider location).
  public var presets: Answers
  /// The brand this entry belongs to: its own id when it has no plans.
  public var family: String
  /// The plan family, nil for an entry without plans.
  public var plan: PlanKind?
  /// The plan as people know it (« offre individuelle (Free, Pro, Pro+) »).
  public var planLabel: Bilingual?
  /// A plan's name in English (« ChatGPT, personal account »), when it differs.
  public var nameEn: String?
  /// The provider in English, when it differs (« open model, run on your computer »).
  public var providerEn: String?
  public var file: String
  public var line: Int

  enum CodingKeys: String, CodingKey {
    case id, name, aliases, provider, country, training, trainingNote = "training_note", retention, sources
    case asOf = "as_of", presets, family, plan, planLabel = "plan_label"
  }

  public init(
    id: String, name: String, aliases: [String], provider: String, country: Bilingual, training: Training,
    trainingNote: Bilingual, retention: Bilingual, sources: [String], asOf: String, presets: Answers,
    family: String? = nil, plan: PlanKind? = nil, planLabel: Bilingual? = nil, file: String, line: Int,
    freshness: Freshness? = nil
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.provider = provider
    self.country = country
    self.training = training
    self.trainingNote = trainingNote
    self.retention = retention
    self.sources = sources
    self.asOf = asOf
    self.freshness = freshness ?? Freshness(reviewed: asOf)
    self.presets = presets
    self.family = family ?? id
    self.plan = plan
    self.planLabel = planLabel
    self.file = file
    self.line = line
  }

  /// The name to show in `lang`.
  public func displayName(_ lang: Lang) -> String { lang == .en ? nameEn ?? name : name }

  /// The provider to show in `lang`.
  public func displayProvider(_ lang: Lang) -> String { lang == .en ? providerEn ?? provider : provider }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
      aliases: try c.decode([String].self, forKey: .aliases), provider: try c.decode(String.self, forKey: .provider),
      country: try c.decode(Bilingual.self, forKey: .country), training: try c.decode(Training.self, forKey: .training),
      trainingNote: try c.decode(Bilingual.self, forKey: .trainingNote),
      retention: try c.decode(Bilingual.self, forKey: .retention),
      sources: try c.decode([String].self, forKey: .sources),
      asOf: try c.decode(String.self, forKey: .asOf), presets: try c.decode(Answers.self, forKey: .presets),
      family: try c.decodeIfPresent(String.self, forKey: .family),
      plan: try c.decodeIfPresent(PlanKind.self, forKey: .plan),
      planLabel: try c.decodeIfPresent(Bilingual.self, forKey: .planLabel), file: "", line: 0)
  }
}

/// A brand whose catalogue entry declares several plans (`plans:` in `tools.yaml`):
/// naming the brand without the plan leaves the plan to ask.
public struct ToolFamily: Sendable, Equatable {
  public var id: String
  public var name: String
  /// The brand's name in English, when it differs (« Google Translate »).
  public var nameEn: String?
  /// Names of the brand itself, whatever the plan (« copilot », « github copilot »).
  public var aliases: [String]
  /// The ids of its plans' tools, in file order.
  public var toolIDs: [String]
  /// The pre-answers every plan agrees on (the kind of system, usually): what naming
  /// the brand alone may pre-fill.
  public var commonPresets: Answers
  public var file: String
  public var line: Int

  public init(
    id: String, name: String, aliases: [String], toolIDs: [String], commonPresets: Answers, file: String, line: Int
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.toolIDs = toolIDs
    self.commonPresets = commonPresets
    self.file = file
    self.line = line
  }

  /// The name to show in `lang`.
  public func displayName(_ lang: Lang) -> String { lang == .en ? nameEn ?? name : name }

  /// The answers on which all `tools` agree.
  public static func common(_ tools: [Tool]) -> Answers {
    guard let first = tools.first else { return Answers() }
    var common = Answers()
    for question in first.presets.questionIDs {
      guard let values = first.presets[question],
        tools.allSatisfy({ $0.presets[question].map(Set.init) == Set(values) })
      else { continue }
      common[question] = values
    }
    return common
  }
}

/// A sentence pattern (`intents.yaml`) that implies answers: « comptes rendus de
/// patients » implies health data.
public struct Intent: Sendable, Equatable {
  public var id: String
  /// Keyword patterns: words or phrases, `*` at the end of a word for any ending.
  public var patterns: [String]
  public var answers: Answers
  public var file: String
  public var line: Int

  public init(id: String, patterns: [String], answers: Answers, file: String, line: Int) {
    self.id = id
    self.patterns = patterns
    self.answers = answers
    self.file = file
    self.line = line
  }
}
