/// Reads `actions.yaml` and `rules/*.yaml`. A rule whose condition refers to an unknown
/// question or option, or to an unknown action, is reported and left out.
enum RulesLoader {
  static let ruleFields: Set<String> = [
    "id", "when", "level", "actions", "rationale", "rationale_en", "cite", "contacts", "alternative", "alternative_en",
  ]
  static let actionFields: Set<String> = ["id", "text", "text_en", "importance", "applies", "conflicts_with"]

  static func loadActions(_ context: inout DecisionLoadContext) -> [ActionDefinition] {
    guard let document = context.document(DecisionLoader.actionsFile) else { return [] }
    var seen: [String: Int] = [:]
    var actions: [ActionDefinition] = []
    for map in document.rootList(&context.diagnostics) {
      guard let id = context.id(map, seen: &seen) else { continue }
      map.checkKeys(actionFields, id: id, &context.diagnostics)
      guard let text = context.bilingual(map, "text", id: id, required: true) else { continue }
      var importance = 3
      if let raw = map.string("importance", id: id, &context.diagnostics) {
        if let value = Int(raw), (1...5).contains(value) {
          importance = value
        } else {
          context.error(map, key: "importance", id: id, Messages.diagBadImportance.both([.value: raw]))
        }
      }
      var onlyIfAllowed = false
      if let applies = map.string("applies", id: id, &context.diagnostics) {
        switch applies {
        case "always": break
        case "allowed": onlyIfAllowed = true
        default: context.error(map, key: "applies", id: id, Messages.diagBadApplies.both([.value: applies]))
        }
      }
      let conflicts = map.strings("conflicts_with", id: id, &context.diagnostics)
      actions.append(
        ActionDefinition(
          id: id, text: text, importance: importance, onlyIfAllowed: onlyIfAllowed, conflictsWith: conflicts,
          file: map.file, line: map.line))
    }
    let ids = Set(actions.map(\.id))
    for action in actions {
      for other in action.conflictsWith where !ids.contains(other) || other == action.id {
        context.diagnostics.append(
          Diagnostic(
            file: action.file, line: action.line, id: action.id, Messages.diagUnknownConflictAction, [.action: other]))
      }
    }
    return actions
  }

  static func loadRules(_ context: inout DecisionLoadContext, questions: [Question], actions: [ActionDefinition])
    -> [Rule]
  {
    let files = KnowledgeFiles.list(root: context.root, folder: DecisionLoader.rulesFolder, suffix: ".yaml")
    if files.isEmpty {
      context.diagnostics.append(Diagnostic(file: DecisionLoader.rulesFolder, line: 1, Messages.diagNoRuleFile))
    }
    let known = Dictionary(questions.map { ($0.id, $0) }) { first, _ in first }
    let actionIDs = actions.map(\.id)
    var seen: [String: Int] = [:]
    var rules: [Rule] = []
    for file in files {
      guard let document = context.document(file) else { continue }
      for map in document.rootList(&context.diagnostics) {
        guard let id = context.id(map, seen: &seen) else { continue }
        map.checkKeys(ruleFields, id: id, &context.diagnostics)
        if let rule = rule(map, id: id, questions: known, actionIDs: actionIDs, &context) { rules.append(rule) }
      }
    }
    return rules
  }

  static func rule(
    _ map: YAMLMap, id: String, questions: [String: Question], actionIDs: [String], _ context: inout DecisionLoadContext
  ) -> Rule? {
    let errorsBefore = context.diagnostics.filter { $0.severity == .error }.count
    var when: Condition?
    if let node = map.value("when") {
      let parsed = ConditionParser(document: map.document, id: id).parse(node, &context.diagnostics)
      when = parsed.flatMap {
        ConditionResolver(questions: questions, file: map.file, id: id).resolve($0, &context.diagnostics)
      }
    }
    let levelText = map.required("level", id: id, &context.diagnostics) ?? ""
    let level = Verdict(rawValue: levelText)
    if level == nil && !levelText.isEmpty {
      context.error(map, key: "level", id: id, Messages.diagUnknownLevel.both([.level: levelText]))
    }
    let actions = map.strings("actions", id: id, &context.diagnostics)
    for action in actions where !actionIDs.contains(action) {
      let hint = EditDistance.closest(to: action, in: actionIDs, limit: 4).map {
        Messages.diagDidYouMean.both([.id: $0])
      }
      context.error(
        map, key: "actions", id: id,
        Messages.diagUnknownAction.both([.action: action], bilingual: [.hint: hint ?? Bilingual(fr: "", en: "")]))
    }
    let rationale = context.bilingual(map, "rationale", id: id, required: true)
    let alternative = context.bilingual(map, "alternative", id: id, required: false)
    if level == .interdit && alternative == nil {
      context.error(map, id: id, Messages.diagInterditNeedsAlternative.both())
    }
    let contacts = map.strings("contacts", id: id, &context.diagnostics)
    for contact in contacts where context.institute.value(contact) == nil {
      context.error(map, key: "contacts", id: id, Messages.diagUnknownContact.both([.contact: contact]))
    }
    guard let level, let rationale,
      context.diagnostics.filter({ $0.severity == .error }).count == errorsBefore
    else { return nil }
    var citations = map.strings("cite", id: id, &context.diagnostics)
    for cited in CrossReference.ids(in: rationale.fr + "\n" + rationale.en + "\n" + (alternative?.fr ?? ""))
    where !citations.contains(cited) {
      citations.append(cited)
    }
    if citations.isEmpty { context.error(map, id: id, Messages.diagRuleNeedsCitation.both()) }
    return Rule(
      id: id, when: when, level: level, actions: actions, rationale: rationale, citations: citations,
      contacts: contacts,
      alternative: alternative, file: map.file, line: map.line)
  }
}
