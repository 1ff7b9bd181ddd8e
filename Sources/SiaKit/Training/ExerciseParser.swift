import Yams

/// Turns one YAML entry of `exercises/*.yaml` into an `Exercise`, appending a
/// diagnostic (with the line of the offending field) for every rule it breaks.
struct ExerciseParser {
  let map: YAMLMap
  let knowledge: KnowledgeBase

  static let idPattern = #/^[a-z0-9]+(-[a-z0-9]+)*$/#

  func parse(_ diagnostics: inout [Diagnostic]) -> Exercise? {
    guard let id = map.required("id", &diagnostics) else { return nil }
    map.checkKeys(ExerciseLoader.exerciseFields, id: id, &diagnostics)
    if (try? Self.idPattern.wholeMatch(in: id)) == nil {
      diagnostics.append(problem(Messages.diagBadID.both(), id: id, key: "id"))
    } else if !id.hasPrefix("ex-") {
      diagnostics.append(problem(Messages.diagExerciseIDPrefix.both(), id: id, key: "id", .warning))
    }
    let level = parseLevel(id: id, &diagnostics)
    let tags = parseTags(id: id, &diagnostics)
    let situation = bilingual("situation", id: id, line: map.line(of: "situation"), in: map, &diagnostics)
    let choices = parseChoices(id: id, &diagnostics)
    let cite = map.strings("cite", id: id, &diagnostics)
    if map.value("cite") == nil {
      diagnostics.append(problem(Messages.diagCiteRequired.both(), id: id))
    } else if cite.isEmpty {
      diagnostics.append(problem(Messages.diagCiteEmpty.both(), id: id, key: "cite"))
    }
    for section in cite where knowledge.section(section) == nil {
      diagnostics.append(problem(Messages.diagCiteMissing.both([.section: section]), id: id, key: "cite"))
    }
    let title = parseTitle(id: id, &diagnostics)
    let minutes = parseMinutes(id: id, &diagnostics)
    guard let level, let situation, let choices else { return nil }
    return Exercise(
      id: id, level: level, tags: tags, situation: situation, choices: choices, cite: cite, title: title,
      minutes: minutes, file: map.file, line: map.line)
  }

  /// `title`/`title_en`: optional for old files (the id stands in, with a warning),
  /// since lists, series and answer keys show it.
  func parseTitle(id: String, _ diagnostics: inout [Diagnostic]) -> Bilingual? {
    guard map.value("title") != nil else {
      diagnostics.append(problem(Messages.diagNoTitle.both(), id: id, .warning))
      return nil
    }
    return bilingual("title", id: id, line: map.line(of: "title"), in: map, &diagnostics)
  }

  /// `minutes`: a whole number from 1 to 60, when the level's default does not fit.
  func parseMinutes(id: String, _ diagnostics: inout [Diagnostic]) -> Int? {
    guard let text = map.string("minutes", id: id, &diagnostics) else { return nil }
    guard let minutes = Int(text), (1...60).contains(minutes) else {
      diagnostics.append(problem(Messages.diagExerciseMinutes.both([.value: text]), id: id, key: "minutes"))
      return nil
    }
    return minutes
  }

  func parseLevel(id: String, _ diagnostics: inout [Diagnostic]) -> ExerciseLevel? {
    guard let text = map.required("level", id: id, &diagnostics) else { return nil }
    guard let level = ExerciseLevel(rawValue: text) else {
      let expected = ExerciseLevel.allCases.map(\.rawValue).joined(separator: ", ")
      diagnostics.append(
        problem(Messages.diagUnknownLevelExpected.both([.level: text, .expected: expected]), id: id, key: "level"))
      return nil
    }
    return level
  }

  func parseTags(id: String, _ diagnostics: inout [Diagnostic]) -> [String] {
    let tags = map.strings("tags", id: id, &diagnostics)
    if tags.isEmpty {
      diagnostics.append(problem(Messages.diagTagRequired.both(), id: id, key: "tags"))
    }
    for tag in tags where knowledge.theme(tag) == nil {
      diagnostics.append(problem(Messages.diagUnknownThemeInTags.both([.tag: tag]), id: id, key: "tags"))
    }
    return tags
  }

