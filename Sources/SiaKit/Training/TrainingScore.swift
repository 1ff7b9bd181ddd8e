/// The result of a session. The rule, stated once: an exercise is right when the set of
/// chosen letters is exactly the set of correct ones; the score is the number of right
/// exercises over the number asked. An exercise counts for every theme it is tagged
/// with, so per-theme totals may add up to more than the overall total.
public struct TrainingScore: Sendable, Equatable {
  public struct Tally: Sendable, Equatable, Codable {
    public var right: Int
    public var total: Int

    public init(right: Int, total: Int) {
      self.right = right
      self.total = total
    }

    /// Rounded down, so 79.9 % never shows as 80 %.
    public var percent: Int { total == 0 ? 0 : right * 100 / total }

    /// At least `threshold` percent, compared exactly (no rounding).
    public func reaches(_ threshold: Int) -> Bool { total > 0 && right * 100 >= threshold * total }
  }

  /// An attestation needs this many exercises…
  public static let attestationMinimum = 10
  /// …and at least this percentage of right answers; below it a theme is "to revisit".
  public static let passingPercent = 80

  public var overall: Tally
  /// Theme id → tally, for every theme met in the session.
  public var byTheme: [String: Tally]
  /// Exercise ids answered wrongly, in the order asked.
  public var missed: [String]

  public init(answers: [RecordedAnswer]) {
    overall = Tally(right: answers.filter(\.isCorrect).count, total: answers.count)
    var themes: [String: Tally] = [:]
    for answer in answers {
      for tag in Set(answer.tags) {
        var tally = themes[tag] ?? Tally(right: 0, total: 0)
        tally.total += 1
        if answer.isCorrect { tally.right += 1 }
        themes[tag] = tally
      }
    }
    byTheme = themes
    missed = answers.filter { !$0.isCorrect }.map(\.exerciseID)
  }

  /// Does the session earn an attestation?
  public var earnsAttestation: Bool {
    overall.total >= Self.attestationMinimum && overall.reaches(Self.passingPercent)
  }

  /// Theme ids in the order of `themes` (themes.yaml), unknown ones last by id.
  public func orderedThemes(_ themes: [Theme]) -> [String] {
    let order = Dictionary(themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    return byTheme.keys.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
  }

  /// Themes below the passing percentage, each with what to read again: the sections
  /// cited by the exercises missed in it that belong to the theme (all of their cited
  /// sections when none does), in theme order.
  public func themesToRevisit(knowledge: KnowledgeBase, exercises: [String: Exercise]) -> [(
    theme: String, sections: [String]
  )] {
    orderedThemes(knowledge.themes).compactMap { theme in
      guard let tally = byTheme[theme], !tally.reaches(Self.passingPercent) else { return nil }
      var seen = Set<String>()
      let cited = missed.compactMap { exercises[$0] }.filter { $0.tags.contains(theme) }
        .flatMap(\.cite).filter { seen.insert($0).inserted }
      let own = cited.filter { knowledge.section($0)?.tags.contains(theme) ?? false }
      return (theme, own.isEmpty ? cited : own)
    }
  }
}
