import SiaKit

/// `sia train … --json`: one JSON report per mode of `sia train`, each naming itself by
/// `format` (docs/schemas/train.schema.json; `--summary` has train-summary.schema.json).
/// Titles and texts carry both languages ({fr, en}), as the knowledge files hold them.
enum TrainingJSON {
  /// `--list`: the exercises (those of --theme/--level if given), the curated series
  /// and the coverage by theme and level.
  struct Catalogue: Encodable {
    var format = "sia-training-list/1"
    var guideVersion: String
    var theme: String?
    var level: ExerciseLevel?
    var exercises: [ExerciseEntry]
    var series: [SeriesEntry]
    var coverage: [CoverageRow]
  }

  struct ExerciseEntry: Encodable {
    var id: String
    var title: Bilingual
    var theme: String
    var tags: [String]
    var level: ExerciseLevel
    var minutes: Int

    init(_ exercise: Exercise) {
      id = exercise.id
      title = exercise.title
      theme = exercise.theme
      tags = exercise.tags
      level = exercise.level
      minutes = exercise.minutes
    }
  }

  struct SeriesEntry: Encodable {
    var id: String
    var title: Bilingual
    var level: ExerciseLevel
    var minutes: Int
    var themes: [String]
    var exercises: [String]

    init(_ series: TrainingSeries) {
      id = series.id
      title = series.title
      level = series.level
      minutes = series.minutes
      themes = series.themes
      exercises = series.exerciseIDs
    }
  }

  /// Exercises tagged with a theme, per level (every tag counted, as in the text table).
  struct CoverageRow: Encodable {
    var theme: String
    var levels: [String: Int]
    var total: Int
  }

  /// `--exercise ID [--reveal]`: the exercise; the right letters and the feedback only
  /// when revealed, so a projector script cannot give the answer away by accident.
  struct OneExercise: Encodable {
    var format = "sia-training-exercise/1"
    var id: String
    var title: Bilingual
    var theme: String
    var tags: [String]
    var level: ExerciseLevel
    var minutes: Int
    var situation: Bilingual
    var choices: [Choice]
    var revealed: Bool
    var right: [String]?
    var read: [String]?
  }

  struct Choice: Encodable {
    var id: String
    var text: Bilingual
    var correct: Bool?
    var feedback: Bilingual?
  }

  /// `--answer-key`: the trainer's sheet of a series or of a seeded draw.
  struct AnswerKey: Encodable {
    var format = "sia-training-answer-key/1"
    var series: String?
    var seed: UInt64?
    var minutes: Int
    var exercises: [KeyEntry]
  }

  struct KeyEntry: Encodable {
    var id: String
    var title: Bilingual
    var right: [String]
    /// The first sentence of each right choice's feedback, by letter.
    var reasons: [String: Bilingual]
    var read: [String]
  }

  /// `sia train --json` (a session, answers read from standard input): the score at the
  /// end, or where it paused; the session's own text goes to standard error.
  struct Session: Encodable {
    var format = "sia-training-session/1"
    var finished: Bool
    var series: String?
    var seed: UInt64?
    var answered: Int
    var count: Int
    var right: Int
    var percent: Int
    var themes: [String: TrainingScore.Tally]
    var missed: [String]
    /// Earned: at least TrainingScore.attestationMinimum exercises and passingPercent.
    var attestationEarned: Bool
    /// The attestation written (finished and earned), and whether it was signed.
    var attestation: String?
    var signed = false

    init(state: TrainingSession, finished: Bool) {
      let score = state.score
      self.finished = finished
      series = state.plan.series
      seed = state.plan.series == nil ? state.plan.seed : nil
      answered = score.overall.total
      count = state.exerciseIDs.count
      right = score.overall.right
      percent = score.overall.percent
      themes = score.byTheme
      missed = score.missed
      attestationEarned =
        finished && count >= TrainingScore.attestationMinimum && score.overall.reaches(TrainingScore.passingPercent)
    }
  }

