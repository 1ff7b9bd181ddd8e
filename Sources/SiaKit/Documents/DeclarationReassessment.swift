/// Re-evaluates a declaration's recorded answers with the decision engine, for
/// `sia verify`: under the guide the declaration names, everything the rules decide
/// (verdict, answers, commitments, data, tasks, system) must be what the document
/// records; under a later guide, the verdict the rules give today.
public enum DeclarationReassessment {
  /// The recorded answers as the engine takes them, nil when none of them belongs to
  /// the current questionnaire (nothing to re-evaluate) or one names a question it
  /// does not have.
  public static func answers(of declaration: Declaration, model: DecisionModel, strict: Bool = false) -> Answers? {
    var values: [String: [String]] = [:]
    for answer in declaration.answers {
      guard let question = model.question(answer.id) else {
        if strict { return nil }
        continue
      }
      guard !answer.value.isEmpty else { continue }
      values[answer.id] = question.kind == .text ? [answer.value] : answer.value.split(separator: ",").map(String.init)
    }
    return values.isEmpty ? nil : Answers(values)
  }

  /// The verdict the current rules give; nil when none of the recorded answers belongs
  /// to the current questionnaire (nothing to re-evaluate).
  public static func verdict(for declaration: Declaration, model: DecisionModel) -> Verdict? {
    // A declaration made before a question existed is judged with that question's legacy answer.
    answers(of: declaration, model: model).map {
      Engine(model: model).verdict(AnswersMigration.migrated($0, model: model).answers)
    }
  }

  /// What the engine computes from the recorded answers, as `sia declare` would.
  public static func summary(for declaration: Declaration, model: DecisionModel) -> AssessmentSummary? {
    guard let answers = answers(of: declaration, model: model, strict: true) else { return nil }
    let assessment = Engine(model: model).assess(answers, alternatives: false)
    return AssessmentSummary(answers: answers, assessment: assessment, model: model)
  }

  /// The fields where the document says something the engine did not compute from its
  /// own answers (empty when it says exactly what the rules say). Only what the rules
  /// decide is compared: the intended use, the human verification and the system's
  /// version are the declarant's own words.
  public static func discrepancies(_ declaration: Declaration, computed: AssessmentSummary) -> [String] {
    var fields: [String] = []
    if declaration.verdict != computed.verdict { fields.append("verdict") }
    if declaration.answers != computed.answers { fields.append("answers") }
    if declaration.data != computed.data { fields.append("data") }
    if declaration.tasks != computed.tasks { fields.append("tasks") }
    if declaration.system.name != computed.system.name || declaration.system.provider != computed.system.provider {
      fields.append("system")
    }
    let forbidden = computed.verdict.id == .interdit
    let commitments = forbidden ? [] : computed.actions.map { Commitment(id: $0.id, text: $0.text, accepted: true) }
    if declaration.commitments != commitments { fields.append("commitments") }
    if declaration.kind != (forbidden ? .exemptionRequest : .declaration) { fields.append("kind") }
    if forbidden && declaration.contest == nil { fields.append("contest") }
    return fields
  }
}
