import Yams

/// Reads `tools.yaml` (the catalogue of tools people name) and `intents.yaml` (sentence
/// patterns), checking that every pre-answer names a real question and option.
enum CatalogueLoader {
  static let toolFields: Set<String> = Set<String>([
    "id", "name", "aliases", "provider", "country", "country_en", "presets", "training", "training_note",
    "training_note_en", "retention", "retention_en", "sources", "as_of",
  ]).union(Freshness.keys)
  static let intentFields: Set<String> = ["id", "patterns", "answers"]
  static let datePattern = #/^\d{4}-\d{2}-\d{2}$/#

  static func loadTools(_ context: inout DecisionLoadContext, questions: [Question]) -> [Tool] {
    guard let document = context.document(DecisionLoader.toolsFile, optional: true) else { return [] }
    var seen: [String: Int] = [:]
    var tools: [Tool] = []
    for map in document.rootList(&context.diagnostics) {
      guard let id = context.id(map, seen: &seen) else { continue }
      map.checkKeys(toolFields, id: id, &context.diagnostics)
      let before = context.diagnostics.filter { $0.severity == .error }.count
      let name = map.required("name", id: id, &context.diagnostics)
      let provider = map.required("provider", id: id, &context.diagnostics)
      let country = context.bilingual(map, "country", id: id, required: true)
      let trainingText = map.required("training", id: id, &context.diagnostics) ?? ""
      let training = Tool.Training(rawValue: trainingText)
      if training == nil && !trainingText.isEmpty {
        context.error(map, key: "training", id: id, "'training' must be yes, no, varies or unknown, not '\(trainingText)'")
      }
      let note = context.bilingual(map, "training_note", id: id, required: true)
      let retention = context.bilingual(map, "retention", id: id, required: true)
      let sources = map.strings("sources", id: id, &context.diagnostics)
      if sources.isEmpty { context.error(map, key: "sources", id: id, "a tool needs at least one source") }
      // `reviewed` is the key shared with the guide and the Q&A; `as_of` the older one.
      let freshness = Freshness.read(map, id: id, legacyKeys: ["as_of"], &context.diagnostics)
      if map.value(Freshness.reviewedKey) == nil && map.value("as_of") == nil {
        context.error(map, key: "reviewed", id: id, "missing required field 'reviewed' (date of the last check, YYYY-MM-DD)")
      }
      let asOf = freshness.reviewed
      let presets = answers(map, key: "presets", id: id, questions: questions, &context)
      let aliases = map.strings("aliases", id: id, &context.diagnostics).map { context.expand($0, .fr, map, key: "aliases", id: id) }
      guard let name = name.map({ context.expand($0, .fr, map, key: "name", id: id) }),
        let provider = provider.map({ context.expand($0, .fr, map, key: "provider", id: id) }),
        let country, let training, let note, let retention,
        context.diagnostics.filter({ $0.severity == .error }).count == before
      else { continue }
      tools.append(Tool(
        id: id, name: name, aliases: aliases, provider: provider,
        country: country, training: training, trainingNote: note, retention: retention, sources: sources, asOf: asOf,
        presets: presets, file: map.file, line: map.line, freshness: freshness))
    }
    return tools
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
      if patterns.isEmpty { context.error(map, key: "patterns", id: id, "an intent needs at least one pattern") }
      let implied = answers(map, key: "answers", id: id, questions: questions, &context)
      if implied.isEmpty { context.error(map, key: "answers", id: id, "an intent must imply at least one answer") }
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
      context.error(map, key: key, id: id, "'\(key)' must map question ids to option ids")
      return Answers()
    }
    var answers = Answers()
    for (keyNode, value) in pairs {
      let line = map.document.line(of: keyNode)
      let questionID = keyNode.string ?? ""
      guard let question = questions.first(where: { $0.id == questionID }), question.isChoice else {
        context.diagnostics.append(Diagnostic(
          file: map.file, line: line, id: id, message: "unknown choice question '\(questionID)' in '\(key)'"))
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
        context.diagnostics.append(Diagnostic(
          file: map.file, line: line, id: id,
          message: "invalid answer for '\(questionID)' in '\(key)': \(unknown.isEmpty ? "expected one option id" : "unknown option '\(unknown[0])'")"))
        continue
      }
      answers[questionID] = values
    }
    return answers
  }
}
