/// A curated series a trainer runs with a group (`series.yaml`): a title, a level, the
/// time it takes, the themes it covers and its exercises in the order they are asked.
public struct TrainingSeries: Sendable, Hashable {
  public var id: String
  public var title: Bilingual
  public var level: ExerciseLevel
  /// The duration announced to the group (a one-hour session, say).
  public var minutes: Int
  /// Theme ids the series claims to cover; `sia lint` checks each is the tag of one of
  /// its exercises at least.
  public var themes: [String]
  public var exerciseIDs: [String]
  public var file: String
  public var line: Int

  public init(
    id: String, title: Bilingual, level: ExerciseLevel, minutes: Int, themes: [String], exerciseIDs: [String],
    file: String = "series.yaml", line: Int = 1
  ) {
    self.id = id
    self.title = title
    self.level = level
    self.minutes = minutes
    self.themes = themes
    self.exerciseIDs = exerciseIDs
    self.file = file
    self.line = line
  }

  /// The exercises of the series, in its order (missing ids are left out; lint reports them).
  public func exercises(from all: [Exercise]) -> [Exercise] {
    let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return exerciseIDs.compactMap { byID[$0] }
  }

  /// The time the exercises themselves take (their `minutes`), to compare with `minutes`.
  public func exerciseMinutes(from all: [Exercise]) -> Int {
    exercises(from: all).reduce(0) { $0 + $1.minutes }
  }
}
