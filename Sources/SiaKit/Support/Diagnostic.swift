/// A problem found while loading or checking data, reported as
/// `file:line: error: id: message` (the form editors and CI logs understand).
/// Parsers collect diagnostics and never print; exit codes are decided by the caller.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }

  public var severity: Severity
  public var file: String
  public var line: Int
  public var id: String?
  public var message: String

  public init(_ severity: Severity = .error, file: String, line: Int, id: String? = nil, message: String) {
    self.severity = severity
    self.file = file
    self.line = max(line, 1)
    self.id = id
    self.message = message
  }

  public var description: String {
    let subject = id.map { "\($0): " } ?? ""
    return "\(file):\(line): \(severity.rawValue): \(subject)\(message)"
  }
}

extension Array where Element == Diagnostic {
  public var hasErrors: Bool { contains { $0.severity == .error } }
  /// Sorted by file, then line, so reports are stable.
  public var sortedForReport: [Diagnostic] {
    sorted { ($0.file, $0.line, $0.message) < ($1.file, $1.line, $1.message) }
  }
}
