/// Reads `exercises/*.yaml` into `Exercise` values and reports every problem with its
/// file and line: structure (fields, level, 3–5 lettered choices, a right answer,
/// feedback everywhere) and references (themes, sections, unique ids). Exercises with
/// errors are left out, so one typo does not stop a training session.
public enum ExerciseLoader {
  public struct Result: Sendable {
    public var exercises: [Exercise]
    public var diagnostics: [Diagnostic]
  }

  public static let folder = "exercises"
  static let exerciseFields: Set<String> = [
    "id", "level", "title", "title_en", "minutes", "tags", "situation", "situation_en", "choices", "cite",
  ]
  static let choiceFields: Set<String> = ["id", "text", "text_en", "correct", "feedback", "feedback_en"]
  static let letters = ["a", "b", "c", "d", "e"]
  static let choiceRange = 3...5

  /// Loads and checks every exercise against the guide in `knowledge`; sorted by file, then position.
  public static func load(knowledge: KnowledgeBase) -> Result {
    var diagnostics: [Diagnostic] = []
    var exercises: [Exercise] = []
    var entries: [(id: String, file: String, line: Int)] = []
    let files = KnowledgeFiles.list(root: knowledge.root, folder: folder, suffix: ".yaml")
    if files.isEmpty {
      diagnostics.append(Diagnostic(.warning, file: folder, line: 1, Messages.diagNoExerciseFile))
    }
    for relative in files {
      guard let text = KnowledgeFiles.read(root: knowledge.root, relative: relative, &diagnostics) else { continue }
      let document = YAMLDocument(file: relative, text: text, diagnostics: &diagnostics)
      for map in document.rootList(&diagnostics) {
        var ignored: [Diagnostic] = []
        if let id = map.string("id", &ignored) { entries.append((id, relative, map.line)) }
        var problems: [Diagnostic] = []
        let parsed = ExerciseParser(map: map, knowledge: knowledge).parse(&problems)
        diagnostics += problems
        if let parsed, !problems.hasErrors { exercises.append(parsed) }
      }
    }
    diagnostics += duplicates(in: entries, knowledge: knowledge)
    var seen = Set<String>()
    exercises = exercises.filter { seen.insert($0.id).inserted }
    return Result(exercises: exercises, diagnostics: diagnostics)
  }

  /// Ids must be unique across every file (entries with errors included) and must not
  /// clash with a section id.
  static func duplicates(in entries: [(id: String, file: String, line: Int)], knowledge: KnowledgeBase) -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    var first: [String: (file: String, line: Int)] = [:]
    for entry in entries {
      if let other = first[entry.id] {
        diagnostics.append(
          Diagnostic(
            file: entry.file, line: entry.line, id: entry.id,
            Messages.diagDuplicateExercise, [.where: "\(other.file):\(other.line)"]))
      } else {
        first[entry.id] = (entry.file, entry.line)
      }
      if knowledge.section(entry.id) != nil {
        diagnostics.append(
          Diagnostic(file: entry.file, line: entry.line, id: entry.id, Messages.diagExerciseClashesSection)
        )
      }
    }
    return diagnostics
  }
}

/// The lint check for exercises (see `Linter.checks`).
public enum ExerciseLint {
  public static let check: Linter.Check = { knowledge in
    ExerciseLoader.load(knowledge: knowledge).diagnostics
  }
}
