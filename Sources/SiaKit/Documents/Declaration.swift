import Foundation

/// A usage declaration (or, for an `interdit` verdict the declarant contests, an
/// exemption request) as it is written and signed: the input, the commitments accepted,
/// the dates, an optional contest and the publication statement. Its canonical JSON is
/// the document's structured block.
public struct Declaration: Codable, Equatable, Sendable {
  public static let formatID = "sia-declaration/1"

  public var format: String
  public var kind: DocumentKind
  public var lang: Lang
  /// `YYYY-MM-DD` (UTC).
  public var date: String
  /// Last day of validity, `YYYY-MM-DD`.
  public var validUntil: String
  public var declarant: Person
  public var unit: ResearchUnit
  public var labHead: Person
  public var system: AISystem
  public var intendedUse: Bilingual
  public var data: [Bilingual]
  public var answers: [AnsweredQuestion]
  public var verdict: VerdictSummary
  public var commitments: [Commitment]
  public var tasks: [DelegatedTask]
  public var humanVerification: Bilingual
  /// The declarant's written justification when they disagree with the verdict.
  public var contest: String?
  public var publicationStatement: Bilingual
  public var guideVersion: String
  public var toolVersion: String
  /// The training attestation the declarant holds (absent in older documents).
  public var training: TrainingReference?
  /// The newest `reviewed` date of the guide (`YYYY-MM-DD`), shown beside the hash as a
  /// human date (absent in older documents).
  public var guideReviewed: String? = nil

  public var isContested: Bool { contest != nil }

  /// Whether the validity period is over on `date`.
  public func isExpired(on date: Date) -> Bool { isExpired(onDay: date.isoDay) }

  /// Whether the validity period is over on `day` (`YYYY-MM-DD`).
  public func isExpired(onDay day: String) -> Bool { day > validUntil }
}

/// A required action the declarant accepted, explicitly and one by one.
public struct Commitment: Codable, Equatable, Sendable {
  public var id: String
  public var text: Bilingual
  public var accepted: Bool

  public init(id: String, text: Bilingual, accepted: Bool) {
    self.id = id
    self.text = text
    self.accepted = accepted
  }
}
