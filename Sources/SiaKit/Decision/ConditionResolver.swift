/// Checks a parsed condition against the questionnaire — known question ids, known
/// option ids, `at_least` only on questions with a risk order — and expands `at_least`
/// into `in` with every option at least as risky. Returns nil when anything is wrong.
struct ConditionResolver {
  /// The questions the condition may refer to (for a question's `when`: earlier ones).
  let questions: [String: Question]
  let file: String
  let id: String
  /// Added to "unknown question" (a question's `when` may only see earlier questions).
  var unknownHint = Bilingual(fr: "", en: "")

  func resolve(_ condition: Condition, _ diagnostics: inout [Diagnostic]) -> Condition? {
    var ok = true
    let resolved = condition.mapTests { test in
      guard let question = questions[test.question] else {
        diagnostics.append(
          Diagnostic(
            file: file, line: test.line, id: id,
            Messages.diagUnknownQuestion.both([.question: test.question], bilingual: [.hint: unknownHint])))
        ok = false
        return test
      }
      if test.op == .answered { return test }
      if !question.isChoice {
        diagnostics.append(
          Diagnostic(
            file: file, line: test.line, id: id,
            Messages.diagNeedsChoice, [.op: test.op.rawValue, .question: question.id]))
        ok = false
        return test
      }
      for option in test.options where question.option(option) == nil {
        let hint = EditDistance.closest(to: option, in: question.optionIDs).map {
          Messages.diagDidYouMean.both([.id: $0])
        }
        diagnostics.append(
          Diagnostic(
            file: file, line: test.line, id: id,
            Messages.diagUnknownOptionFor.both(
              [.option: option, .question: question.id], bilingual: [.hint: hint ?? Bilingual(fr: "", en: "")])))
        ok = false
      }
      guard test.op == .atLeast, let option = test.options.first else { return test }
      if question.risk.chains.isEmpty {
        diagnostics.append(
          Diagnostic(
            file: file, line: test.line, id: id, Messages.diagAtLeastNeedsRisk, [.question: question.id]))
        ok = false
        return test
      }
      let set = question.risk.atLeast(option)
      return Condition.Test(
        .in, question: test.question, options: question.optionIDs.filter(set.contains), line: test.line)
    }
    return ok ? resolved : nil
  }
}
