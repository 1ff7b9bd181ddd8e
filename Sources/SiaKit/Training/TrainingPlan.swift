/// Which exercises a session asks, in which order: a filter (theme, level), a count and
/// a seed. The same plan over the same exercises always gives the same list.
public struct TrainingPlan: Codable, Sendable, Equatable {
  /// Theme id: keeps exercises tagged with it (main theme or not).
  public var theme: String?
  public var level: ExerciseLevel?
  public var count: Int
  public var seed: UInt64
  /// A curated series (`series.yaml`): its id, and its exercises in their fixed order,
  /// which replace the seeded draw.
  public var series: String?
  public var seriesExercises: [String]?

  /// An attestation needs at least this many exercises, so it is the default length.
  public static let defaultCount = 10

  public init(theme: String? = nil, level: ExerciseLevel? = nil, count: Int = TrainingPlan.defaultCount, seed: UInt64) {
    self.theme = theme
    self.level = level
    self.count = count
    self.seed = seed
  }

  /// The plan of a curated series: its exercises, in its order.
  public init(series: TrainingSeries) {
    self.init(count: series.exerciseIDs.count, seed: 0)
    self.series = series.id
    seriesExercises = series.exerciseIDs
  }

  /// A series' exercises in its order; otherwise the exercises matching the filter,
  /// sorted by id then shuffled with the seed, cut to `count`.
  public func select(from exercises: [Exercise]) -> [Exercise] {
    if let seriesExercises {
      let byID = Dictionary(exercises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
      return seriesExercises.compactMap { byID[$0] }
    }
    let matching =
      exercises
      .filter { theme == nil || $0.tags.contains(theme ?? "") }
      .filter { level == nil || $0.level == level }
      .sorted { $0.id < $1.id }
    var generator = SplitMix64(seed: seed)
    return Array(generator.shuffled(matching).prefix(max(count, 0)))
  }

  /// A seed for a session started without `--seed`; shown so the session can be replayed.
  public static func randomSeed() -> UInt64 {
    UInt64.random(in: 1...999_999)
  }
}
