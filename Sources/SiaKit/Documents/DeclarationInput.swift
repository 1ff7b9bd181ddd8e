/// Everything a declaration is made from, as plain values: who declares (from the
/// profile), what the interview established (system, use, data, answers, verdict,
/// actions) and the versions of the guide and of `sia`. The decision engine fills an
/// `AssessmentSummary`; `sia declare --answers FILE` reads one from YAML.
public struct DeclarationInput: Codable, Equatable, Sendable {
  public var declarant: Person
  public var unit: ResearchUnit
  public var labHead: Person
  public var assessment: AssessmentSummary
  /// `KnowledgeBase.version` when the verdict was given.
  public var guideVersion: String
  /// `Sia.version`.
  public var toolVersion: String
  /// The training attestation backing "training followed", when there is one.
  public var training: TrainingReference?
  /// `KnowledgeBase.newestReviewed`: the guide's human date beside its hash.
  public var guideReviewed: String?
  /// The text check that informed the assessment (counts only), when one was made.
  public var scan: ScanRecord?

  public init(profile: Profile, assessment: AssessmentSummary, guideVersion: String, toolVersion: String) {
    declarant = profile.declarant
    unit = profile.unit
    labHead = profile.labHead
    self.assessment = assessment
    self.guideVersion = guideVersion
    self.toolVersion = toolVersion
  }
}

/// What an interview established about one use of an AI system.
public struct AssessmentSummary: Codable, Equatable, Sendable {
  public var system: AISystem
  /// The intended use in plain words (the declarant's own, or the purposes they chose).
  public var intendedUse: Bilingual
  /// The data involved, in plain words (categories and details).
  public var data: [Bilingual]
  /// Every question asked, with the answer given, in order.
  public var answers: [AnsweredQuestion]
  public var verdict: VerdictSummary
  /// Required actions; each becomes a commitment the declarant accepts explicitly.
  public var actions: [RequiredAction]
  /// The tasks delegated to the system (for the publication statement).
  public var tasks: [DelegatedTask]
  /// The human verification done on the system's output.
  public var humanVerification: Bilingual

  public init(
    system: AISystem, intendedUse: Bilingual, data: [Bilingual], answers: [AnsweredQuestion], verdict: VerdictSummary,
    actions: [RequiredAction], tasks: [DelegatedTask], humanVerification: Bilingual
  ) {
    self.system = system
    self.intendedUse = intendedUse
    self.data = data
    self.answers = answers
    self.verdict = verdict
    self.actions = actions
    self.tasks = tasks
    self.humanVerification = humanVerification
  }
}

/// The AI system used: its name, and where known its provider and version.
public struct AISystem: Codable, Equatable, Sendable {
  /// The name as the catalogue (in French) or the declarant gives it.
  public var name: String
  public var provider: String
  public var version: String
  /// The name in each language (format 2): « LLM de l'environnement interne » is not
  /// the name an English statement gives. Absent in format 1 documents.
  public var names: Bilingual?
  /// The provider in each language (format 2; « exécuté sur votre poste »).
  public var providers: Bilingual?

  public init(
    name: String, provider: String = "", version: String = "", names: Bilingual? = nil, providers: Bilingual? = nil
  ) {
    self.name = name
    self.provider = provider
    self.version = version
    self.names = names
    self.providers = providers
  }

  /// The provider to write in `lang`.
  public func provider(_ lang: Lang) -> String {
    guard let providers else { return provider }
    let picked = providers.pick(lang)
    return picked.isEmpty ? provider : picked
  }

  /// The name to write in `lang`.
  public func name(_ lang: Lang) -> String {
    guard let names else { return name }
    let picked = names.pick(lang)
    return picked.isEmpty ? name : picked
  }
}

