import SiaKit

/// Renders the questionnaire (`sia questions`) and one question of the interview.
struct QuestionnaireRenderer {
  let console: Console
  let lang: Lang

  func list(_ model: DecisionModel) -> String {
    var lines = [console.bold(Messages.questionsTitle.text(lang, [.count: "\(model.questions.count)"]))]
    for (index, question) in model.questions.enumerated() {
      lines.append("")
      var flags = ""
      if question.when != nil { flags += " " + Messages.questionsConditional.text(lang) }
      if !question.required { flags += " " + Messages.questionsOptional.text(lang) }
      lines += wrap(
        "\(question.text.pick(lang)) [\(question.id)]\(flags)", width: console.width, indent: "\(index + 1). ")
      for option in question.options {
        lines += wrap("\(option.id) — \(option.label.pick(lang))", width: console.width, indent: "     - ")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// "Question 3/14 — text", the numbered options and the hint.
  func question(_ question: Question, index: Int, total: Int) -> String {
    var lines = wrap(
      Messages.questionHeader.text(lang, [.index: "\(index)", .total: "\(total)", .text: question.text.pick(lang)]),
      width: console.width, indent: "")
    for (number, option) in question.options.enumerated() {
      lines += wrap(option.label.pick(lang), width: console.width, indent: "  \(number + 1). ")
    }
    let hint: Message
    switch question.kind {
    case .text: hint = Messages.hintText
    case .multiple: hint = Messages.hintMultiple
    case .single, .yesno: hint = Messages.hintSingle
    }
    lines += wrap(hint.text(lang), width: console.width, indent: "")
    return lines.joined(separator: "\n")
  }
}
