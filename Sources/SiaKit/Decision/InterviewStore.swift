import Foundation

/// Saves the interview in progress under the state folder (`interview.json`, mode
/// 0600, written atomically) after every answer, so an interruption loses nothing.
public struct InterviewStore: Sendable {
  public let path: String

  public init(paths: Paths) { path = "\(paths.stateFolder)/interview.json" }

  public init(path: String) { self.path = path }

  public enum LoadResult: Equatable {
    case none
    case state(InterviewState)
    case unreadable(String)
  }

  public func save(_ state: InterviewState) throws {
    try AtomicFile.makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try AtomicFile.write(try encoder.encode(state), to: path, mode: 0o600)
  }

  public func load() -> LoadResult {
    guard let data = FileManager.default.contents(atPath: path) else { return .none }
    do {
      let state = try JSONDecoder().decode(InterviewState.self, from: data)
      guard state.version == InterviewState.formatVersion else { return .unreadable("format version \(state.version)") }
      return .state(state)
    } catch {
      return .unreadable("invalid JSON")
    }
  }

  public func delete() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
