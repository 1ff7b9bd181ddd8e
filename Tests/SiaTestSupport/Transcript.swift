import SiaKit

/// A golden REPL session from `Transcripts/` (format in `Transcripts/README.md`):
/// `%` directives at the top, then the recorded session, where a line starting with a
/// prompt (`sia> `, `sia[…]> `) carries what the user typed and the lines after it are
/// the expected output. `% restart` between two parts starts a new process with the
/// same home folder (to test resuming).
public struct Transcript: Equatable, Sendable {
  public struct Session: Equatable, Sendable {
    /// What the user typed, in order; `^D` ends the input.
    public var inputs: [String]
    /// The expected record of this session, line by line.
    public var expected: [String]
  }

  public var arguments: [String] = []
  public var environment: [String: String] = [:]
  /// Shell commands run before the session, in its home folder, with `sia` on PATH.
  public var setup: [String] = []
  public var sessions: [Session] = []
  /// The directive lines, kept verbatim so a re-recorded file keeps them.
  public var header: [String] = []

  public static let restartMarker = "% restart"

  public static func parse(_ text: String) -> Transcript {
    var transcript = Transcript()
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    var index = 0
    while index < lines.count, lines[index].hasPrefix("%") {
      let line = lines[index]
      transcript.header.append(line)
      let body = String(line.dropFirst().trimmed)
      if body.hasPrefix("args:") {
        transcript.arguments += splitArguments(String(body.dropFirst(5)))
      } else if body.hasPrefix("env:") {
        let assignment = String(body.dropFirst(4).trimmed)
        if let equals = assignment.firstIndex(of: "=") {
          transcript.environment[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
      } else if body.hasPrefix("setup:") {
        transcript.setup.append(String(body.dropFirst(6).trimmed))
      }
      index += 1
    }
    var current = Session(inputs: [], expected: [])
    for line in lines[index...] {
      if line == restartMarker {
        transcript.sessions.append(current)
        current = Session(inputs: [], expected: [])
        continue
      }
      current.expected.append(line)
      if let input = promptInput(line) { current.inputs.append(input) }
    }
    transcript.sessions.append(current)
    return transcript
  }

  /// The typed text when `line` starts with a prompt: `sia> ` or `sia[…]> `.
  public static func promptInput(_ line: String) -> String? {
    guard line.hasPrefix("sia") else { return nil }
    var rest = line.dropFirst(3)
    if rest.hasPrefix("[") {
      guard let close = rest.firstIndex(of: "]") else { return nil }
      rest = rest[rest.index(after: close)...]
    }
    guard rest.hasPrefix("> ") || rest == ">" else { return nil }
    return String(rest.dropFirst(min(2, rest.count)))
  }

  /// Does an actual output line satisfy an expected one? Expected lines ending in
  /// ` (re)` are regular expressions (whole line); ` (glob)` allow `*` and `?`.
  public static func lineMatches(expected: String, actual: String) -> Bool {
    if expected == actual { return true }
    if expected.hasSuffix(" (re)") {
      let pattern = String(expected.dropLast(5))
      guard let regex = try? Regex(pattern) else { return false }
      return (try? regex.wholeMatch(in: actual)) != nil
    }
    if expected.hasSuffix(" (glob)") {
      return globMatches(Array(expected.dropLast(7)), Array(actual))
    }
    return false
  }

  static func globMatches(_ pattern: [Character], _ text: [Character]) -> Bool {
    var p = 0, t = 0, star = -1, mark = 0
    while t < text.count {
      if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
        p += 1
        t += 1
      } else if p < pattern.count, pattern[p] == "*" {
        star = p
        mark = t
        p += 1
      } else if star >= 0 {
        p = star + 1
        mark += 1
        t = mark
      } else {
        return false
      }
    }
    while p < pattern.count, pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }

  /// Splits `--lang en --answers "a b.yaml"` into arguments (double quotes group).
  static func splitArguments(_ text: String) -> [String] {
    var arguments: [String] = []
    var current = ""
    var quoted = false
    var started = false
    for character in text {
      if character == "\"" {
        quoted.toggle()
        started = true
      } else if character == " " && !quoted {
        if started { arguments.append(current) }
        current = ""
        started = false
      } else {
        current.append(character)
        started = true
      }
    }
    if started { arguments.append(current) }
    return arguments
  }
}
