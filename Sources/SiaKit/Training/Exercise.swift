/// One training exercise (`exercises/<theme>.yaml`): a situation, 3 to 5 lettered
/// choices (one or several right), feedback for each, and the guide sections it rests on.
public struct Exercise: Sendable, Hashable {
  public var id: String
  public var level: ExerciseLevel
  /// Theme ids; the first is the exercise's main theme.
  public var tags: [String]
  /// A short title for lists and answer keys (`title`/`title_en`).
  public var title: Bilingual
  /// The time the exercise takes in a group session, discussion included (`minutes`,
  /// else `level.defaultMinutes`).
  public var minutes: Int
  public var situation: Bilingual
  public var choices: [ExerciseChoice]
  /// Sections the exercise rests on, shown with the correction and in "to revisit".
  public var cite: [String]
  /// Path relative to the knowledge folder and line of the entry, for diagnostics.
  public var file: String
  public var line: Int

  public init(
    id: String, level: ExerciseLevel, tags: [String], situation: Bilingual, choices: [ExerciseChoice],
    cite: [String], title: Bilingual? = nil, minutes: Int? = nil, file: String = "", line: Int = 1
  ) {
    self.id = id
    self.level = level
    self.title = title ?? Bilingual(fr: id, en: id)
    self.minutes = minutes ?? level.defaultMinutes
    self.tags = tags
    self.situation = situation
    self.choices = choices
    self.cite = cite
    self.file = file
    self.line = line
  }

  public var theme: String { tags.first ?? "" }

  /// The letters of the right choices.
  public var correctIDs: Set<String> { Set(choices.filter(\.correct).map(\.id)) }

  public func choice(_ id: String) -> ExerciseChoice? { choices.first { $0.id == id } }

  /// Every section the exercise points to: `cite:` first, then `[§id]` in the texts, without repeats.
  public var citedSections: [String] {
    var seen = Set<String>()
    let inText = choices.flatMap { CrossReference.ids(in: $0.feedback.fr + "\n" + $0.text.fr) }
    return (cite + CrossReference.ids(in: situation.fr) + inText).filter { seen.insert($0).inserted }
  }
}

/// One lettered answer of an exercise.
public struct ExerciseChoice: Sendable, Hashable {
  /// `a` to `e`.
  public var id: String
  public var text: Bilingual
  public var correct: Bool
  /// Why this choice is right or wrong, citing the guide.
  public var feedback: Bilingual
  public var line: Int

  public init(id: String, text: Bilingual, correct: Bool, feedback: Bilingual, line: Int = 1) {
    self.id = id
    self.text = text
    self.correct = correct
    self.feedback = feedback
    self.line = line
  }
}

/// The three levels of difficulty, named in French in the data files.
public enum ExerciseLevel: String, CaseIterable, Sendable, Codable, Comparable {
  case debutant, intermediaire, avance

  /// Parses the French ids and their English equivalents (`beginner`, `intermediate`, `advanced`).
  public init?(argument: String) {
    switch TextFolding.fold(argument) {
    case "debutant", "beginner": self = .debutant
    case "intermediaire", "intermediate": self = .intermediaire
    case "avance", "advanced": self = .avance
    default: return nil
    }
  }

  /// Minutes an exercise of this level takes in a group, reading and discussion included.
  public var defaultMinutes: Int {
    switch self {
    case .debutant: return 4
    case .intermediaire: return 6
    case .avance: return 8
    }
  }

  public func label(_ lang: Lang) -> String {
    switch self {
    case .debutant: return Messages.levelDebutant.text(lang)
    case .intermediaire: return Messages.levelIntermediaire.text(lang)
    case .avance: return Messages.levelAvance.text(lang)
    }
  }

  public static func < (a: ExerciseLevel, b: ExerciseLevel) -> Bool {
    allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
  }
}
