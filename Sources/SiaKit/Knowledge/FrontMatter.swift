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
    // Split on the scalar "\n", not the Character: by Character, "\r\n" is one grapheme
    // (CRLF files had no front matter) and splitting costs grapheme breaking over the
    // whole file (a sixth of sia's start-up).
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.last == "\r" ? Substring($0.dropLast()) : Substring($0)
    }
    guard let first = lines.first, isFence(first) else { return nil }
    guard let end = lines.dropFirst().firstIndex(where: isFence) else { return nil }
    let yaml = lines[1..<end].joined(separator: "\n")
    let body = lines[(end + 1)...].joined(separator: "\n")
    return FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: end + 2)
  }

  /// A `---` line, blanks around it allowed (tab and Unicode space separators, as
  /// `CharacterSet.whitespaces`). Not Foundation's `trimmingCharacters`: it goes through
  /// NSString on Linux and was a quarter of sia's start-up (BENCHMARKS.md).
  static func isFence(_ line: Substring) -> Bool {
    let scalars = line.unicodeScalars
    let isBlank = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
    guard let start = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) })
    else { return false }
    return scalars[start...last].elementsEqual("---".unicodeScalars)
  }
}
