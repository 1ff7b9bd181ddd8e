/// Sentences of a Markdown text: headings dropped, list markers, `**` and backticks
/// removed, each line split after `.`, `!`, `?` or `…` followed by a capital.
public enum Sentences {
  public static func split(_ markdown: String) -> [String] {
    var sentences: [String] = []
    for raw in markdown.split(separator: "\n") {
      var line = String(raw.trimmed)
      if line.isEmpty || line.hasPrefix("#") { continue }
      for marker in ["- ", "* ", "> "] where line.hasPrefix(marker) { line = String(line.dropFirst(2)) }
      if let dot = line.firstIndex(of: "."), dot > line.startIndex, line[..<dot].allSatisfy(\.isNumber),
        line[line.index(after: dot)...].hasPrefix(" ")
      {
        line = String(line[line.index(dot, offsetBy: 2)...])
      }
      line = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
      sentences += splitLine(line)
    }
    return sentences
  }

  /// Words whose period does not end a sentence ("art. L1110-4", "cf. Annexe").
  static let abbreviations: Set<String> = [
    "art", "arts", "cf", "ex", "al", "p", "pp", "vol", "n", "no", "dr", "m", "mme", "fig", "réf", "ref", "e.g", "i.e",
    "vs", "st", "env", "min", "max", "op", "cit", "éd", "ed", "eds",
  ]

  static func isAbbreviation(_ before: ArraySlice<Character>) -> Bool {
    let word = before.reversed().prefix { $0.isLetter || $0 == "." }.reversed()
    return abbreviations.contains(String(word).lowercased())
  }

  static func splitLine(_ line: String) -> [String] {
    var result: [String] = []
    var current = ""
    let characters = Array(line)
    for (i, character) in characters.enumerated() {
      current.append(character)
      guard ".!?…".contains(character), i + 2 < characters.count, characters[i + 1] == " " else { continue }
      let next = characters[i + 2]
      if next.isUppercase || next == "«", !(character == "." && isAbbreviation(characters[..<i])) {
        result.append(String(current.trimmed))
        current = ""
      }
    }
    let rest = String(current.trimmed)
    if !rest.isEmpty { result.append(rest) }
    return result
  }
}
