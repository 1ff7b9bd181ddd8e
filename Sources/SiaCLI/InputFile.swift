import Foundation

/// Reads a file named on the command line, where `-` means standard input (the
/// convention every file argument follows: `sia assess --answers - < answers.yaml`).
/// With `-`, standard input is consumed, so a command that also asks questions on it
/// needs its non-interactive flags (`declare --accept-all`).
enum InputFile {
  static let standardInput = "-"

  static func read(_ path: String) -> Data? {
    if path == standardInput { return FileHandle.standardInput.readDataToEndOfFile() }
    return FileManager.default.contents(atPath: path)
  }

  /// How the file is named in messages and diagnostics.
  static func displayName(_ path: String) -> String {
    path == standardInput ? "<stdin>" : path
  }
}
