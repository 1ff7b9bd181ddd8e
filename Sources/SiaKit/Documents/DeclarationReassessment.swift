/// Re-evaluates a declaration's recorded answers under the current rules, for
/// `sia verify` to say whether a guide change would change the verdict.
public enum DeclarationReassessment {
  /// The verdict the current rules give; nil when none of the recorded answers belongs
  /// to the current questionnaire (nothing to re-evaluate).
  public static func verdict(for declaration: Declaration, model: DecisionModel) -> Verdict? {
    var values: [String: [String]] = [:]
    for answer in declaration.answers {
      guard let question = model.question(answer.id), !answer.value.isEmpty else { continue }
      values[answer.id] = question.kind == .text ? [answer.value] : answer.value.split(separator: ",").map(String.init)
    }
    guard !values.isEmpty else { return nil }
    // A declaration made before a question existed is judged with that question's legacy answer.
    return Engine(model: model).verdict(AnswersMigration.migrated(Answers(values), model: model).answers)
  }
}
