import Yams

/// Reads `tools.yaml` (the catalogue of tools people name) and `intents.yaml` (sentence
/// patterns), checking that every pre-answer names a real question and option.
enum CatalogueLoader {
  /// The fields of a plan's terms: on an entry without plans, or on each plan.
  static let termsFields: Set<String> = Set<String>([
    "training", "training_note", "training_note_en", "retention", "retention_en", "sources", "as_of",
  ]).union(Freshness.keys)
  static let toolFields: Set<String> = termsFields.union([
    "id", "name", "name_en", "aliases", "provider", "provider_en", "country", "country_en", "presets", "plans",
  ])
  static let planFields: Set<String> = termsFields.union([
    "id", "kind", "name", "name_en", "label", "label_en", "aliases", "presets",
  ])
  static let intentFields: Set<String> = ["id", "patterns", "answers"]
  static let datePattern = #/^\d{4}-\d{2}-\d{2}$/#

  /// The plan-independent part of an entry.
  struct Brand {
    var id: String
    var name: String
    var aliases: [String]
    var provider: String
    var providerEn: String? = nil
    var country: Bilingual
    var presets: Answers
    /// Review dates shared by the plans (an entry with plans only).
    var freshness: Freshness? = nil
  }

  /// A plan's data terms.
  struct Terms {
    var training: Tool.Training
    var note: Bilingual
    var retention: Bilingual
    var sources: [String]
    var asOf: String
    var freshness: Freshness
  }

  static func loadTools(_ context: inout DecisionLoadContext, questions: [Question]) -> [Tool] {
    loadCatalogue(&context, questions: questions).tools
  }

  /// The tools, one per plan, and the brands that have several plans.
  static func loadCatalogue(
    _ context: inout DecisionLoadContext, questions: [Question]
  ) -> (tools: [Tool], families: [ToolFamily]) {
    guard let document = context.document(DecisionLoader.toolsFile, optional: true) else { return ([], []) }
    var seen: [String: Int] = [:]
    var tools: [Tool] = []
    var families: [ToolFamily] = []
    for map in document.rootList(&context.diagnostics) {
      guard let id = context.id(map, seen: &seen) else { continue }
      map.checkKeys(toolFields, id: id, &context.diagnostics)
      let before = context.errorCount
      let name = map.required("name", id: id, &context.diagnostics)
      let provider = map.required("provider", id: id, &context.diagnostics)
      let country = context.bilingual(map, "country", id: id, required: true)
      let presets = answers(map, key: "presets", id: id, questions: questions, &context)
      let aliases = map.strings("aliases", id: id, &context.diagnostics).map {
        context.expand($0, .fr, map, key: "aliases", id: id)
      }
      guard let name = name.map({ context.expand($0, .fr, map, key: "name", id: id) }),
        let provider = provider.map({ context.expand($0, .fr, map, key: "provider", id: id) }), let country
      else { continue }
      let providerEn = map.string("provider_en", id: id, &context.diagnostics).map {
        context.expand($0, .en, map, key: "provider_en", id: id)
      }
      let nameEn = map.string("name_en", id: id, &context.diagnostics).map {
        context.expand($0, .en, map, key: "name_en", id: id)
      }
      guard map.value("plans") != nil else {
        let brand = Brand(
          id: id, name: name, aliases: aliases, provider: provider, providerEn: providerEn, country: country,
          presets: presets)
        guard let terms = self.terms(map, id: id, &context), context.errorCount == before else { continue }
        var entry = tool(brand, id: id, name: name, aliases: aliases, presets: presets, terms: terms, map: map)
        // A name that reads as French (« LLM de l'environnement interne ») needs its English form.
        entry.nameEn = nameEn
        tools.append(entry)
        continue
      }
      for key in termsFields.subtracting(Freshness.keys) where map.value(key) != nil {
        context.error(map, key: key, id: id, Messages.diagBelongsToPlan.both([.key: key]))
      }
      // `reviewed`, `review_every`, `review_by` on the brand apply to plans that do not say.
      let brandFreshness = Freshness.read(map, id: id, &context.diagnostics)
      let brand = Brand(
        id: id, name: name, aliases: aliases, provider: provider, providerEn: providerEn, country: country,
        presets: presets,
        freshness: brandFreshness)
      var planTools: [Tool] = []
      var planSeen: Set<String> = []
      for plan in map.maps("plans", id: id, &context.diagnostics) {
        if let tool = self.plan(plan, brand: brand, questions: questions, seen: &planSeen, &context) {
          planTools.append(tool)
        }
      }
      if planTools.count < 2 && context.errorCount == before {
        context.error(map, key: "plans", id: id, Messages.diagTwoPlans.both())
      }
      guard context.errorCount == before else { continue }
      tools += planTools
      var family = ToolFamily(
        id: id, name: name, aliases: aliases, toolIDs: planTools.map(\.id), commonPresets: ToolFamily.common(planTools),
        file: map.file, line: map.line)
      family.nameEn = nameEn
      families.append(family)
    }
    return (tools, families)
  }