  func parseChoices(id: String, _ diagnostics: inout [Diagnostic]) -> [ExerciseChoice]? {
    guard map.value("choices") != nil else {
      diagnostics.append(problem(Messages.diagMissingField.both([.key: "choices"]), id: id))
      return nil
    }
    let maps = map.maps("choices", id: id, &diagnostics)
    if !ExerciseLoader.choiceRange.contains(maps.count) {
      diagnostics.append(problem(Messages.diagChoicesCount.both([.count: "\(maps.count)"]), id: id, key: "choices"))
    }
    var choices: [ExerciseChoice] = []
    for (position, choice) in maps.enumerated() {
      if let parsed = parseChoice(choice, position: position, exerciseID: id, &diagnostics) { choices.append(parsed) }
    }
    var ignored: [Diagnostic] = []
    if !maps.isEmpty, !maps.contains(where: { $0.bool("correct", &ignored) == true }) {
      diagnostics.append(problem(Messages.diagNoCorrectChoice.both(), id: id, key: "choices"))
    } else if choices.count == maps.count, choices.allSatisfy(\.correct) {
      diagnostics.append(
        problem(Messages.diagAllCorrect.both(), id: id, key: "choices", .warning))
    }
    return choices.count == maps.count && ExerciseLoader.choiceRange.contains(maps.count) ? choices : nil
  }

  func parseChoice(_ choice: YAMLMap, position: Int, exerciseID id: String, _ diagnostics: inout [Diagnostic])
    -> ExerciseChoice?
  {
    choice.checkKeys(ExerciseLoader.choiceFields, id: id, &diagnostics)
    let expected = position < ExerciseLoader.letters.count ? ExerciseLoader.letters[position] : "?"
    let letter = choice.required("id", id: id, &diagnostics)
    if let letter, letter != expected {
      diagnostics.append(
        Diagnostic(
          file: choice.file, line: choice.line(of: "id"), id: id,
          Messages.diagChoiceLetter, [.position: "\(position + 1)", .expected: expected, .letter: letter]))
    }
    let text = bilingual("text", id: id, line: choice.line(of: "text"), in: choice, &diagnostics)
    let feedback = bilingual("feedback", id: id, line: choice.line(of: "feedback"), in: choice, &diagnostics)
    var correct: Bool?
    if choice.value("correct") == nil {
      diagnostics.append(
        Diagnostic(
          file: choice.file, line: choice.line, id: id,
          Messages.diagChoiceCorrectMissing, [.choice: expected]))
    } else {
      correct = choice.bool("correct", id: id, &diagnostics)
    }
    guard let letter, let text, let feedback, let correct else { return nil }
    return ExerciseChoice(id: letter, text: text, correct: correct, feedback: feedback, line: choice.line)
  }

  /// A required French text with its optional (but warned) English `<key>_en`; placeholders
  /// expanded and `[§id]` references checked, all reported at the field's line.
  func bilingual(_ key: String, id: String, line: Int, in entry: YAMLMap, _ diagnostics: inout [Diagnostic])
    -> Bilingual?
  {
    guard let french = entry.required(key, id: id, &diagnostics) else { return nil }
    let english = entry.string("\(key)_en", id: id, &diagnostics) ?? ""
    if String(english.trimmed).isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, file: entry.file, line: line, id: id, Messages.diagNoEnglishVersion, [.key: key]))
    }
    let englishLine = entry.line(of: "\(key)_en")
    for (text, at) in [(french, line), (english, englishLine)] {
      for reference in CrossReference.ids(in: text) where knowledge.section(reference) == nil {
        diagnostics.append(
          Diagnostic(file: entry.file, line: at, id: id, Messages.diagDanglingReference, [.id: reference]))
      }
    }
    var unknown: [Diagnostic] = []
    func expand(_ text: String, _ lang: Lang, _ at: Int) -> String {
      knowledge.institute.expand(text, lang) { name in
        unknown.append(Diagnostic(file: entry.file, line: at, id: id, Messages.diagUnknownPlaceholder, [.name: name]))
      }
    }
    let result = Bilingual(fr: expand(french, .fr, line), en: expand(english, .en, englishLine))
    diagnostics += unknown
    return result
  }

  func problem(_ message: Bilingual, id: String, key: String? = nil, _ severity: Diagnostic.Severity = .error)
    -> Diagnostic
  {
    Diagnostic(severity, file: map.file, line: key.map(keyLine) ?? map.line, id: id, message)
  }

  /// The line of `key:` itself: for a block list (`choices:`) the value starts a line later.
  func keyLine(_ key: String) -> Int {
    guard case let .mapping(pairs) = map.node, let pair = pairs.first(where: { $0.key.string == key }) else {
      return map.line(of: key)
    }
    return map.document.line(of: pair.key)
  }
}
