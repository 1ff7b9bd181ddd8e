import Yams

/// Reads a file of answers (`sia assess --answers FILE`), YAML or JSON: a mapping from
/// question id to option id(s) or text. Every problem — unknown question, unknown
/// option, several options for a single choice, missing required answer — is reported
/// with its key and line, all at once.
public enum AnswersFile {
  public struct Result {
    public var answers: Answers
    public var diagnostics: [Diagnostic]
  }

  static let yesWords: Set<String> = ["oui", "yes", "true", "o", "y"]
  static let noWords: Set<String> = ["non", "no", "false", "n"]

  public static func parse(text: String, file: String, model: DecisionModel) -> Result {
    var diagnostics: [Diagnostic] = []
    let document = YAMLDocument(file: file, text: text, diagnostics: &diagnostics)
    guard let map = document.rootMapping(&diagnostics) else {
      if document.root == nil && diagnostics.isEmpty {
        diagnostics.append(Diagnostic(file: file, line: 1, Messages.diagAnswersEmpty))
      }
      return Result(answers: Answers(), diagnostics: diagnostics)
    }
    var result = parse(map: map, model: model)
    result.diagnostics = diagnostics + result.diagnostics
    return result
  }

  /// The answers in a mapping (a whole answers file, or the `answers:` of a scenario).
  /// `migrate`: fill in the legacy answer of questions added since (see `AnswersMigration`).
  public static func parse(map: YAMLMap, model: DecisionModel, migrate: Bool = true) -> Result {
    var diagnostics: [Diagnostic] = []
    var answers = Answers()
    guard case let .mapping(pairs) = map.node else { return Result(answers: answers, diagnostics: diagnostics) }
    for (keyNode, value) in pairs {
      let key = keyNode.string ?? ""
      let line = map.document.line(of: keyNode)
      func problem(_ message: Bilingual) {
        diagnostics.append(Diagnostic(file: map.file, line: line, id: key, message))
      }
      guard let question = model.question(key) else {
        let hint = EditDistance.closest(to: key, in: model.questions.map(\.id), limit: 4)
          .map { Messages.diagDidYouMean.both([.id: $0]) }
        problem(Messages.diagUnknownAnswerQuestion.both(bilingual: [.hint: hint ?? Bilingual(fr: "", en: "")]))
        continue
      }
      var values: [String]
      switch value {
      case let .scalar(scalar): values = scalar.string.isEmpty ? [] : [scalar.string]
      case let .sequence(items): values = items.compactMap(\.string)
      default:
        problem(Messages.diagExpectedOptionOrList.both())
        continue
      }
      if values.isEmpty { continue }
      switch question.kind {
      case .text:
        if values.count != 1 { problem(Messages.diagExpectedOneText.both()) }
        answers[key] = [values.joined(separator: " ")]
        continue
      case .yesno:
        values = values.map {
          yesWords.contains($0.lowercased()) ? "oui" : noWords.contains($0.lowercased()) ? "non" : $0
        }
      case .single, .multiple:
        break
      }
      let unknown = values.filter { question.option($0) == nil }
      if !unknown.isEmpty {
        problem(
          Messages.diagUnknownOptionExpected.both([
            .option: unknown[0], .expected: question.optionIDs.joined(separator: ", "),
          ]))
        continue
      }
      if question.kind != .multiple && values.count > 1 {
        problem(Messages.diagOneOptionExpected.both([.count: "\(values.count)"]))
        continue
      }
      if values.count > 1, let exclusive = values.first(where: { question.option($0)?.exclusive == true }) {
        problem(Messages.diagExclusiveCombined.both([.option: exclusive]))
        continue
      }
      answers[key] = question.optionIDs.filter(values.contains)
    }
    // A file written before a question existed gets that question's legacy answer, said aloud.
    let migration = migrate ? AnswersMigration.migrated(answers, model: model) : (answers: answers, assumed: [String]())
    for id in migration.assumed {
      let legacy = migration.answers[id]?.first ?? ""
      diagnostics.append(
        Diagnostic(
          .warning, file: map.file, line: map.line, id: id,
          Messages.diagLegacyAssumed, [.option: legacy]))
    }
    answers = migration.answers
    let engine = Engine(model: model)
    let applicable = engine.applicableQuestions(answers)
    for question in applicable where question.required && !answers.isAnswered(question.id) {
      diagnostics.append(Diagnostic(file: map.file, line: map.line, id: question.id, Messages.diagMissingAnswer))
    }
    let applicableIDs = Set(applicable.map(\.id))
    for key in answers.questionIDs where !applicableIDs.contains(key) {
      diagnostics.append(
        Diagnostic(
          .warning, file: map.file, line: map.line(of: key), id: key,
          Messages.diagIgnoredAnswer))
    }
    return Result(answers: answers, diagnostics: diagnostics)
  }
}