  /// `--certify FILE…`: what happened to each attestation.
  struct Certification: Encodable {
    var format = "sia-training-certification/1"
    var trainer: String
    var certified: Int
    var files: [CertifiedFile]
  }

  struct CertifiedFile: Encodable {
    var file: String
    var certified: Bool
    /// The countersignature written beside the attestation (certified only).
    var cert: String?
    var name: String?
    var right: Int?
    var total: Int?
    /// Why the file was not certified, in the interface language.
    var reason: String?
  }
}

extension TrainingCatalogueRenderer {
  func listJSON(theme: String?, level: ExerciseLevel?) -> TrainingJSON.Catalogue {
    let chosen = exercises.filter {
      (theme == nil || $0.tags.contains(theme ?? "")) && (level == nil || $0.level == level)
    }
    let unfiltered = theme == nil && level == nil
    let series = unfiltered ? TrainingSeriesLoader.load(knowledge: app.knowledge, exercises: exercises).series : []
    let coverage: [TrainingJSON.CoverageRow] =
      unfiltered
      ? app.knowledge.themes.map { theme in
        let tagged = exercises.filter { $0.tags.contains(theme.id) }
        let levels = Dictionary(
          uniqueKeysWithValues: ExerciseLevel.allCases.map { level in
            (level.rawValue, tagged.filter { $0.level == level }.count)
          })
        return TrainingJSON.CoverageRow(theme: theme.id, levels: levels, total: tagged.count)
      } : []
    return TrainingJSON.Catalogue(
      guideVersion: KnowledgeVersion.short(app.knowledge.version), theme: theme, level: level,
      exercises: chosen.sorted { ($0.theme, $0.level, $0.id) < ($1.theme, $1.level, $1.id) }
        .map(TrainingJSON.ExerciseEntry.init),
      series: series.map(TrainingJSON.SeriesEntry.init), coverage: coverage)
  }

  func exerciseJSON(_ id: String, reveal: Bool) throws -> TrainingJSON.OneExercise {
    let exercise = try exerciseNamed(id)
    return TrainingJSON.OneExercise(
      id: exercise.id, title: exercise.title, theme: exercise.theme, tags: exercise.tags, level: exercise.level,
      minutes: exercise.minutes, situation: exercise.situation,
      choices: exercise.choices.map {
        TrainingJSON.Choice(
          id: $0.id, text: $0.text, correct: reveal ? $0.correct : nil, feedback: reveal ? $0.feedback : nil)
      },
      revealed: reveal, right: reveal ? exercise.correctIDs.sorted() : nil, read: reveal ? exercise.cite : nil)
  }

  func answerKeyJSON(
    for seriesID: String?, theme: String?, level: ExerciseLevel?, count: Int?, seed: UInt64?
  ) throws -> TrainingJSON.AnswerKey {
    let plan: TrainingPlan
    if let seriesID {
      plan = TrainingPlan(series: try series(seriesID))
    } else {
      plan = TrainingPlan(
        theme: try self.theme(theme), level: level, count: count ?? TrainingPlan.defaultCount,
        seed: seed ?? 0)
    }
    let selected = plan.select(from: exercises)
    return TrainingJSON.AnswerKey(
      series: plan.series, seed: plan.series == nil ? plan.seed : nil,
      minutes: selected.reduce(0) { $0 + $1.minutes },
      exercises: selected.map { exercise in
        let right = exercise.choices.filter(\.correct)
        return TrainingJSON.KeyEntry(
          id: exercise.id, title: exercise.title, right: right.map(\.id),
          reasons: Dictionary(
            uniqueKeysWithValues: right.map {
              (
                $0.id,
                Bilingual(fr: Self.firstSentence($0.feedback.fr), en: Self.firstSentence($0.feedback.en))
              )
            }), read: exercise.citedSections)
      })
  }
}
