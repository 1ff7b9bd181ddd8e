/// Old answers files and old declarations were written before some questions existed.
/// Rather than refusing them (« missing required answer ») or judging them as if the new
/// question had no answer (which would silently skip the rules that test it), a question
/// added later declares a `legacy` answer — what the old questionnaire implicitly assumed
/// — and that answer is filled in, visibly, wherever it applies and is missing.
public enum AnswersMigration {
  /// `answers` with the legacy answer of every applicable, unanswered question that has
  /// one, and the ids of the questions so filled (in questionnaire order). Filling one
  /// can make a later question applicable, hence the loop.
  public static func migrated(_ answers: Answers, model: DecisionModel) -> (answers: Answers, assumed: [String]) {
    let engine = Engine(model: model)
    var answers = answers
    var assumed: [String] = []
    while true {
      let missing = engine.applicableQuestions(answers).filter { question in
        question.legacy != nil && !answers.isAnswered(question.id)
      }
      guard !missing.isEmpty else { break }
      for question in missing {
        answers[question.id] = question.legacy.map { [$0] }
        assumed.append(question.id)
      }
    }
    return (answers, assumed)
  }
}
