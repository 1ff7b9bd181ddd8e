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
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
    guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
    guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
      return nil
    }
    let yaml = lines[1..<end].joined(separator: "\n")
    let body = lines[(end + 1)...].joined(separator: "\n")
    return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: end + 2)
  }
}
