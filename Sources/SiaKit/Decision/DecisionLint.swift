/// `sia lint` checks on the decision data, beyond what loading reports: citations to
/// missing guide sections, rules that can never fire, questions never asked, conditions
/// that would break monotonicity, and choice questions no rule uses.
public enum DecisionLint {
  public static let check: Linter.Check = { knowledge in
    // A guide-only knowledge base (no questionnaire, no rules) has nothing to check here.
    let root = knowledge.root
    guard
      FileExists.at("\(root)/\(DecisionLoader.questionsFile)") || FileExists.at("\(root)/\(DecisionLoader.rulesFolder)")
    else { return [] }
    let loaded = DecisionLoader.load(root: knowledge.root, institute: knowledge.institute)
    return loaded.diagnostics + semanticProblems(loaded.model, sectionIDs: Set(knowledge.sectionIDs))
  }

  public static func semanticProblems(_ model: DecisionModel, sectionIDs: Set<String>) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let questions = Dictionary(model.questions.map { ($0.id, $0) }) { first, _ in first }
    let solver = Satisfiability(questions: questions)
    // Without any guide section, GuideLint already reports the missing guide.
    if !sectionIDs.isEmpty {
      func cite(_ ids: [String], file: String, line: Int, id: String) {
        for cited in ids where !sectionIDs.contains(cited) {
          diagnostics.append(Diagnostic(file: file, line: line, id: id, Messages.diagMissingCitation, [.id: cited]))
        }
      }
      for question in model.questions {
        cite(
          CrossReference.ids(in: question.help.fr + "\n" + question.help.en), file: question.file, line: question.line,
          id: question.id)
      }
      for rule in model.rules { cite(rule.citations, file: rule.file, line: rule.line, id: rule.id) }
      cite(model.energy.citations, file: DecisionLoader.energyFile, line: 1, id: "energy")
    }
    for question in model.questions where !solver.isSatisfiable(question.when) {
      diagnostics.append(Diagnostic(file: question.file, line: question.line, id: question.id, Messages.diagNeverAsked))
    }
    for rule in model.rules where !solver.isSatisfiable(rule.when) {
      diagnostics.append(Diagnostic(file: rule.file, line: rule.line, id: rule.id, Messages.diagNeverFires))
    }
    for question in model.questions {
      diagnostics += monotonicity(
        question.when, questions: questions, file: question.file, id: question.id, what: Messages.diagInWhen.both())
    }
    for rule in model.rules where rule.level > .ok {
      diagnostics += monotonicity(
        rule.when, questions: questions, file: rule.file, id: rule.id,
        what: Messages.diagInRule.both([.level: rule.level.rawValue]))
    }
    diagnostics += ActionConflictLint.problems(model, solver: solver)
    var used = Set(model.rules.flatMap { $0.when?.tests.map(\.question) ?? [] })
    used.formUnion(model.questions.flatMap { $0.when?.tests.map(\.question) ?? [] })
    used.formUnion([model.energy.modelQuestion, model.energy.volumeQuestion, model.energy.trainingQuestion])
    for question in model.questions where question.isChoice && !used.contains(question.id) {
      diagnostics.append(
        Diagnostic(.warning, file: question.file, line: question.line, id: question.id, Messages.diagUnusedQuestion))
    }
    return diagnostics
  }

  /// A test on a risk-ordered question must not stop holding when the answer gets
  /// riskier: under an even number of `not`, its options must be closed upwards; under
  /// an odd number, closed downwards (and never on a cumulative multiple choice).
  static func monotonicity(
    _ condition: Condition?, questions: [String: Question], file: String, id: String, what: Bilingual
  ) -> [Diagnostic] {
    guard let condition else { return [] }
    var diagnostics: [Diagnostic] = []
    for (test, positive) in condition.polarTests where test.op != .answered {
      guard let question = questions[test.question], !question.risk.isEmpty else { continue }
      let set = Set(test.options)
      let problem: Bilingual?
      if positive {
        let missing = set.flatMap { question.risk.riskier(than: $0) }.filter { !set.contains($0) }
        problem =
          missing.isEmpty
          ? nil : Messages.diagRiskierNoMatch.both([.option: question.optionIDs.first(where: missing.contains) ?? ""])
      } else if question.risk.cumulative {
        problem = Messages.diagNotCumulative.both()
      } else {
        let missing = set.flatMap { question.risk.safer(than: $0) }.filter { !set.contains($0) }
        problem =
          missing.isEmpty
          ? nil : Messages.diagSaferMatch.both([.option: question.optionIDs.first(where: missing.contains) ?? ""])
      }
      if let problem {
        diagnostics.append(
          Diagnostic(
            file: file, line: test.line, id: id,
            Messages.diagNotMonotonic.both([.question: question.id], bilingual: [.what: what, .problem: problem])))
      }
    }
    return diagnostics
  }
}
