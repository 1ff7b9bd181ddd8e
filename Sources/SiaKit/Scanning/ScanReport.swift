/// What a scan found in one source: the findings (the first `storedLimit` of them;
/// counts cover all), per-category counts of findings at medium confidence or more,
/// and the conclusion. Holds no scanned text.
public struct ScanReport: Sendable {
  public var source: String
  public var findings: [ScanFinding] = []
  /// Findings not kept because of the limit (still counted).
  public var omitted = 0
  public var counts: [ScanCategory: Int] = [:]
  public var lines = 0
  public var bytes = 0

  public init(source: String) { self.source = source }

  public var total: Int { counts.values.reduce(0, +) }

  public var conclusion: ScanConclusion { ScanConclusion(counts: counts) }

  /// Counts of several reports added up (for `sia scan A B` and the declaration).
  public static func merged(_ reports: [ScanReport], source: String) -> ScanReport {
    var merged = ScanReport(source: source)
    for report in reports {
      merged.findings += report.findings
      merged.omitted += report.omitted
      merged.lines += report.lines
      merged.bytes += report.bytes
      merged.counts.merge(report.counts, uniquingKeysWith: +)
    }
    return merged
  }
}

/// The one-line verdict on a scanned text, in the guide's terms.
public struct ScanConclusion: Sendable, Equatable {
  public enum DataClass: String, Sendable {
    /// Nothing personal found, which is not a proof of anonymity.
    case nothingFound = "nothing-found"
    /// Quasi-identifiers only: personal data, not anonymous.
    case personal
    /// A direct identifier, a name, a date of birth or several quasi-identifiers.
    case identifying
  }

  public var dataClass: DataClass
  public var health: Bool
  public var secrets: Bool

  public init(counts: [ScanCategory: Int]) {
    func has(_ group: ScanGroup) -> Bool { counts.contains { $0.key.group == group && $0.value > 0 } }
    let quasi = counts.filter { $0.key.group == .quasiIdentifier && $0.key != .rareCondition && $0.value > 0 }
    let direct = has(.directIdentifier) || has(.name) || (counts[.birthDate] ?? 0) > 0
    if direct || quasi.count >= 2 {
      dataClass = .identifying
    } else if !quasi.isEmpty {
      dataClass = .personal
    } else {
      dataClass = .nothingFound
    }
    let healthWords = counts[.health] ?? 0
    let rare = counts[.rareCondition] ?? 0
    // One medical word in a text about nothing else is not yet health data.
    health = rare > 0 || healthWords >= 2 || (healthWords >= 1 && dataClass != .nothingFound)
    secrets = has(.secret)
  }

  /// The answers of the interview the scan supports (question id → option ids of
  /// `Knowledge/questions.yaml`): the data given, their form, and whether they hold
  /// secrets. Quasi-identifiers alone still make personal data (pseudonymised at best).
  public var suggestedAnswers: [(question: String, values: [String])] {
    var answers: [(String, [String])] = []
    var data: [String] = []
    if dataClass != .nothingFound { data.append("personnelles") }
    if health { data.append("sante") }
    if !data.isEmpty {
      answers.append(("donnees", data))
      answers.append(("identifiabilite", [dataClass == .identifying ? "identifiantes" : "pseudonymisees"]))
    }
    if secrets { answers.append(("secrets", ["oui"])) }
    return answers
  }
}

/// A scan problem travels in a `Result`.
extension LocalizedProblem: Error {}
