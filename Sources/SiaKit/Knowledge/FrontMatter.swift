/// Splits a Markdown file into its YAML front matter (between two `---` lines) and body.
public struct FrontMatter {
  public var yaml: String
  /// Line number (1-based) of the first YAML line in the file.
  public var yamlLine: Int
  public var body: String
  /// Line number (1-based) of the first body line in the file.
  public var bodyLine: Int

  /// Nil when the file does not start with a `---` line or the front matter is not closed.
  public static func split(_ text: String) -> FrontMatter? {
    // Walk the lines lazily on Unicode scalars: only the front matter is cut into lines,
    // the body is one slice. (On Characters, "\r\n" is one Character and never "\n".)
    let scalars = text.unicodeScalars
    var lineNumber = 0
    var yamlStart: String.Index?
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let end = scalars[index...].firstIndex(of: "\n") ?? scalars.endIndex
      var line = String(scalars[index..<end])
      if line.unicodeScalars.last == "\r" { line.unicodeScalars.removeLast() }
      lineNumber += 1
      let next = end < scalars.endIndex ? scalars.index(after: end) : end
      if lineNumber == 1 {
        guard line.trimmed == "---" else { return nil }
        yamlStart = next
      } else if line.trimmed == "---", let yamlStart {
        var yaml = String(scalars[yamlStart..<index])
        if yaml.utf8.contains(13) { yaml = yaml.replacingOccurrences(of: "\r\n", with: "\n") }
        return FrontMatter(yaml: yaml, yamlLine: 2, body: String(scalars[next...]), bodyLine: lineNumber + 1)
      }
      index = next
    }
    return nil
  }
}
