import Foundation

/// A finished assessment not yet declared: the answers it was made of, the sentence it
/// started from (the use in the person's own words) and its verdict. Kept until it is
/// declared or discarded, so `/declaration` works after a restart or a crash, and after
/// leaving to set up a profile or a key.
public struct SavedEvaluation: Sendable, Equatable, Codable {
  public static let formatVersion = 1

  public var version: Int
  public var answers: Answers
  /// The sentence given to `/evaluer`, if any.
  public var sentence: String?
  /// When the interview started and ended (ISO 8601, from `Clock`).
  public var startedAt: String
  public var finishedAt: String
  public var verdict: Verdict
  /// The text check that informed the answers, counts only (absent when none).
  public var scan: ScanRecord?

  public init(
    answers: Answers, sentence: String?, startedAt: String, finishedAt: String, verdict: Verdict,
    scan: ScanRecord? = nil
  ) {
    version = SavedEvaluation.formatVersion
    self.answers = answers
    self.sentence = sentence
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.verdict = verdict
    self.scan = scan
  }
}

/// Keeps the undeclared evaluation under the state folder (`evaluation.json`, mode
/// 0600, written atomically like the interview), next to `interview.json`.
public struct EvaluationStore: Sendable {
  public let path: String

  public init(paths: Paths) { path = "\(paths.stateFolder)/evaluation.json" }

  public init(path: String) { self.path = path }

  public enum LoadResult: Equatable {
    case none
    case evaluation(SavedEvaluation)
    case unreadable(String)
  }

  public func save(_ evaluation: SavedEvaluation) throws {
    try AtomicFile.makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try AtomicFile.write(try encoder.encode(evaluation), to: path, mode: 0o600)
  }

  public func load() -> LoadResult {
    guard let data = FileManager.default.contents(atPath: path) else { return .none }
    do {
      let evaluation = try JSONDecoder().decode(SavedEvaluation.self, from: data)
      guard evaluation.version == SavedEvaluation.formatVersion else {
        return .unreadable("format version \(evaluation.version)")
      }
      return .evaluation(evaluation)
    } catch {
      return .unreadable("invalid JSON")
    }
  }

  /// The evaluation, nil when there is none or it cannot be read.
  public var saved: SavedEvaluation? {
    if case let .evaluation(evaluation) = load() { return evaluation }
    return nil
  }

  public func delete() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
