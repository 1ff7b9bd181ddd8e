import Yams

/// Reads `energy.yaml`: per-query energy for each model class, the number of queries
/// each volume option stands for, GPU-hours for each training option, with sources.
enum EnergyLoader {
  static let fields: Set<String> = [
    "questions", "model_classes", "volumes", "training", "caveats", "caveats_en", "advice", "cite",
  ]

  static func load(_ context: inout DecisionLoadContext, questions: [Question]) -> EnergyTable {
    guard let document = context.document(DecisionLoader.energyFile, optional: true),
      let map = document.rootMapping(&context.diagnostics)
    else { return EnergyTable() }
    map.checkKeys(fields, id: "energy", &context.diagnostics)
    var table = EnergyTable()
    if let names = map.map("questions") {
      table.modelQuestion = names.string("model", &context.diagnostics) ?? table.modelQuestion
      table.volumeQuestion = names.string("volume", &context.diagnostics) ?? table.volumeQuestion
      table.trainingQuestion = names.string("training", &context.diagnostics) ?? table.trainingQuestion
    }
    let optionsOf = { (id: String) in questions.first { $0.id == id }?.optionIDs ?? [] }
    for entry in map.maps("model_classes", id: "energy", &context.diagnostics) {
      guard let id = option(entry, of: table.modelQuestion, optionsOf, &context),
        let range = range(entry, "wh_per_query", id: id, &context)
      else { continue }
      let note = context.bilingual(entry, "note", id: id, required: true) ?? Bilingual(fr: "", en: "")
      let sources = bilingualSources(entry, id: id, &context)
      if sources.isEmpty { context.error(entry, id: id, Messages.diagModelClassSources.both()) }
      table.modelClasses.append(.init(id: id, whPerQuery: range, note: note, sources: sources))
    }
    for entry in map.maps("volumes", id: "energy", &context.diagnostics) {
      guard let id = option(entry, of: table.volumeQuestion, optionsOf, &context),
        let range = range(entry, "queries", id: id, &context)
      else { continue }
      table.volumes.append(.init(id: id, queries: range))
    }
    if let training = map.map("training") {
      table.gpuKilowatts = range(training, "gpu_kw", id: "training", &context) ?? EnergyTable.Range(0, 0)
      table.trainingSources = bilingualSources(training, id: "training", &context)
      for entry in training.maps("hours", id: "training", &context.diagnostics) {
        guard let id = option(entry, of: table.trainingQuestion, optionsOf, &context),
          let range = range(entry, "gpu_hours", id: id, &context)
        else { continue }
        table.trainingTimes.append(.init(id: id, gpuHours: range))
      }
    }
    table.caveats = context.bilingual(map, "caveats", id: "energy", required: true) ?? Bilingual(fr: "", en: "")
    table.advice = map.maps("advice", id: "energy", &context.diagnostics).compactMap {
      context.bilingual($0, "text", id: "energy.advice", required: true)
    }
    table.citations = map.strings("cite", id: "energy", &context.diagnostics)
    return table
  }

  /// `sources` with their English forms `sources_en`, one for one: a source keeps its
  /// original title, but what is said about it ("derived estimate", "median 0.24 Wh")
  /// must read in the interface language. A missing or shorter English list is warned
  /// and falls back to the French.
  static func bilingualSources(_ entry: YAMLMap, id: String, _ context: inout DecisionLoadContext) -> [Bilingual] {
    let french = entry.strings("sources", id: id, &context.diagnostics)
    let english = entry.strings("sources_en", id: id, &context.diagnostics)
    if !french.isEmpty && english.count != french.count {
      context.warning(entry, key: "sources", id: id, Messages.diagSourcesEnCount.both([.count: "\(french.count)"]))
    }
    return french.enumerated().map { index, text in
      Bilingual(fr: text, en: index < english.count ? english[index] : text)
    }
  }

  static func option(
    _ entry: YAMLMap, of question: String, _ optionsOf: (String) -> [String], _ context: inout DecisionLoadContext
  ) -> String? {
    guard let id = entry.required("id", &context.diagnostics) else { return nil }
    guard optionsOf(question).contains(id) else {
      context.error(entry, key: "id", id: id, Messages.diagNotAnOption.both([.id: id, .question: question]))
      return nil
    }
    return id
  }

  /// `[low, high]`, two non-negative numbers.
  static func range(_ map: YAMLMap, _ key: String, id: String, _ context: inout DecisionLoadContext) -> EnergyTable
    .Range?
  {
    let values = map.strings(key, id: id, &context.diagnostics).compactMap(Double.init)
    guard values.count == 2, values.allSatisfy({ $0 >= 0 }) else {
      context.error(map, key: key, id: id, Messages.diagBadRange.both([.key: key]))
      return nil
    }
    return EnergyTable.Range(values[0], values[1])
  }
}
