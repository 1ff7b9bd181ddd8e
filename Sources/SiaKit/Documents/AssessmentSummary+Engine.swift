/// Builds a declaration's content from the decision engine: the answers in
/// questionnaire order with their texts, the verdict with the rationale of the rules
/// that decided it and the allowed alternative, the merged actions, and the purposes
/// (`finalite`) read as the intended use and as GAIDeT roles.
extension AssessmentSummary {
  /// Question ids of the questionnaire that the document reads specially.
  enum QuestionID {
    static let tool = "outil"
    static let kind = "type-systeme"
    static let data = "donnees"
    static let identifiability = "identifiabilite"
    static let purpose = "finalite"
  }

  public init(
    answers: Answers, assessment: Assessment, model: DecisionModel, use: Bilingual? = nil,
    verification: Bilingual = Bilingual(fr: "", en: "")
  ) {
    let engine = Engine(model: model)
    let effective = engine.effectiveAnswers(answers)
    var answered: [AnsweredQuestion] = []
    for question in engine.applicableQuestions(answers) {
      guard let values = effective[question.id] else { continue }
      // Both spellings: a document keeps the one its format writes (`written(as:)`).
      answered.append(
        AnsweredQuestion(
          id: question.id, question: question.text, value: values.joined(separator: ","), values: values,
          answer: AssessmentSummary.answerText(question, values)))
    }
    // "-" is the interview's "I don't know": name the kind of system instead.
    var typed = effective[QuestionID.tool]?.first ?? ""
    var typedNames = Bilingual(fr: typed, en: typed)
    if typed == "-" || typed.isEmpty {
      let kind = AssessmentSummary.labels(model, QuestionID.kind, effective).first
      typed = kind?.fr ?? "-"
      typedNames = kind.map { Bilingual(fr: $0.fr, en: $0.pick(.en)) } ?? Bilingual(fr: typed, en: typed)
    }
    let family = model.toolFamilies.first { family in
      ([family.name, family.id] + family.aliases).contains { $0.lowercased() == typed.lowercased() }
    }
    let tool = model.tools.first { tool in
      ([tool.name, tool.id] + tool.aliases).contains { $0.lowercased() == typed.lowercased() }
    }
    // A brand named without its plan: its name, and the provider all its plans share.
    let providerTool = tool ?? family.flatMap { model.plans(of: $0.id).first }
    let provider = providerTool?.provider ?? ""
    let purposes = AssessmentSummary.labels(model, QuestionID.purpose, effective)
    var data = AssessmentSummary.labels(model, QuestionID.data, effective)
    data += AssessmentSummary.labels(model, QuestionID.identifiability, effective)
    let decisive = assessment.fired.filter { $0.level == assessment.verdict }
    let alternatives = assessment.allowedAlternatives
    self.init(
      system: AISystem(
        name: tool?.name ?? family?.name ?? typed, provider: provider,
        names: tool.map { Bilingual(fr: $0.name, en: $0.displayName(.en)) }
          ?? family.map { Bilingual(fr: $0.name, en: $0.displayName(.en)) } ?? typedNames,
        providers: Bilingual(fr: provider, en: providerTool?.displayProvider(.en) ?? provider)),
      intendedUse: use ?? AssessmentSummary.joined(purposes), data: data, answers: answered,
      verdict: VerdictSummary(
        id: assessment.verdict, rationale: AssessmentSummary.joined(decisive.map(\.rationale), separator: " "),
        alternative: alternatives.isEmpty ? nil : AssessmentSummary.joined(alternatives, separator: " "),
        rules: assessment.fired.map(\.rule)),
      actions: assessment.actions.map { RequiredAction(id: $0.id, text: $0.text) },
      tasks: AssessmentSummary.tasks(model, effective), humanVerification: verification)
  }

  static func answerText(_ question: Question, _ values: [String]) -> Bilingual {
    if question.kind == .yesno, let value = values.first, question.option(value) == nil {
      let word = value == "oui" ? Messages.yes : Messages.no
      return Bilingual(fr: word.fr, en: word.en)
    }
    return Bilingual(
      fr: question.labels(of: values, .fr).joined(separator: ", "),
      en: question.labels(of: values, .en).joined(separator: ", "))
  }

  static func labels(_ model: DecisionModel, _ id: String, _ answers: Answers) -> [Bilingual] {
    guard let question = model.question(id), question.isChoice, let values = answers[id] else { return [] }
    return values.compactMap { question.option($0)?.label }
  }

  static func joined(_ texts: [Bilingual], separator: String = ", ") -> Bilingual {
    Bilingual(
      fr: texts.map(\.fr).joined(separator: separator), en: texts.map { $0.pick(.en) }.joined(separator: separator))
  }

  /// The purposes as GAIDeT roles, each with the purposes it covers as detail.
  static func tasks(_ model: DecisionModel, _ answers: Answers) -> [DelegatedTask] {
    let roles: [String: GAIDeTCategory] = [
      "redaction": .writing, "traduction": .writing, "administratif": .writing, "code": .software,
      "entrainement-modele": .software, "bibliographie": .literatureReview, "analyse-donnees": .dataManagement,
      "images-publication": .dataManagement, "evaluation-pairs": .supervision, "aide-decision-clinique": .supervision,
    ]
    guard let question = model.question(QuestionID.purpose) else { return [] }
    var order: [GAIDeTCategory] = []
    var details: [GAIDeTCategory: [Bilingual]] = [:]
    for value in answers[QuestionID.purpose] ?? [] {
      guard let role = roles[value], let label = question.option(value)?.label else { continue }
      if details[role] == nil { order.append(role) }
      details[role, default: []].append(label)
    }
    return order.map { DelegatedTask(category: $0, detail: joined(details[$0] ?? [])) }
  }
}
