import Foundation
import SiaKit

/// `sia --record FILE`: writes the session in the transcript format of `Transcripts/`
/// (prompt + typed line, then the output), rewritten atomically after every line so a
/// crash leaves a complete file. Styling escapes are removed.
public final class TranscriptRecorder {
  let path: String
  var text = ""
  public private(set) var failure: String?

  public init(path: String) {
    self.path = path
  }

  func input(prompt: String, line: String) {
    text += prompt + line + "\n"
    flush()
  }

  func output(_ chunk: String) {
    text += TranscriptRecorder.stripStyles(chunk)
  }

  public func flush() {
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      failure = "\(error)"
    }
  }

  static func stripStyles(_ text: String) -> String {
    guard text.contains("\u{1B}[") else { return text }
    return text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*[A-Za-z]", with: "", options: .regularExpression)
  }
}
