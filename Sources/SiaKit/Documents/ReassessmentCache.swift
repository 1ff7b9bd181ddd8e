import Foundation

/// The engine's results for the recorded answers of the declarations `sia verify` has
/// seen, keyed by those answers: a batch holds many declarations of the same few
/// situations, and the engine (with the answer and rule texts to gather) costs more
/// than a signature check. One verifier, one model: the key need not name the model.
final class ReassessmentCache: @unchecked Sendable {
  private var summaries: [String: AssessmentSummary?] = [:]
  private var verdicts: [String: Verdict?] = [:]
  private let lock = NSLock()

  static func key(_ declaration: Declaration) -> String {
    declaration.answers.map {
      $0.id + "\u{1}" + ($0.value ?? "") + "\u{3}" + ($0.values ?? []).joined(separator: "\u{3}")
    }.joined(separator: "\u{2}")
  }

  func summary(for declaration: Declaration, model: DecisionModel) -> AssessmentSummary? {
    let key = ReassessmentCache.key(declaration)
    if let known = lock.withLock({ summaries[key] }) { return known }
    let computed = DeclarationReassessment.summary(for: declaration, model: model)
    lock.withLock { summaries[key] = .some(computed) }
    return computed
  }

  func verdict(for declaration: Declaration, model: DecisionModel) -> Verdict? {
    let key = ReassessmentCache.key(declaration)
    if let known = lock.withLock({ verdicts[key] }) { return known }
    let computed = DeclarationReassessment.verdict(for: declaration, model: model)
    lock.withLock { verdicts[key] = .some(computed) }
    return computed
  }
}
