import SiaKit

/// Renders an `Assessment` for the terminal — verdict, allowed alternative, actions,
/// the "why" (each fired rule, the answers that triggered it, the sections to read),
/// contacts — plus counterfactual alternatives and the energy estimate. Everything is
/// rendered from the evaluation record, never recomputed.
struct AssessmentRenderer {
  let console: Console
  let lang: Lang
  let model: DecisionModel
  let knowledge: KnowledgeBase

  /// The full result: verdict, alternative, actions, why, contacts.
  func result(_ assessment: Assessment, provisional: Bool = false) -> String {
    var lines: [String] = []
    let verdict = assessment.verdict.label.text(lang)
    if provisional && !assessment.open.isEmpty {
      lines.append(
        console.bold(Messages.verdictProvisional.text(lang, [.verdict: verdict, .count: "\(assessment.open.count)"])))
    } else {
      lines.append(console.bold(Messages.verdictTitle.text(lang, [.verdict: verdict])))
    }
    for alternative in assessment.allowedAlternatives {
      lines += wrapped(Messages.allowedAlternative.text(lang, [.text: alternative.pick(lang)]), indent: "")
    }
    if !assessment.actions.isEmpty {
      lines.append("")
      lines.append(Messages.actionsTitle.text(lang))
      for (index, action) in assessment.actions.enumerated() {
        lines += wrapped(action.text.pick(lang), indent: "  \(index + 1). ")
      }
    }
    lines.append("")
    lines += why(assessment)
    if !assessment.contacts.isEmpty {
      lines.append("")
      let contacts = assessment.contacts.map { model.contact($0, lang) }.joined(separator: separator)
      lines += wrapped(Messages.contactsTitle.text(lang, [.contacts: contacts]), indent: "")
    }
    return lines.joined(separator: "\n")
  }

  /// Each fired rule in plain language, the strictest first, with its triggers and the
  /// guide sections to read; then the questions still open.
  func why(_ assessment: Assessment) -> [String] {
    var lines = [Messages.whyTitle.text(lang)]
    if assessment.fired.isEmpty { lines.append("  " + Messages.noRuleFired.text(lang)) }
    for fired in assessment.fired {
      let level = "[\(fired.level.label.text(lang))] "
      lines += wrapped(level + CitationText.plain(fired.rationale.pick(lang)), indent: "  • ")
      let triggers = fired.triggers.map(describe).joined(separator: separator)
      if !triggers.isEmpty {
        lines += wrapped(Messages.becauseOf.text(lang, [.answers: triggers]), indent: "    ")
      }
      lines += wrapped(Messages.readTitle.text(lang, [.sections: sections(fired.citations)]), indent: "    ")
    }
    if !assessment.open.isEmpty {
      let open = assessment.open.compactMap { model.question($0)?.label.pick(lang) }.joined(separator: separator)
      lines += wrapped(Messages.openTitle.text(lang, [.questions: open]), indent: "")
    }
    return lines
  }

  func alternatives(_ assessment: Assessment) -> String {
    if assessment.verdict == .ok { return Messages.alternativesAlreadyOk.text(lang) }
    if assessment.alternatives.isEmpty { return Messages.alternativesNone.text(lang) }
    var lines = [Messages.alternativesTitle.text(lang)]
    for alternative in assessment.alternatives {
      let changes = alternative.changes.map(change).joined(separator: " " + Messages.changeAnd.text(lang) + " ")
      let reaches = Messages.reaches.text(lang, [.verdict: alternative.verdict.label.text(lang)])
      lines += wrapped(changes + " " + reaches, indent: "  • ")
    }
    return lines.joined(separator: "\n")
  }

  func energy(_ estimate: EnergyEstimate?) -> String {
    guard let estimate else { return Messages.energyNone.text(lang) }
    var lines = [Messages.energyTitle.text(lang)]
    if let inference = estimate.inferenceWh {
      lines.append("  " + Messages.energyInference.text(lang, [.range: EnergyEstimate.format(inference, lang)]))
    }
    if let training = estimate.trainingWh {
      lines.append("  " + Messages.energyTraining.text(lang, [.range: EnergyEstimate.format(training, lang)]))
    }
    lines += wrapped(estimate.caveats.pick(lang), indent: "")
    lines.append(Messages.energyAdvice.text(lang))
    for advice in estimate.advice { lines += wrapped(advice.pick(lang), indent: "  • ") }
    lines.append(Messages.energySources.text(lang))
    for source in estimate.sources { lines += wrapped(source.pick(lang), indent: "  • ") }
    lines += wrapped(Messages.readTitle.text(lang, [.sections: sections(estimate.citations)]), indent: "")
    return lines.joined(separator: "\n")
  }

  /// "Lieu d'exécution : service externe public".
  func describe(_ trigger: Trigger) -> String {
    guard let question = model.question(trigger.question) else { return trigger.question }
    let values =
      trigger.answer.isEmpty
      ? Messages.unanswered.text(lang) : short(question.labels(of: trigger.answer, lang)).joined(separator: ", ")
    return "\(question.label.pick(lang)) : \(Sanitizer.neutralize(values))".replacingOccurrences(
      of: " : ", with: lang == .en ? ": " : " : ")
  }

  func change(_ change: Alternative.Change) -> String {
    guard let question = model.question(change.question) else { return change.question }
    let removed = change.from.filter { !change.to.contains($0) }
    let added = change.to.filter { !change.from.contains($0) }
    let label = question.label.pick(lang)
    if added.isEmpty {
      return Messages.changeRemove.text(
        lang, [.question: label, .removed: quoted(question.labels(of: removed, lang))])
    }
    return Messages.changeReplace.text(
      lang,
      [
        .question: label, .from: quoted(question.labels(of: removed, lang)),
        .to: quoted(question.labels(of: added, lang)),
      ])
  }

  /// Option labels without their trailing explanation in parentheses, for running text.
  func short(_ labels: [String]) -> [String] {
    labels.map { label in
      guard label.hasSuffix(")"), let open = label.range(of: " (", options: .backwards) else { return label }
      return String(label[..<open.lowerBound])
    }
  }

  func quoted(_ labels: [String]) -> String {
    short(labels).map { lang == .en ? "\"\($0)\"" : "« \($0) »" }.joined(separator: ", ")
  }

  /// "§id (Title) ; §id2 (Title 2)" — titles from the guide when it has the section.
  func sections(_ ids: [String]) -> String {
    ids.map { id in
      knowledge.section(id).map { "§\(id) (\($0.title(lang)))" } ?? "§\(id)"
    }.joined(separator: separator)
  }

  /// Between items of a list in running text: « ; » in French typography, "; " in English.
  var separator: String { lang == .en ? "; " : " ; " }

  func wrapped(_ text: String, indent: String) -> [String] {
    wrap(Sanitizer.neutralize(text), width: console.width, indent: indent)
  }
}

/// Rationales cite the guide inline as `[§id]`; in running text the ids are listed
/// separately, so the inline markers are removed.
enum CitationText {
  static func plain(_ text: String) -> String {
    var result = text
    while let open = result.range(of: " [§"), let close = result[open.upperBound...].firstIndex(of: "]") {
      result.removeSubrange(open.lowerBound...close)
    }
    return result
  }
}
