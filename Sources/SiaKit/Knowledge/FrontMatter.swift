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
    // Walk the lines lazily: only the front matter is cut into lines, the body is one slice.
    var lineNumber = 0
    var yamlStart: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      let end = text[index...].firstIndex(of: "\n") ?? text.endIndex
      var line = text[index..<end]
      if line.hasSuffix("\r") { line = line.dropLast() }
      lineNumber += 1
      let next = end < text.endIndex ? text.index(after: end) : end
      if lineNumber == 1 {
        guard line.trimmed == "---" else { return nil }
        yamlStart = next
      } else if line.trimmed == "---", let yamlStart {
        var yaml = String(text[yamlStart..<index])
        if yaml.utf8.contains(13) { yaml = yaml.replacingOccurrences(of: "\r\n", with: "\n") }
        return FrontMatter(yaml: yaml, yamlLine: 2, body: String(text[next...]), bodyLine: lineNumber + 1)
      }
      index = next
    }
    return nil
  }
}
