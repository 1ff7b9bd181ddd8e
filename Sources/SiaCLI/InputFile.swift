import Foundation
import SiaKit

/// Reads a file named on the command line, where `-` means standard input (the
/// convention every file argument follows: `sia assess --answers - < answers.yaml`).
/// With `-`, standard input is consumed, so a command that also asks questions on it
/// needs its non-interactive flags (`declare --accept-all`).
enum InputFile {
  static let standardInput = "-"

  static func read(_ path: String) -> Data? {
    if path == standardInput {
      // Standard input can be read once: kept, so a second reader (the registry hashes
      // the allowed-signers file it already parsed) sees the same bytes.
      if let stdin = readStandardInput { return stdin }
      let data = FileHandle.standardInput.readDataToEndOfFile()
      readStandardInput = data
      return data
    }
    return FileManager.default.contents(atPath: path)
  }

  nonisolated(unsafe) private static var readStandardInput: Data?

  /// A signed document goes with the files beside it (FILE.sig, FILE.approval,
  /// FILE.cert), which standard input cannot have: `-` there is a usage error that says
  /// so, not « file not found: - ».
  static func refuseStandardInput(_ paths: [String], lang: Lang) throws {
    guard paths.contains(standardInput) else { return }
    throw UserFacingError.usage(Messages.stdinNotADocument.text(lang))
  }

  /// How the file is named in messages and diagnostics.
  static func displayName(_ path: String) -> String {
    path == standardInput ? "<stdin>" : path
  }
}
