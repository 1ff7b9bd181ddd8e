import SiaKit

/// "Which plan?" (issue 14): a brand named without its plan (« ChatGPT ») has opposite
/// terms by plan — a personal account that trains on inputs, an institute contract that
/// does not. The plan is asked, never guessed; « je ne sais pas » assumes the most
/// cautious plan and says so, as answers to confirm one at a time.
extension InterviewConversation {
  /// The brands named in `text` whose plan the sentence does not say, with their plans.
  func unresolvedBrands(in text: String) -> [(family: ToolFamily, plans: [Tool])] {
    let model = interview.model
    return IntentRecognizer(model: model).toolMatches(in: text).compactMap { match in
      guard match.tool == nil, let family = model.toolFamily(match.family) else { return nil }
      let plans = family.toolIDs.compactMap { model.tool($0) }
      return plans.count > 1 ? (family, plans) : nil
    }
  }

  /// Shows the plans of `family`, numbered, and « je ne sais pas » last.
  func askPlan(_ family: ToolFamily, _ plans: [Tool], session: ReplSession) {
    let lang = session.lang
    var lines = wrap(
      Messages.planQuestion.text(lang, [.brand: Sanitizer.neutralize(family.name)]), width: session.console.width,
      indent: "")
    for (index, plan) in plans.enumerated() {
      let label = plan.planLabel?.pick(lang) ?? plan.name
      lines += wrap(Sanitizer.neutralize(label), width: session.console.width, indent: "  \(index + 1). ")
    }
    lines.append("  \(plans.count + 1). " + Messages.planUnknown.text(lang))
    session.say(lines.joined(separator: "\n"))
  }

  /// The answer to "which plan?": the plan's presets are facts of the catalogue; « je ne
  /// sais pas » proposes the most cautious plan's presets, to confirm one by one.
  /// Returns false when the line is not a choice.
  func choosePlan(_ line: String, family: ToolFamily, plans: [Tool], session: ReplSession) -> Bool {
    guard let number = Int(line.trimmingCharacters(in: .whitespaces)), (1...(plans.count + 1)).contains(number) else {
      session.say(Messages.planRetry, [.count: "\(plans.count + 1)"])
      return false
    }
    let renderer = ToolRenderer(console: session.console, lang: session.lang, model: interview.model)
    if number <= plans.count {
      let plan = plans[number - 1]
      session.say(renderer.tool(plan))
      let facts = preAnswers(plan, source: "tool:\(plan.id)")
      interview.acceptFacts(facts)
      if !facts.isEmpty { session.say(renderer.proposal(facts)) }
      return true
    }
    // The most cautious: a personal plan when there is one, else the first.
    let assumed = plans.first { $0.plan == .personnel } ?? plans[0]
    session.sayWrapped(
      Messages.planAssumed.text(
        session.lang,
        [
          .plan: Sanitizer.neutralize(assumed.planLabel?.pick(session.lang) ?? assumed.name)
        ]))
    interview.proposeFirst(preAnswers(assumed, source: "assumed:\(assumed.id)"))
    return true
  }

  /// A plan's presets as pre-answers, in questionnaire order.
  func preAnswers(_ plan: Tool, source: String) -> [PreAnswer] {
    plan.presets.questionIDs.sorted { interview.model.position(of: $0) < interview.model.position(of: $1) }.compactMap {
      id in
      plan.presets[id].map { PreAnswer(question: id, values: $0, sources: [source], matched: plan.name) }
    }
  }
}