  static func plan(
    _ map: YAMLMap, brand: Brand, questions: [Question], seen: inout Set<String>, _ context: inout DecisionLoadContext
  ) -> Tool? {
    let before = context.errorCount
    guard let planID = map.required("id", id: brand.id, &context.diagnostics) else { return nil }
    let id = "\(brand.id)-\(planID)"
    map.checkKeys(planFields, id: id, &context.diagnostics)
    if (try? DecisionLoader.idPattern.wholeMatch(in: planID)) == nil {
      context.error(map, key: "id", id: id, Messages.diagBadPlanID.both())
    }
    if !seen.insert(planID).inserted {
      context.error(map, key: "id", id: id, Messages.diagDuplicatePlanID.both([.id: planID]))
    }
    let kindText = map.required("kind", id: id, &context.diagnostics) ?? ""
    let kind = Tool.PlanKind(rawValue: kindText)
    if kind == nil && !kindText.isEmpty {
      context.error(map, key: "kind", id: id, Messages.diagBadPlanKind.both([.value: kindText]))
    }
    let name = map.required("name", id: id, &context.diagnostics).map {
      context.expand($0, .fr, map, key: "name", id: id)
    }
    let label = context.bilingual(map, "label", id: id, required: true)
    let aliases = map.strings("aliases", id: id, &context.diagnostics).map {
      context.expand($0, .fr, map, key: "aliases", id: id)
    }
    var presets = brand.presets
    let own = answers(map, key: "presets", id: id, questions: questions, &context)
    for question in own.questionIDs { presets[question] = own[question] }
    let terms = self.terms(map, id: id, inherited: brand.freshness, &context)
    guard let kind, let name, let label, let terms, context.errorCount == before else { return nil }
    var tool = tool(brand, id: id, name: name, aliases: aliases, presets: presets, terms: terms, map: map)
    tool.plan = kind
    tool.planLabel = label
    tool.nameEn = map.string("name_en", id: id, &context.diagnostics).map {
      context.expand($0, .en, map, key: "name_en", id: id)
    }
    return tool
  }

  static func terms(
    _ map: YAMLMap, id: String, inherited: Freshness? = nil, _ context: inout DecisionLoadContext
  ) -> Terms? {
    let trainingText = map.required("training", id: id, &context.diagnostics) ?? ""
    let training = Tool.Training(rawValue: trainingText)
    if training == nil && !trainingText.isEmpty {
      context.error(map, key: "training", id: id, Messages.diagBadTraining.both([.value: trainingText]))
    }
    let note = context.bilingual(map, "training_note", id: id, required: true)
    let retention = context.bilingual(map, "retention", id: id, required: true)
    let sources = map.strings("sources", id: id, &context.diagnostics)
    if sources.isEmpty { context.error(map, key: "sources", id: id, Messages.diagToolNeedsSource.both()) }
    // `reviewed` is the key shared with the guide and the Q&A; `as_of` the older one.
    var freshness = Freshness.read(map, id: id, legacyKeys: ["as_of"], &context.diagnostics)
    if let inherited {
      if freshness.reviewed.isEmpty { freshness.reviewed = inherited.reviewed }
      if freshness.reviewEveryMonths == nil { freshness.reviewEveryMonths = inherited.reviewEveryMonths }
      if freshness.reviewBy == nil { freshness.reviewBy = inherited.reviewBy }
    }
    if freshness.reviewed.isEmpty && map.value(Freshness.reviewedKey) == nil && map.value("as_of") == nil {
      context.error(map, key: "reviewed", id: id, Messages.diagReviewedRequired.both())
    }
    let asOf = freshness.reviewed
    guard let training, let note, let retention, !sources.isEmpty, !asOf.isEmpty else { return nil }
    return Terms(
      training: training, note: note, retention: retention, sources: sources, asOf: asOf, freshness: freshness)
  }

