import Foundation
import SiaKit

/// Where everything the user sees goes: standard output (styled as `--color` and
/// NO_COLOR say), standard error for problems, and the transcript recorder
/// when `--record` is on. It is the output boundary: every text it writes goes through
/// `Sanitizer.neutralize` whole, whatever it holds (a document's fields, a guide
/// passage, a YAML error quoting a value), and only then are sia's own styles turned
/// into escape sequences — so no byte from a file reaches the terminal raw, by
/// construction rather than by care at each call site. Nothing else in SiaCLI writes to
/// standard output or error (`OutputBoundaryTests` checks the sources).
public final class Console {
  public let styled: Bool
  public let width: Int
  var recorder: TranscriptRecorder?
  /// `sia train --json`: the session's text goes to standard error, so that standard
  /// output holds only the JSON report (`report`).
  var sessionOnStandardError = false

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

  /// One machine-readable block on standard output, even with `sessionOnStandardError`.
  func report(_ text: String) {
    write(finish(text + "\n"), toStandardOutput: true)
  }

  /// Prints a problem on standard error (recorded too, so transcripts show it).
  public func warn(_ text: String) {
    let line = finish(text + "\n")
    try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
    recorder?.output(line)
  }

  /// Records what the user typed at a prompt (the terminal already showed it).
  public func echoInput(prompt: String, line: String) {
    recorder?.input(prompt: prompt, line: Sanitizer.neutralize(line))
  }

  public func bold(_ text: String) -> String { styled ? StyleMarker.bold.text + text + StyleMarker.reset.text : text }
  public func dim(_ text: String) -> String { styled ? StyleMarker.dim.text + text + StyleMarker.reset.text : text }
  /// A matched term: bold on a terminal, `*term*` when piped.
  public func highlight(_ text: String) -> String { styled ? bold(text) : "*\(text)*" }

  public func clearScreen() {
    if styled { write("\u{1B}[H\u{1B}[2J") }
  }

  /// Writes text as is, with no newline (a prompt): neutralised like everything else.
  func emit(_ text: String) {
    write(finish(text))
  }

  /// Neutralises, then turns sia's style markers into escape sequences.
  func finish(_ text: String) -> String {
    StyleMarker.apply(Sanitizer.neutralize(text))
  }

  private func write(_ text: String, toStandardOutput: Bool = false) {
    let stream = sessionOnStandardError && !toStandardOutput ? FileHandle.standardError : FileHandle.standardOutput
    // A closed pipe (`sia … | head`) must end quietly, not trap inside FileHandle.write.
    try? stream.write(contentsOf: Data(text.utf8))
    recorder?.output(text)
  }
}

/// sia's own styles travel inside the text as markers no file can forge: a private-use
/// scalar, a nonce drawn at random when the process starts, the style's letter and
/// another private-use scalar. The Console replaces them after neutralising; a lookalike
/// in a file lacks the nonce and stays inert text.
enum StyleMarker: Character {
  case bold = "b"
  case dim = "d"
  case reset = "r"

  static let open: Character = "\u{F0000}"
  static let close: Character = "\u{F0001}"
  static let nonce: String = {
    var generator = SystemRandomNumberGenerator()
    return (0..<4).map { _ in String(generator.next() as UInt32, radix: 16) }.joined(separator: "-")
  }()

  var text: String { "\(StyleMarker.open)\(StyleMarker.nonce)\(rawValue)\(StyleMarker.close)" }

  var escape: String {
    switch self {
    case .bold: return "\u{1B}[1m"
    case .dim: return "\u{1B}[2m"
    case .reset: return "\u{1B}[0m"
    }
  }

  /// `open` as a scalar: looked for among scalars, a long text (a registry of 50,000
  /// lines, a batch of `sia verify` reports printed at once) is not split into
  /// characters just to learn it holds no style.
  static let openScalar: Unicode.Scalar = "\u{F0000}"

  static func apply(_ text: String) -> String {
    guard text.unicodeScalars.contains(openScalar) else { return text }
    var result = text
    for marker in [StyleMarker.bold, .dim, .reset] {
      result = result.replacingOccurrences(of: marker.text, with: marker.escape)
    }
    return result
  }
}
