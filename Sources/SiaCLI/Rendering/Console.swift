import Foundation
import SiaKit

/// Where everything the user sees goes: standard output (styled as `--color` and
/// NO_COLOR say), standard error for problems, and the transcript recorder
/// when `--record` is on. Every text from users or data files is neutralised first.
public final class Console {
  public let styled: Bool
  public let width: Int
  var recorder: TranscriptRecorder?

  public init(styled: Bool, width: Int, recorder: TranscriptRecorder? = nil) {
    self.styled = styled
    self.width = width
    self.recorder = recorder
  }

  public static func standard(environment env: [String: String], color: ColorChoice = .auto) -> Console {
    let tty = isatty(STDOUT_FILENO) == 1
    let styled = color.styles(terminal: tty, environment: env)
    var width = Int(env["COLUMNS"] ?? "") ?? 0
    if width <= 0, tty {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 { width = Int(size.ws_col) }
    }
    if width <= 0 { width = 80 }
    return Console(styled: styled, width: min(max(width, 40), 100))
  }

  /// Prints one block of text followed by a newline.
  public func say(_ text: String) {
    emit(text + "\n")
  }

  /// Prints a problem on standard error (recorded too, so transcripts show it).
  public func warn(_ text: String) {
    let line = text + "\n"
    try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
    recorder?.output(line)
  }

  /// Records what the user typed at a prompt (the terminal already showed it).
  public func echoInput(prompt: String, line: String) {
    recorder?.input(prompt: prompt, line: Sanitizer.neutralize(line))
  }

  public func bold(_ text: String) -> String { styled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  public func dim(_ text: String) -> String { styled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
  /// A matched term: bold on a terminal, `*term*` when piped.
  public func highlight(_ text: String) -> String { styled ? bold(text) : "*\(text)*" }

  public func clearScreen() {
    if styled { emit("\u{1B}[H\u{1B}[2J") }
  }

  func emit(_ text: String) {
    // A closed pipe (`sia … | head`) must end quietly, not trap inside FileHandle.write.
    try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    recorder?.output(text)
  }
}