/// One question of the interview with the answer given (ids for re-evaluation, texts
/// for people). The values are written `value` (joined by commas) in format 1 and
/// `values` (always an array, one item for a yes/no, a single choice or a text) in
/// format 2; the engine fills both and `written(as:)` keeps the document's one.
public struct AnsweredQuestion: Codable, Equatable, Sendable {
  public var id: String
  public var question: Bilingual
  /// Format 1: the answer's id(s) or raw value joined by commas (`oui`, `sante,rh`…).
  public var value: String?
  /// Format 2: the answer's id(s) or raw value, one item each.
  public var values: [String]?
  public var answer: Bilingual

  public init(id: String, question: Bilingual, value: String, answer: Bilingual) {
    self.id = id
    self.question = question
    self.value = value
    self.answer = answer
  }

  public init(id: String, question: Bilingual, value: String?, values: [String]?, answer: Bilingual) {
    self.id = id
    self.question = question
    self.value = value
    self.values = values
    self.answer = answer
  }

  /// The values as the engine takes them. Without `values` (format 1), a comma splits
  /// the choices of a multiple choice; `isText` keeps a free text whole.
  public func choices(isText: Bool = false) -> [String] {
    if let values { return values }
    guard let value, !value.isEmpty else { return [] }
    return isText ? [value] : value.split(separator: ",").map(String.init)
  }

  /// The answer as a document of `format` records it: `value` in format 1, `values`
  /// otherwise.
  public func written(as format: String) -> AnsweredQuestion {
    var copy = self
    if format == Declaration.formatOne {
      copy.value = value ?? (values ?? []).joined(separator: ",")
      copy.values = nil
    } else {
      copy.values = choices()
      copy.value = nil
    }
    return copy
  }
}

/// The guide's four verdicts are the engine's `Verdict` (`ok`, `conditions`,
/// `validation`, `interdit`); documents record its raw value.
public typealias VerdictID = Verdict

public struct VerdictSummary: Codable, Equatable, Sendable {
  public var id: VerdictID
  /// Why, in a few sentences (the engine's explanation).
  public var rationale: Bilingual
  /// For `interdit`: the allowed way to reach the same goal.
  public var alternative: Bilingual?
  /// The ids of the rules that decided, for re-evaluation under a later guide.
  public var rules: [String]

  public init(id: VerdictID, rationale: Bilingual, alternative: Bilingual? = nil, rules: [String] = []) {
    self.id = id
    self.rationale = rationale
    self.alternative = alternative
    self.rules = rules
  }
}

/// An action the verdict requires (pseudonymise first, keep a record…).
public struct RequiredAction: Codable, Equatable, Sendable {
  public var id: String
  public var text: Bilingual

  public init(id: String, text: Bilingual) {
    self.id = id
    self.text = text
  }
}

/// A task delegated to the AI system, classed in the GAIDeT taxonomy.
public struct DelegatedTask: Codable, Equatable, Sendable {
  public var category: GAIDeTCategory
  /// What exactly (may be empty).
  public var detail: Bilingual

  public init(category: GAIDeTCategory, detail: Bilingual = Bilingual(fr: "", en: "")) {
    self.category = category
    self.detail = detail
  }
}

/// The top-level roles of the GAIDeT taxonomy (Generative AI Delegation Taxonomy), an
/// extension of CRediT naming what was delegated to a generative AI tool.
public enum GAIDeTCategory: String, Codable, Sendable, CaseIterable {
  case conceptualization, literatureReview = "literature-review", methodology, software
  case dataManagement = "data-management", writing, ethicsReview = "ethics-review", supervision

  public var label: Message {
    switch self {
    case .conceptualization: return Messages.gaidetConceptualization
    case .literatureReview: return Messages.gaidetLiterature
    case .methodology: return Messages.gaidetMethodology
    case .software: return Messages.gaidetSoftware
    case .dataManagement: return Messages.gaidetData
    case .writing: return Messages.gaidetWriting
    case .ethicsReview: return Messages.gaidetEthics
    case .supervision: return Messages.gaidetSupervision
    }
  }
}
