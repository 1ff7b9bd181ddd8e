import Yams

/// Reads `questions.yaml`: a list of questions, each with an id, a kind, FR/EN texts,
/// options, help, an optional `when` over earlier questions and an optional risk order.
enum QuestionsLoader {
  static let fields: Set<String> = [
    "id", "kind", "text", "text_en", "label", "label_en", "help", "help_en", "options", "when", "required", "risk",
    "cumulative", "legacy",
  ]
  static let optionFields: Set<String> = ["id", "label", "label_en", "exclusive"]

  static func load(_ context: inout DecisionLoadContext) -> [Question] {
    guard let document = context.document(DecisionLoader.questionsFile) else { return [] }
    var seen: [String: Int] = [:]
    var questions: [Question] = []
    for map in document.rootList(&context.diagnostics) {
      guard let id = context.id(map, seen: &seen) else { continue }
      map.checkKeys(fields, id: id, &context.diagnostics)
      let before = context.diagnostics.filter { $0.severity == .error }.count
      if let question = question(map, id: id, earlier: questions, &context),
        context.diagnostics.filter({ $0.severity == .error }).count == before
      {
        questions.append(question)
      }
    }
    return questions
  }

  static func question(_ map: YAMLMap, id: String, earlier: [Question], _ context: inout DecisionLoadContext)
    -> Question?
  {
    let kindText = map.required("kind", id: id, &context.diagnostics) ?? ""
    guard let kind = Question.Kind(rawValue: kindText) else {
      if !kindText.isEmpty {
        context.error(map, key: "kind", id: id, Messages.diagUnknownKind.both([.kind: kindText]))
      }
      return nil
    }
    guard let text = context.bilingual(map, "text", id: id, required: true) else { return nil }
    let help = context.bilingual(map, "help", id: id, required: false) ?? Bilingual(fr: "", en: "")
    let label = context.bilingual(map, "label", id: id, required: false)
    let options = self.options(map, kind: kind, id: id, &context)
    var when: Condition?
    if let node = map.value("when") {
      let parser = ConditionParser(document: map.document, id: id)
      let known = Dictionary(earlier.map { ($0.id, $0) }) { first, _ in first }
      let resolver = ConditionResolver(
        questions: known, file: map.file, id: id, unknownHint: Messages.diagEarlierQuestionsOnly.both())
      guard let parsed = parser.parse(node, &context.diagnostics),
        let resolved = resolver.resolve(parsed, &context.diagnostics)
      else { return nil }
      when = resolved
    }
    let required = map.bool("required", id: id, &context.diagnostics) ?? (kind != .text)
    let risk = riskOrder(map, kind: kind, options: options.map(\.id), id: id, &context)
    var question = Question(
      id: id, kind: kind, text: text, label: label, help: help, options: options, when: when, required: required,
      risk: risk,
      file: map.file, line: map.line)
    if let legacy = map.string("legacy", id: id, &context.diagnostics) {
      if kind == .text || question.option(legacy) == nil {
        context.error(map, key: "legacy", id: id, Messages.diagBadLegacy.both([.value: legacy]))
      } else {
        question.legacy = legacy
      }
    }
    return question
  }

  static func options(_ map: YAMLMap, kind: Question.Kind, id: String, _ context: inout DecisionLoadContext)
    -> [Question.Option]
  {
    switch kind {
    case .text:
      if map.value("options") != nil { context.error(map, key: "options", id: id, Messages.diagTextNoOptions.both()) }
      return []
    case .yesno:
      if map.value("options") != nil {
        context.error(map, key: "options", id: id, Messages.diagYesNoFixed.both())
      }
      return [
        Question.Option(id: "oui", label: Bilingual(fr: Messages.yes.fr, en: Messages.yes.en)),
        Question.Option(id: "non", label: Bilingual(fr: Messages.no.fr, en: Messages.no.en)),
      ]
    case .single, .multiple:
      var seen: [String: Int] = [:]
      var options: [Question.Option] = []
      for entry in map.maps("options", id: id, &context.diagnostics) {
        guard let optionID = context.id(entry, seen: &seen) else { continue }
        entry.checkKeys(optionFields, id: "\(id).\(optionID)", &context.diagnostics)
        guard let label = context.bilingual(entry, "label", id: "\(id).\(optionID)", required: true) else { continue }
        let exclusive = entry.bool("exclusive", id: id, &context.diagnostics) ?? false
        if exclusive && kind != .multiple {
          context.error(entry, key: "exclusive", id: "\(id).\(optionID)", Messages.diagExclusiveOnlyMultiple.both())
        }
        options.append(Question.Option(id: optionID, label: label, exclusive: exclusive))
      }
      if options.count < 2 { context.error(map, key: "options", id: id, Messages.diagTwoOptions.both()) }
      return options
    }
  }

  /// `risk:` is one chain (a list of option ids) or several (a list of lists), each from
  /// the least to the most risky; `cumulative: true` on a multiple choice.
  static func riskOrder(
    _ map: YAMLMap, kind: Question.Kind, options: [String], id: String, _ context: inout DecisionLoadContext
  ) -> RiskOrder {
    var chains: [[String]] = []
    if let node = map.value("risk") {
      if case let .sequence(items) = node {
        if items.allSatisfy({ if case .sequence = $0 { return true } else { return false } }) {
          chains = items.map { item in
            if case let .sequence(inner) = item { return inner.compactMap(\.string) }
            return []
          }
        } else {
          chains = [items.compactMap(\.string)]
        }
      } else {
        context.error(map, key: "risk", id: id, Messages.diagRiskOrder.both())
      }
    }
    for chain in chains {
      if chain.count < 2 { context.error(map, key: "risk", id: id, Messages.diagRiskChainTwo.both()) }
      for option in chain where !options.contains(option) {
        context.error(map, key: "risk", id: id, Messages.diagUnknownRiskOption.both([.option: option]))
      }
      if Set(chain).count != chain.count { context.error(map, key: "risk", id: id, Messages.diagRiskTwice.both()) }
    }
    let order = RiskOrder(chains: chains, cumulative: map.bool("cumulative", id: id, &context.diagnostics) ?? false)
    if order.cumulative && kind != .multiple {
      context.error(map, key: "cumulative", id: id, Messages.diagCumulativeOnlyMultiple.both())
    }
    for option in options where order.isCyclic(at: option) {
      context.error(map, key: "risk", id: id, Messages.diagRiskCycle.both([.option: option]))
    }
    return order
  }
}
