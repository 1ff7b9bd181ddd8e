import Foundation

/// Where training files live under the state folder: the session in progress (rewritten
/// after every answer) and the attestations earned.
public struct TrainingStore: Sendable {
  public let paths: Paths

  public init(paths: Paths) { self.paths = paths }

  public var folder: String { "\(paths.stateFolder)/training" }
  public var progressFile: String { "\(folder)/session.json" }
  public var attestationFolder: String { "\(folder)/attestations" }

  public enum Failure: Error, CustomStringConvertible {
    case unreadable(String, String)

    public var description: String {
      switch self {
      case let .unreadable(path, reason): return "\(path): \(reason)"
      }
    }
  }

  /// Saves the session atomically, private to the user (0600 in a 0700 folder).
  public func save(_ session: TrainingSession) throws {
    try AtomicFile.makeFolder(folder)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    try AtomicFile.write(try encoder.encode(session), to: progressFile, mode: 0o600)
  }

  /// The saved session, nil when there is none; a damaged file is an error (never silently lost).
  public func load() throws -> TrainingSession? {
    guard FileManager.default.fileExists(atPath: progressFile) else { return nil }
    guard let data = FileManager.default.contents(atPath: progressFile) else {
      throw Failure.unreadable(progressFile, "cannot read the file")
    }
    do {
      return try JSONDecoder().decode(TrainingSession.self, from: data)
    } catch {
      throw Failure.unreadable(progressFile, "not a saved training session")
    }
  }

  /// Forgets the session in progress (it is finished or replaced).
  public func clear() {
    try? FileManager.default.removeItem(atPath: progressFile)
  }

  /// Writes an attestation under a dated name that never overwrites an earlier one, in
  /// the attestation's language: `attestation-formation-…` or `training-attestation-…`.
  public func saveAttestation(_ text: String, date: Date, lang: Lang = .fr) throws -> String {
    try AtomicFile.makeFolder(attestationFolder)
    let prefix = lang == .en ? "training-attestation" : "attestation-formation"
    let stem = "\(attestationFolder)/\(prefix)-\(date.isoDay)"
    for suffix in [""] + (2...99).map({ "-\($0)" }) {
      let path = "\(stem)\(suffix).md"
      do {
        try AtomicFile.write(text, to: path, mode: 0o600, overwrite: false)
        return path
      } catch AtomicFile.Failure.exists {
        continue
      }
    }
    throw AtomicFile.Failure.exists(stem + ".md")
  }

  /// Every attestation file, sorted by name (so by date).
  public func attestationFiles() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: attestationFolder)) ?? []
    return names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { "\(attestationFolder)/\($0)" }
  }
}
