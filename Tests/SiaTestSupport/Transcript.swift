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

  /// The lines to write when re-recording a session: the actual output, except that an
  /// expected `(glob)`/`(re)` line the output still satisfies is kept as written — a
  /// key fingerprint, a temporary path or a guide hash stays a pattern. The lines are
  /// paired by the longest common subsequence (a line inserted or removed elsewhere
  /// does not shift the pairing); an expected line left unpaired is dropped.
  public static func rerecorded(expected: [String], actual: [String]) -> [String] {
    let isPattern = expected.map { $0.hasSuffix(" (re)") || $0.hasSuffix(" (glob)") }
    guard isPattern.contains(true) else { return actual }
    let n = expected.count
    let m = actual.count
    var regexes: [Int: Regex<AnyRegexOutput>] = [:]
    for (i, line) in expected.enumerated() where line.hasSuffix(" (re)") {
      regexes[i] = try? Regex(String(line.dropLast(5)))
    }
    func matches(_ i: Int, _ j: Int) -> Bool {
      if expected[i] == actual[j] { return true }
      guard isPattern[i] else { return false }
      if let regex = regexes[i] { return (try? regex.wholeMatch(in: actual[j])) != nil }
      return expected[i].hasSuffix(" (glob)") && globMatches(Array(expected[i].dropLast(7)), Array(actual[j]))
    }
    // lengths[i][j]: the longest common subsequence of expected[i...] and actual[j...].
    var lengths = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i][j] = matches(i, j) ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var result: [String] = []
    var i = 0
    var j = 0
    while j < m {
      if i < n && matches(i, j) && lengths[i][j] == lengths[i + 1][j + 1] + 1 {
        result.append(expected[i])
        i += 1
        j += 1
      } else if i < n && lengths[i + 1][j] >= lengths[i][j + 1] {
        i += 1
      } else {
        result.append(actual[j])
        j += 1
      }
    }
    return result
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
