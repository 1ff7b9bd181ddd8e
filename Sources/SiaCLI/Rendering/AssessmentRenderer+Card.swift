import SiaKit

/// The verdict card: what the end of an evaluation shows first, in about fifteen lines
/// at most — the verdict, the one or two decisive reasons, the allowed alternative when
/// the verdict is not "autorisé", how many actions, the next step. `/details` shows the
/// rules, `/actions` the full list.
extension AssessmentRenderer {
  static let cardReasons = 2

  func card(_ assessment: Assessment) -> String {
    var lines = [console.bold(Messages.verdictTitle.text(lang, [.verdict: assessment.verdict.label.text(lang)]))]
    // Decisive: the rules at the verdict's level (the strictest come first).
    let decisive = assessment.fired.filter { $0.level == assessment.verdict }.prefix(AssessmentRenderer.cardReasons)
    if !decisive.isEmpty {
      lines.append(Messages.cardReasons.text(lang))
      for fired in decisive { lines += wrapped(CitationText.plain(fired.rationale.pick(lang)), indent: "  • ") }
    }
    if assessment.verdict != .ok {
      for alternative in assessment.allowedAlternatives.prefix(1) {
        lines += wrapped(Messages.allowedAlternative.text(lang, [.text: alternative.pick(lang)]), indent: "")
      }
    }
    let actions = shownActions(assessment)
    if !actions.isEmpty {
      lines += wrapped(Messages.cardActionsCount.text(lang, [.count: "\(actions.count)"]), indent: "")
    }
    lines.append("")
    let next = assessment.verdict == .interdit ? Messages.cardNextForbidden : Messages.cardNextDeclare
    lines += wrapped(next.text(lang), indent: "")
    return lines.joined(separator: "\n")
  }

  /// The actions to show. Under "non autorisé", only those the forbidding rules ask
  /// for: the others explain how to carry out the very use that is refused.
  func shownActions(_ assessment: Assessment) -> [AssessedAction] {
    guard assessment.verdict == .interdit else { return assessment.actions }
    return assessment.actions.filter { $0.level == .interdit }
  }

  /// `/actions`: every action to follow, numbered.
  func actionList(_ assessment: Assessment) -> String {
    let actions = shownActions(assessment)
    guard !actions.isEmpty else { return Messages.actionsNone.text(lang) }
    var lines = [Messages.actionsTitle.text(lang)]
    for (index, action) in actions.enumerated() { lines += wrapped(action.text.pick(lang), indent: "  \(index + 1). ") }
    return lines.joined(separator: "\n")
  }

  /// `/details`: the verdict line, the rules applied with their triggers and sections,
  /// the contacts. While questions remain, the verdict is "incomplete" with the worst
  /// level still reachable.
  func details(_ assessment: Assessment, provisional: Bool, worst: Verdict?) -> String {
    var lines: [String] = []
    if provisional && !assessment.open.isEmpty {
      let worstLabel = (worst ?? .interdit).label.text(lang)
      lines += wrapped(
        Messages.verdictIncomplete.text(lang, [.count: "\(assessment.open.count)", .worst: worstLabel]), indent: ""
      )
      .map(console.bold)
    } else {
      lines.append(console.bold(Messages.verdictTitle.text(lang, [.verdict: assessment.verdict.label.text(lang)])))
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
}
