/// What one read at the prompt gives.
public enum LineInput: Equatable {
  case line(String)
  /// Ctrl-C: the line is discarded.
  case interrupt
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// Reads lines at a prompt: `EditLineReader` on a terminal (libedit), `PlainLineReader`
/// when standard input is a pipe or a file, so sessions can be scripted and replayed.
public protocol LineReader: AnyObject {
  func read(prompt: String) -> LineInput
  /// Lines longer than this are cut (the session says so).
  var maxLineBytes: Int { get }
  /// Set when the last line was cut: its full size in bytes.
  var lastTruncatedSize: Int? { get }
  /// Remembers a line in the history (terminal only).
  func remember(_ line: String)
  /// Why history cannot be saved, once, if it cannot.
  func takeHistoryProblem() -> String?
  func close()
}

extension LineReader {
  public var maxLineBytes: Int { 64 * 1024 }
}
