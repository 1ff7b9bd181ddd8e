import Foundation

/// The results of a group (`sia train --summary FILES…`): who, with which score and
/// which kind of attestation; the success rate per theme over everyone's answers; the
/// exercises most often missed. Built from attestation files only, so a trainer can
/// collect them by e-mail; what `--json` prints (docs/schemas/train-summary.schema.json).
public struct TrainingGroupSummary: Codable, Sendable, Equatable {
  public static let formatID = "sia-training-summary/1"

  public struct Attendee: Codable, Sendable, Equatable {
    public var file: String
    public var name: String
    public var email: String
    public var date: String
    public var right: Int
    public var total: Int
    public var percent: Int
    public var kind: TrainingKind
    /// The trainer who countersigned (trainer-attested only).
    public var trainer: String?
  }

  public struct ThemeRate: Codable, Sendable, Equatable {
    public var id: String
    public var label: String
    public var right: Int
    public var total: Int
    public var percent: Int
  }

  public struct Missed: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// How many attendees got it wrong, out of `asked`.
    public var missed: Int
    public var asked: Int
  }

  /// A file that is not a readable attestation, and why (never silently dropped).
  public struct Rejected: Codable, Sendable, Equatable {
    public var file: String
    public var reason: String
  }

  /// One attestation read from a file, with its countersignature when verified.
  public struct Entry: Sendable {
    public var file: String
    public var attestation: TrainingAttestation
    public var certifier: TrainingCertification.Certifier?

    public init(file: String, attestation: TrainingAttestation, certifier: TrainingCertification.Certifier?) {
      self.file = file
      self.attestation = attestation
      self.certifier = certifier
    }
  }

  public var format: String
  public var attendees: [Attendee]
  public var themes: [ThemeRate]
  public var missed: [Missed]
  public var rejected: [Rejected]
}

extension TrainingGroupSummary {
  /// The summary of `entries`; an extension keeps the memberwise initialiser for tests.
  public init(entries: [Entry], rejected: [Rejected], exercises: [Exercise], themes: [Theme], lang: Lang) {
    format = Self.formatID
    let clean = Sanitizer.neutralize
    attendees = entries.map { entry in
      let attestation = entry.attestation
      return Attendee(
        file: clean(entry.file), name: clean(attestation.trainee.name), email: clean(attestation.trainee.email),
        date: clean(attestation.date), right: attestation.score.right, total: attestation.score.total,
        percent: attestation.score.percent, kind: entry.certifier == nil ? .selfDeclared : .trainerAttested,
        trainer: entry.certifier.map { clean($0.principal) })
    }
    // Themes in the knowledge base's order, then any other a file names.
    var tally: [String: (right: Int, total: Int, label: String)] = [:]
    var order: [String] = []
    for theme in entries.flatMap(\.attestation.themes) {
      if tally[theme.id] == nil { order.append(theme.id) }
      let previous = tally[theme.id] ?? (0, 0, theme.label)
      tally[theme.id] = (previous.right + theme.right, previous.total + theme.total, previous.label)
    }
    let known = themes.map(\.id)
    order.sort { (known.firstIndex(of: $0) ?? Int.max, $0) < (known.firstIndex(of: $1) ?? Int.max, $1) }
    let labels = Dictionary(themes.map { ($0.id, $0.label.pick(lang)) }, uniquingKeysWith: { first, _ in first })
    self.themes = order.compactMap { id in
      guard let value = tally[id] else { return nil }
      return ThemeRate(
        id: clean(id), label: labels[id] ?? clean(value.label), right: value.right, total: value.total,
        percent: value.total == 0 ? 0 : value.right * 100 / value.total)
    }
    var asked: [String: Int] = [:]
    var wrong: [String: Int] = [:]
    for result in entries.flatMap(\.attestation.exercises) {
      asked[result.id, default: 0] += 1
      if !result.correct { wrong[result.id, default: 0] += 1 }
    }
    let titles = Dictionary(exercises.map { ($0.id, $0.title.pick(lang)) }, uniquingKeysWith: { first, _ in first })
    missed = wrong.map { id, count in
      Missed(id: clean(id), title: titles[id] ?? clean(id), missed: count, asked: asked[id] ?? count)
    }.sorted { ($1.missed, $0.id) < ($0.missed, $1.id) }
    self.rejected = rejected
  }

  /// Reads attestation files; what is not one goes to `rejected` with the reason.
  public static func read(
    files: [String], signers: AllowedSigners?, now: Date
  ) -> (entries: [Entry], rejected: [Rejected]) {
    var entries: [Entry] = []
    var rejected: [Rejected] = []
    // A folder's signatures and countersignatures come along with `*`: they are not attestations.
    for file in files where !file.hasSuffix(".sig") && !file.hasSuffix(TrainingCertification.suffix) {
      guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
        rejected.append(Rejected(file: Sanitizer.neutralize(file), reason: "unreadable"))
        continue
      }
      switch AttestationDocument.parse(text) {
      case .success(let attestation):
        entries.append(
          Entry(
            file: file, attestation: attestation,
            certifier: TrainingCertification.certifier(of: file, signers: signers, now: now)))
      case .failure(let problem):
        rejected.append(Rejected(file: Sanitizer.neutralize(file), reason: Sanitizer.neutralize(problem.description)))
      }
    }
    return (entries, rejected)
  }
}
