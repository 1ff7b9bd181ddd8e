/// Reads `series.yaml` and checks every series against the exercises and themes:
/// known exercise ids (no repeats), known themes each covered by one exercise at least,
/// a positive duration that the exercises fit in, and at least the attestation minimum
/// of exercises when the series is meant to earn one.
public enum TrainingSeriesLoader {
  public struct Result: Sendable {
    public var series: [TrainingSeries]
    public var diagnostics: [Diagnostic]
  }

  public static let file = "series.yaml"
  static let fields: Set<String> = ["id", "title", "title_en", "level", "minutes", "themes", "exercises"]

  public static func load(knowledge: KnowledgeBase, exercises: [Exercise]? = nil) -> Result {
    var diagnostics: [Diagnostic] = []
    guard KnowledgeFiles.exists(root: knowledge.root, relative: file),
      let text = KnowledgeFiles.read(root: knowledge.root, relative: file, &diagnostics)
    else { return Result(series: [], diagnostics: diagnostics) }
    let all = exercises ?? ExerciseLoader.load(knowledge: knowledge).exercises
    let document = YAMLDocument(file: file, text: text, diagnostics: &diagnostics)
    var series: [TrainingSeries] = []
    var seen = Set<String>()
    for map in document.rootList(&diagnostics) {
      guard let id = map.required("id", &diagnostics) else { continue }
      map.checkKeys(fields, id: id, &diagnostics)
      if !seen.insert(id).inserted {
        diagnostics.append(Diagnostic(file: file, line: map.line, id: id, Messages.diagDuplicateSeries))
      }
      if let parsed = parse(map, id: id, knowledge: knowledge, exercises: all, &diagnostics) { series.append(parsed) }
    }
    return Result(series: series, diagnostics: diagnostics)
  }

  static func parse(
    _ map: YAMLMap, id: String, knowledge: KnowledgeBase, exercises all: [Exercise], _ diagnostics: inout [Diagnostic]
  ) -> TrainingSeries? {
    func problem(_ message: Bilingual, _ key: String, _ severity: Diagnostic.Severity = .error) {
      diagnostics.append(Diagnostic(severity, file: file, line: map.line(of: key), id: id, message))
    }
    let title = map.required("title", id: id, &diagnostics) ?? id
    let titleEn = map.string("title_en", id: id, &diagnostics) ?? ""
    if titleEn.isEmpty { problem(Messages.diagNoTitleEn.both(), "title", .warning) }
    let levelText = map.required("level", id: id, &diagnostics) ?? ""
    let level = ExerciseLevel(rawValue: levelText)
    if level == nil, !levelText.isEmpty { problem(Messages.diagUnknownLevelPlain.both([.level: levelText]), "level") }
    let minutesText = map.required("minutes", id: id, &diagnostics) ?? ""
    let minutes = Int(minutesText) ?? 0
    if !(5...480).contains(minutes) { problem(Messages.diagSeriesMinutes.both(), "minutes") }
    let themes = map.strings("themes", id: id, &diagnostics)
    for theme in themes where knowledge.theme(theme) == nil {
      problem(Messages.diagUnknownTheme.both([.theme: theme]), "themes")
    }
    let ids = map.strings("exercises", id: id, &diagnostics)
    if ids.isEmpty { problem(Messages.diagSeriesNeedsExercise.both(), "exercises") }
    var repeated = Set<String>()
    for exercise in ids where !repeated.insert(exercise).inserted {
      problem(Messages.diagExerciseTwice.both([.id: exercise]), "exercises")
    }
    let known = Set(all.map(\.id))
    for exercise in ids where !known.contains(exercise) {
      problem(Messages.diagUnknownExercise.both([.id: exercise]), "exercises")
    }
    guard let level else { return nil }
    let series = TrainingSeries(
      id: id, title: Bilingual(fr: title, en: titleEn), level: level, minutes: minutes, themes: themes,
      exerciseIDs: ids, file: file, line: map.line)
    let members = series.exercises(from: all)
    for theme in themes where !members.contains(where: { $0.tags.contains(theme) }) {
      problem(Messages.diagThemeNotTagged.both([.theme: theme]), "themes")
    }
    let needed = series.exerciseMinutes(from: all)
    if minutes > 0, needed > minutes {
      problem(Messages.diagSeriesTooLong.both([.needed: "\(needed)", .minutes: "\(minutes)"]), "minutes")
    }
    if ids.count < TrainingScore.attestationMinimum {
      problem(
        Messages.diagSeriesNoAttestation.both([.count: "\(TrainingScore.attestationMinimum)"]), "exercises",
        .warning)
    }
    return series
  }
}

/// The lint check for series (see `Linter.checks`).
public enum TrainingSeriesLint {
  public static let check: Linter.Check = { knowledge in
    TrainingSeriesLoader.load(knowledge: knowledge).diagnostics
  }
}
