import Foundation

/// Turns a `DeclarationInput` and the declarant's choices into a `Declaration`, or
/// says why none can be produced: a refused commitment, an `interdit` verdict without
/// a justification, an incomplete profile. Nothing is written here.
public struct DeclarationBuilder {
  public var input: DeclarationInput
  /// Ids of the required actions the declarant accepted.
  public var acceptedActions: Set<String>
  /// A written justification: the declarant disagrees with the verdict.
  public var justification: String?
  public var date: Date
  public var validityMonths: Int
  public var lang: Lang

  public init(
    input: DeclarationInput, acceptedActions: Set<String>, justification: String? = nil, date: Date,
    validityMonths: Int = 12, lang: Lang
  ) {
    self.input = input
    self.acceptedActions = acceptedActions
    self.justification = justification
    self.date = date
    self.validityMonths = validityMonths
    self.lang = lang
  }

  public func build() throws -> Declaration {
    let profile = Profile(declarant: input.declarant, unit: input.unit, labHead: input.labHead)
    guard profile.isComplete else {
      throw DeclarationRefusal.incompleteProfile(profile.missingFields + profile.invalidEmails)
    }
    let assessment = input.assessment
    let contest = justification.map { String($0.trimmed) }.flatMap { $0.isEmpty ? nil : $0 }
    if justification != nil && contest == nil { throw DeclarationRefusal.emptyJustification }
    let forbidden = assessment.verdict.id == .interdit
    if forbidden && contest == nil { throw DeclarationRefusal.forbidden(alternative: assessment.verdict.alternative) }
    // An exemption request argues against the verdict: it commits to nothing yet.
    if !forbidden, let refused = assessment.actions.first(where: { !acceptedActions.contains($0.id) }) {
      throw DeclarationRefusal.commitmentRefused(refused)
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let end = calendar.date(byAdding: .month, value: max(1, validityMonths), to: date) ?? date
    return Declaration(
      format: Declaration.formatID, kind: forbidden ? .exemptionRequest : .declaration, lang: lang, date: date.isoDay,
      validUntil: end.isoDay, declarant: input.declarant, unit: input.unit, labHead: input.labHead,
      system: assessment.system, intendedUse: assessment.intendedUse, data: assessment.data,
      answers: assessment.answers.map { $0.written(as: Declaration.formatID) },
      verdict: assessment.verdict,
      commitments: forbidden ? [] : assessment.actions.map { Commitment(id: $0.id, text: $0.text, accepted: true) },
      tasks: assessment.tasks, humanVerification: assessment.humanVerification, contest: contest,
      publicationStatement: PublicationStatement.make(
        system: assessment.system, tasks: assessment.tasks, verification: assessment.humanVerification),
      guideVersion: input.guideVersion, toolVersion: input.toolVersion, training: input.training,
      guideReviewed: input.guideReviewed, scan: input.scan)
  }
}

/// Why no declaration was produced.
public enum DeclarationRefusal: Error, Equatable {
  case commitmentRefused(RequiredAction)
  /// `interdit` and no justification: only the refusal and the allowed alternative.
  case forbidden(alternative: Bilingual?)
  case emptyJustification
  case incompleteProfile([String])

  public func text(_ lang: Lang) -> String {
    switch self {
    case .commitmentRefused(let action):
      return Messages.declRefusedCommitment.text(lang, [.commitment: Sanitizer.neutralize(action.text.pick(lang))])
    case .forbidden(let alternative):
      let refusal = Messages.declForbidden.text(lang)
      guard let alternative else { return refusal }
      return refusal + "\n"
        + Messages.declAlternative.text(lang, [.alternative: Sanitizer.neutralize(alternative.pick(lang))])
    case .emptyJustification: return Messages.declEmptyJustification.text(lang)
    case .incompleteProfile(let fields):
      return Messages.profileIncomplete.text(lang, [.fields: fields.joined(separator: " ")])
    }
  }
}
