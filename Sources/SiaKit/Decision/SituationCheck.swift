/// A Q&A entry that states its situation in structured form (`situation:` and `expect:`
/// in `faq/*.yaml`) must get the same answer from the assessment: one answer per
/// question, whatever part of sia gives it. `sia lint` runs this check on every such entry.
public enum SituationCheck {
  /// What a Q&A answers, and the verdicts that agree with it.
  public enum Expectation: String, CaseIterable, Sendable {
    /// « Non » : the assessment must say « non autorisé ».
    case non
    /// « Oui » : allowed, with or without conditions.
    case oui
    /// « Oui, à condition de… ».
    case conditions
    /// « Pas sans l'accord de… » : prior validation.
    case validation

    public var verdicts: Set<Verdict> {
      switch self {
      case .non: [.interdit]
      case .oui: [.ok, .conditions]
      case .conditions: [.conditions]
      case .validation: [.validation]
      }
    }
  }

  /// The situation completed for assessment: every applicable required choice question
  /// the situation leaves out gets its safest answer (an option nothing is safer than, the
  /// first in file order), so the verdict is the most lenient the stated facts allow — a
  /// « Non » must hold even then.
  public static func completed(_ situation: Answers, model: DecisionModel) -> Answers {
    let engine = Engine(model: model)
    var answers = situation
    while let question = engine.applicableQuestions(answers).first(where: {
      $0.isChoice && $0.required && !answers.isAnswered($0.id)
    }) {
      answers[question.id] = [safest(question)]
    }
    return answers
  }

  static func safest(_ question: Question) -> String {
    let ids = question.optionIDs
    return ids.first { question.risk.safer(than: $0).isEmpty } ?? ids.first ?? ""
  }

  /// The problems of one Q&A's situation: its verdict disagrees with `expect`, or its
  /// answer text opens with the opposite of `expect`.
  public static func problems(
    situation: Answers, expect: Expectation, answerText: String, model: DecisionModel, file: String, line: Int,
    id: String
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let assessment = Engine(model: model).assess(completed(situation, model: model), alternatives: false)
    if !expect.verdicts.contains(assessment.verdict) {
      let rules = assessment.fired.filter { $0.level == assessment.verdict }.map(\.rule).joined(separator: ", ")
      diagnostics.append(
        Diagnostic(
          file: file, line: line, id: id,
          Messages.diagQAExpectDiffers.both(
            [.expect: expect.rawValue, .verdict: assessment.verdict.rawValue],
            bilingual: [.rules: rules.isEmpty ? Messages.diagNoRule.both() : Bilingual(fr: rules, en: rules)])))
    }
    let opening = answerText.drop { !$0.isLetter }.prefix { $0.isLetter }.lowercased()
    let saysNo = opening == "non", saysYes = opening == "oui"
    if (saysNo && expect != .non) || (saysYes && expect == .non) {
      diagnostics.append(
        Diagnostic(
          file: file, line: line, id: id, Messages.diagOpensWith,
          [.word: saysNo ? "Non" : "Oui", .expect: expect.rawValue]))
    }
    return diagnostics
  }
}

/// The `sia lint` check over every Q&A file: reads `situation:` (question → answer, as in
/// an answers file) and `expect:` beside each entry that has them.
public enum SituationLint {
  public static let check: Linter.Check = { knowledge in
    let root = knowledge.root
    guard FileExists.at("\(root)/\(DecisionLoader.questionsFile)") else { return [] }
    let model = DecisionLoader.load(root: root, institute: knowledge.institute).model
    var diagnostics: [Diagnostic] = []
    for relative in KnowledgeFiles.list(root: root, folder: "faq", suffix: ".yaml") {
      guard let text = KnowledgeFiles.read(root: root, relative: relative, &diagnostics) else { continue }
      var ignored: [Diagnostic] = []  // structural problems are KnowledgeLoader's to report
      let document = YAMLDocument(file: relative, text: text, diagnostics: &ignored)
      for map in document.rootList(&ignored) {
        let id = map.string("id", &ignored) ?? "?"
        let situationMap = map.map("situation")
        let expectText = map.string("expect", id: id, &diagnostics)
        guard situationMap != nil || expectText != nil else { continue }
        guard let situationMap, let expectText else {
          diagnostics.append(
            Diagnostic(
              file: relative, line: map.line, id: id, Messages.diagSituationExpectTogether))
          continue
        }
        let expect = SituationCheck.Expectation(rawValue: expectText)
        if expect == nil {
          diagnostics.append(
            Diagnostic(
              file: relative, line: map.line(of: "expect"), id: id,
              Messages.diagBadExpect,
              [
                .allowed: SituationCheck.Expectation.allCases.map(\.rawValue).joined(separator: ", "),
                .value: expectText,
              ]))
        }
        let parsed = AnswersFile.parse(map: situationMap, model: model, migrate: false)
        // A situation is partial on purpose: only unknown questions or options are errors.
        let errors = parsed.diagnostics.filter {
          $0.severity == .error && $0.message != Messages.diagMissingAnswer.text(.en)
        }
        diagnostics += errors.map {
          Diagnostic(
            file: $0.file, line: $0.line, id: id, Messages.diagInSituation.both([.question: $0.id ?? ""]) + $0.text)
        }
        guard errors.isEmpty, let expect else { continue }
        diagnostics += SituationCheck.problems(
          situation: parsed.answers, expect: expect, answerText: map.string("answer", &ignored) ?? "", model: model,
          file: relative, line: map.line(of: "expect"), id: id)
      }
    }
    return diagnostics
  }
}
