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
            "count": "\(exercises.count)", "version": KnowledgeVersion.short(app.knowledge.version),
          ]))
    ]
    let idWidth = exercises.map(\.id.count).max() ?? 0
    let levelWidth = ExerciseLevel.allCases.map { $0.label(lang).count }.max() ?? 0
    for theme in app.knowledge.themes {
      let members = exercises.filter { $0.theme == theme.id }.sorted { ($0.level, $0.id) < ($1.level, $1.id) }
      guard !members.isEmpty else { continue }
      lines += ["", console.bold(Sanitizer.neutralize(theme.label.pick(lang)))]
      for exercise in members {
        let id = exercise.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
        let level = exercise.level.label(lang).padding(toLength: levelWidth, withPad: " ", startingAt: 0)
        lines.append("  \(id)  \(level)  \(exercise.tags.joined(separator: ", "))")
      }
    }
    if theme == nil && level == nil { lines += ["", Messages.trainCoverage.text(lang)] + coverage() }
    return lines.joined(separator: "\n")
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

  func exercise(_ id: String, reveal: Bool) throws -> String {
    guard let exercise = exercises.first(where: { $0.id == id.lowercased() }) else {
      throw UserFacingError(Messages.trainUnknownExercise.text(lang, ["id": Sanitizer.neutralize(id)]))
    }
    var text = renderer.exercise(exercise, position: 1, count: 1)
    if reveal {
      let letters = exercise.correctIDs.sorted().joined(separator: ", ")
      var lines = ["", app.console.bold(Messages.trainRightAnswer.text(lang, ["letters": letters]))]
      lines += exercise.choices.flatMap(renderer.feedback)
      lines += renderer.reading(exercise.cite)
      text += "\n" + lines.joined(separator: "\n")
    }
    return text
  }

  func theme(_ value: String?) throws -> String? {
    guard let value else { return nil }
    let ids = app.knowledge.themes.map(\.id)
    guard ids.contains(value.lowercased()) else {
      throw UserFacingError(
        Messages.trainUnknownTheme.text(
          lang, ["value": Sanitizer.neutralize(value), "list": ids.joined(separator: ", ")]))
    }
    return value.lowercased()
  }

  func level(_ value: String?) throws -> ExerciseLevel? {
    guard let value else { return nil }
    guard let level = ExerciseLevel(argument: value) else {
      throw UserFacingError(Messages.trainUnknownLevel.text(lang, ["value": Sanitizer.neutralize(value)]))
    }
    return level
  }
}
