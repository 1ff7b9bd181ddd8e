import Foundation

/// File access for the knowledge loaders: sorted listings and UTF-8 reads that turn
/// every failure into a diagnostic.
public enum KnowledgeFiles {
  /// Files are refused above this size: no knowledge file is legitimately this large.
  public static let maxFileSize = 4 << 20

  /// Relative paths (`folder/name.suffix`) of the files in `root/folder`, sorted.
  public static func list(root: String, folder: String, suffix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(folder)")) ?? []
    return names.filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
  }

  /// Whether an optional file is there (a missing optional file is not a problem).
  public static func exists(root: String, relative: String) -> Bool {
    FileManager.default.fileExists(atPath: "\(root)/\(relative)")
  }

  public static func read(root: String, relative: String, _ diagnostics: inout [Diagnostic]) -> String? {
    let path = "\(root)/\(relative)"
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(Diagnostic(file: relative, line: 1, Messages.diagCannotRead))
      return nil
    }
    if data.count > maxFileSize {
      diagnostics.append(
        Diagnostic(
          file: relative, line: 1, Messages.diagFileTooLarge, [.bytes: "\(data.count)", .limit: "\(maxFileSize)"]))
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      let line = firstInvalidLine(data)
      diagnostics.append(Diagnostic(file: relative, line: line, Messages.diagInvalidUTF8))
      return nil
    }
    return text
  }

  static func firstInvalidLine(_ data: Data) -> Int {
    var line = 1
    var start = data.startIndex
    for index in data.indices where data[index] == 0x0A {
      if String(data: data[start..<index], encoding: .utf8) == nil { return line }
      line += 1
      start = index + 1
    }
    return line
  }
}
