import SiaKit

/// `sia train --list` (the exercises by main theme, then the coverage by theme and
/// level) and `sia train --exercise ID [--reveal]` (one exercise for a projector).
struct TrainingCatalogueRenderer {
  let app: AppContext
  let exercises: [Exercise]

  init(app: AppContext) {
    self.app = app
    exercises = ExerciseLoader.load(knowledge: app.knowledge).exercises
  }

  var lang: Lang { app.lang }
  var renderer: TrainingRenderer { TrainingRenderer(console: app.console, lang: lang, knowledge: app.knowledge) }

  /// The exercises by main theme; with a filter, only those matching it (any tag) and
  /// no coverage table.
  func list(theme: String? = nil, level: ExerciseLevel? = nil) -> String {
    let console = app.console
    let exercises = self.exercises.filter {
      (theme == nil || $0.tags.contains(theme ?? "")) && (level == nil || $0.level == level)
    }
    var lines = [
      console.bold(
        Messages.trainListTitle.text(
          lang,
          [
            .count: "\(exercises.count)", .version: KnowledgeVersion.short(app.knowledge.version),
          ]))
    ]
    if theme == nil && level == nil { lines += seriesList() }
    let idWidth = exercises.map(\.id.count).max() ?? 0
    let levelWidth = ExerciseLevel.allCases.map { $0.label(lang).count }.max() ?? 0
    for theme in app.knowledge.themes {
      let members = exercises.filter { $0.theme == theme.id }.sorted { ($0.level, $0.id) < ($1.level, $1.id) }
      guard !members.isEmpty else { continue }
      lines += ["", console.bold(theme.label.pick(lang))]
      for exercise in members {
        let id = exercise.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
        let level = exercise.level.label(lang).padding(toLength: levelWidth, withPad: " ", startingAt: 0)
        let minutes = "\(exercise.minutes) min".leftPadded(6)
        lines.append("  \(id)  \(level)  \(minutes)  \(exercise.title.pick(lang))")
      }
    }
    if theme == nil && level == nil { lines += ["", Messages.trainCoverage.text(lang)] + coverage() }
    return lines.joined(separator: "\n")
  }

  /// The curated series, for a trainer preparing a session.
  func seriesList() -> [String] {
    let all = TrainingSeriesLoader.load(knowledge: app.knowledge, exercises: exercises).series
    guard !all.isEmpty else { return [] }
    let width = all.map(\.id.count).max() ?? 0
    return ["", app.console.bold(Messages.trainSeriesHeading.text(lang))]
      + all.map { series in
        let details = Messages.trainSeriesLine.text(
          lang,
          [.level: series.level.label(lang), .minutes: "\(series.minutes)", .count: "\(series.exerciseIDs.count)"])
        return
          "  \(series.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(series.title.pick(lang)) (\(details))"
      }
  }

  /// The trainer's sheet for a series or a seeded draw: every exercise with its right
  /// letters, the one-line reason and the sections to read.
  func answerKey(_ plan: TrainingPlan, name: String) -> String {
    let selected = plan.select(from: exercises)
    let minutes = selected.reduce(0) { $0 + $1.minutes }
    var lines = [
      app.console.bold(
        Messages.trainAnswerKeyTitle.text(lang, [.name: name, .count: "\(selected.count)", .minutes: "\(minutes)"]))
    ]
    let width = app.console.width
    for (index, exercise) in selected.enumerated() {
      lines += [
        "", app.console.bold("\(index + 1). \(exercise.title.pick(lang))") + "  " + app.console.dim("[\(exercise.id)]"),
      ]
      let right = exercise.choices.filter(\.correct)
      lines.append(
        "   " + Messages.trainAnswerKeyRight.text(lang, [.letters: right.map(\.id).joined(separator: ", ")]))
      for choice in right {
        lines += wrap(Self.firstSentence(choice.feedback.pick(lang)), width: width, indent: "   \(choice.id)) ")
      }
      lines += wrap(
        Messages.trainAnswerKeyRead.text(lang, [.ids: exercise.citedSections.joined(separator: ", ")]), width: width,
        indent: "   ")
    }
    return lines.joined(separator: "\n")
  }

