import Foundation
import Synchronization

/// The engine's results for the recorded answers of the declarations `sia verify` has
/// seen, keyed by those answers: a batch holds many declarations of the same few
/// situations, and the engine (with the answer and rule texts to gather) costs more
/// than a signature check. One verifier, one model: the key need not name the model.
/// Files are verified on several threads at once: each set of answers is assessed once,
/// by the first thread that needs it, and a thread that needs it meanwhile waits for
/// that result (`OnDemand`) rather than computing it again.
final class ReassessmentCache: Sendable {
  private let summaries = Mutex<[String: OnDemand<AssessmentSummary?>]>([:])
  private let verdicts = Mutex<[String: OnDemand<Verdict?>]>([:])

  static func key(_ declaration: Declaration) -> String {
    declaration.answers.map {
      $0.id + "\u{1}" + ($0.value ?? "") + "\u{3}" + ($0.values ?? []).joined(separator: "\u{3}")
    }.joined(separator: "\u{2}")
  }

  func summary(for declaration: Declaration, model: DecisionModel) -> AssessmentSummary? {
    let key = ReassessmentCache.key(declaration)
    let entry = summaries.withLock { entries in
      ReassessmentCache.entry(key, in: &entries) { DeclarationReassessment.summary(for: declaration, model: model) }
    }
    return entry.value
  }

  func verdict(for declaration: Declaration, model: DecisionModel) -> Verdict? {
    let key = ReassessmentCache.key(declaration)
    let entry = verdicts.withLock { entries in
      ReassessmentCache.entry(key, in: &entries) { DeclarationReassessment.verdict(for: declaration, model: model) }
    }
    return entry.value
  }

  /// The entry for `key`, made (not yet computed) when missing: the computation runs
  /// outside the table's lock, so threads assessing other answers are not held up.
  private static func entry<Value>(
    _ key: String, in entries: inout [String: OnDemand<Value>], make: @escaping () -> Value
  ) -> OnDemand<Value> {
    if let known = entries[key] { return known }
    let made = OnDemand(make)
    entries[key] = made
    return made
  }
}
