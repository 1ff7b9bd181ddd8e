import SiaKit

/// What the REPL's features keep between two commands of a session: one property per
/// feature, each with its own type. It was a `[String: Any]` keyed by strings and read
/// back with `as?`, where a misspelt key or a wrong type silently read as nothing.
struct ReplFeatureState {
  /// The guide's index, built at the first question: start-up does not pay for it.
  var guideSearch: GuideSearch?
  /// The results of the last question, for `/plus`.
  var searchPage: SearchPage?
  /// The decision model, loaded once per session.
  var decisionModel: DecisionModel?
  /// The answers of the last interview completed.
  var lastAnswers: Answers?
  /// The assessment of the interview just finished, for `/declaration`.
  var assessment: AssessmentSummary?
  /// The arguments of a `/declaration` that stopped for a profile or a key (a file,
  /// `--sans-signature`): setting them up resumes it with the same ones.
  var awaitingDeclaration: String?
  /// A sentence describing a use, which `/evaluer` alone starts the interview from
  /// (consumed once).
  var pendingSentence: String?
  /// The scanner of `/verifier`, loaded at first use (word lists and lexicon).
  var textScanner: TextScanner?
  /// The report of the last `/verifier` (counts and masked excerpts, no text).
  var lastScan: ScanReport?
}