  /// The first sentence of a feedback, citations kept: the one-line reason of a key.
  static func firstSentence(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard let end = flat.range(of: #"[.!?](\s|$)"#, options: .regularExpression) else { return flat }
    let sentence = String(flat[..<end.upperBound]).trimmingCharacters(in: .whitespaces)
    // Citations that close the feedback belong to the reason too.
    let citations = CrossReference.ids(in: String(flat[end.upperBound...])).filter { !sentence.contains("[§\($0)]") }
    return citations.isEmpty ? sentence : sentence + " " + citations.map { "[§\($0)]" }.joined(separator: " ")
  }

  /// Theme × level counts, every tag counted, so thin spots show up.
  func coverage() -> [String] {
    let levels = ExerciseLevel.allCases
    let headers =
      [Messages.trainColumnTheme.text(lang)] + levels.map { $0.label(lang) } + [Messages.trainColumnTotal.text(lang)]
    let firstWidth = max(app.knowledge.themes.map(\.id.count).max() ?? 0, headers[0].count)
    let widths = [firstWidth] + headers.dropFirst().map(\.count)
    func row(_ cells: [String]) -> String {
      "  "
        + cells.enumerated().map { index, cell in
          index == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0) : cell.leftPadded(widths[index])
        }.joined(separator: "  ")
    }
    var lines = [row(headers)]
    for theme in app.knowledge.themes {
      let tagged = exercises.filter { $0.tags.contains(theme.id) }
      let counts = levels.map { level in "\(tagged.filter { $0.level == level }.count)" }
      lines.append(row([theme.id] + counts + ["\(tagged.count)"]))
    }
    let totals = levels.map { level in "\(exercises.filter { $0.level == level }.count)" }
    lines.append(row([Messages.trainColumnTotal.text(lang)] + totals + ["\(exercises.count)"]))
    return lines
  }

  func exerciseNamed(_ id: String) throws -> Exercise {
    guard let exercise = exercises.first(where: { $0.id == id.lowercased() }) else {
      throw UserFacingError(Messages.trainUnknownExercise.text(lang, [.id: Sanitizer.neutralize(id)]))
    }
    return exercise
  }

  func exercise(_ id: String, reveal: Bool) throws -> String {
    let exercise = try exerciseNamed(id)
    var text = renderer.exercise(exercise, position: 1, count: 1)
    if reveal {
      let letters = exercise.correctIDs.sorted().joined(separator: ", ")
      var lines = ["", app.console.bold(Messages.trainRightAnswer.text(lang, [.letters: letters]))]
      lines += exercise.choices.flatMap(renderer.feedback)
      lines += renderer.reading(exercise.cite)
      text += "\n" + lines.joined(separator: "\n")
    }
    return text
  }

  /// The theme id for `--theme`: its id with or without accents, or a word of its French
  /// or English label (`données`, `data`, `sécurité`).
  func theme(_ value: String?) throws -> String? {
    guard let value else { return nil }
    let candidates = ThemeArgument.resolve(value, in: app.knowledge.themes)
    guard candidates.count == 1, let theme = candidates.first else {
      let list = (candidates.isEmpty ? app.knowledge.themes : candidates).map(\.id).joined(separator: ", ")
      let message = candidates.isEmpty ? Messages.trainUnknownTheme : Messages.trainAmbiguousTheme
      throw UserFacingError.usage(message.text(lang, [.value: value, .list: list]))
    }
    return theme.id
  }

  func level(_ value: String?) throws -> ExerciseLevel? {
    guard let value else { return nil }
    guard let level = ExerciseLevel(argument: value) else {
      throw UserFacingError.usage(Messages.trainUnknownLevel.text(lang, [.value: value]))
    }
    return level
  }
}

extension TrainingCatalogueRenderer {
  /// A series by id (accents and case folded), or a usage error naming the known ones.
  func series(_ value: String) throws -> TrainingSeries {
    let all = TrainingSeriesLoader.load(knowledge: app.knowledge, exercises: exercises).series
    guard let found = all.first(where: { $0.id == TextFolding.fold(value) }) else {
      throw UserFacingError.usage(Messages.trainUnknownSeries.text(lang, [.value: value]))
    }
    return found
  }

  /// `--answer-key` for `--series ID`, or for the draw `--seed N` (with its filters) gives.
  func answerKey(for seriesID: String?, theme: String?, level: String?, count: Int?, seed: UInt64?) throws -> String {
    if let seriesID {
      let found = try series(seriesID)
      return answerKey(TrainingPlan(series: found), name: found.title.pick(lang))
    }
    let plan = TrainingPlan(
      theme: try self.theme(theme), level: try self.level(level), count: count ?? TrainingPlan.defaultCount,
      seed: seed ?? 0)
    return answerKey(plan, name: Messages.trainAnswerKeySeed.text(lang, [.seed: "\(plan.seed)"]))
  }
}