  static func tool(
    _ brand: Brand, id: String, name: String, aliases: [String], presets: Answers, terms: Terms, map: YAMLMap
  ) -> Tool {
    Tool(
      id: id, name: name, aliases: aliases, provider: brand.provider, country: brand.country, training: terms.training,
      trainingNote: terms.note, retention: terms.retention, sources: terms.sources, asOf: terms.asOf, presets: presets,
      family: brand.id, file: map.file, line: map.line, freshness: terms.freshness
    )
    .with(providerEn: brand.providerEn)
  }

  static func loadIntents(_ context: inout DecisionLoadContext, questions: [Question]) -> [Intent] {
    guard let document = context.document(DecisionLoader.intentsFile, optional: true) else { return [] }
    var seen: [String: Int] = [:]
    var intents: [Intent] = []
    for map in document.rootList(&context.diagnostics) {
      guard let id = context.id(map, seen: &seen) else { continue }
      map.checkKeys(intentFields, id: id, &context.diagnostics)
      let before = context.diagnostics.filter { $0.severity == .error }.count
      let patterns = map.strings("patterns", id: id, &context.diagnostics).filter { !$0.isEmpty }
      if patterns.isEmpty { context.error(map, key: "patterns", id: id, Messages.diagIntentNeedsPattern.both()) }
      let implied = answers(map, key: "answers", id: id, questions: questions, &context)
      if implied.isEmpty { context.error(map, key: "answers", id: id, Messages.diagIntentNeedsAnswer.both()) }
      guard context.diagnostics.filter({ $0.severity == .error }).count == before else { continue }
      intents.append(Intent(id: id, patterns: patterns, answers: implied, file: map.file, line: map.line))
    }
    return intents
  }

  /// A mapping `question-id: option-id` (or a list of option ids for a multiple choice).
  static func answers(
    _ map: YAMLMap, key: String, id: String, questions: [Question], _ context: inout DecisionLoadContext
  ) -> Answers {
    guard let node = map.value(key) else { return Answers() }
    guard case let .mapping(pairs) = node else {
      context.error(map, key: key, id: id, Messages.diagMustMapAnswers.both([.key: key]))
      return Answers()
    }
    var answers = Answers()
    for (keyNode, value) in pairs {
      let line = map.document.line(of: keyNode)
      let questionID = keyNode.string ?? ""
      guard let question = questions.first(where: { $0.id == questionID }), question.isChoice else {
        context.diagnostics.append(
          Diagnostic(
            file: map.file, line: line, id: id, Messages.diagUnknownChoiceQuestion,
            [.question: questionID, .key: key]))
        continue
      }
      var values: [String] = []
      switch value {
      case let .scalar(scalar): values = [scalar.string]
      case let .sequence(items): values = items.compactMap(\.string)
      default: break
      }
      let unknown = values.filter { question.option($0) == nil }
      if values.isEmpty || !unknown.isEmpty || (question.kind != .multiple && values.count != 1) {
        context.diagnostics.append(
          Diagnostic(
            file: map.file, line: line, id: id,
            unknown.isEmpty
              ? Messages.diagInvalidAnswerOneOption.both([.question: questionID, .key: key])
              : Messages.diagInvalidAnswerUnknownOption.both([.question: questionID, .key: key, .option: unknown[0]])
          ))
        continue
      }
      answers[questionID] = values
    }
    return answers
  }
}

extension Tool {
  /// The same tool with its English provider.
  func with(providerEn: String?) -> Tool {
    var tool = self
    tool.providerEn = providerEn
    return tool
  }
}
