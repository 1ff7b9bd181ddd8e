/// Sentences of a Markdown text (read by `MarkdownReader`): headings and code dropped,
/// list and quote markers, `**` and backticks removed, each line split after `.`, `!`,
/// `?` or `…` followed by a capital.
public enum Sentences {
  public static func split(_ markdown: String) -> [String] {
    var sentences: [String] = []
    for block in MarkdownReader.blocks(markdown) {
      switch block.kind {
      case .heading, .code: continue
      case .paragraph, .listItem, .quote:
        for line in block.lines { sentences += splitLine(withoutEmphasis(String(line))) }
      }
    }
    return sentences
  }

  /// The line without `**` and backticks: the same as removing every `**`, then
  /// every backtick, in one pass over the bytes and without Foundation's bridging.
  static func withoutEmphasis(_ line: String) -> String {
    let bytes = Array(line.utf8)
    guard bytes.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`") }) else { return line }
    var kept: [UInt8] = []
    kept.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "*"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
        i += 2
        continue
      }
      if bytes[i] != UInt8(ascii: "`") { kept.append(bytes[i]) }
      i += 1
    }
    return String(decoding: kept, as: UTF8.self)
  }

  /// Words whose period does not end a sentence ("art. L1110-4", "cf. Annexe").
  static let abbreviations: Set<String> = [
    "art", "arts", "cf", "ex", "al", "p", "pp", "vol", "n", "no", "dr", "m", "mme", "fig", "réf", "ref", "e.g", "i.e",
    "vs", "st", "env", "min", "max", "op", "cit", "éd", "ed", "eds",
  ]

  /// Scalars rather than Characters, as `splitLine` walks them; a combining mark
  /// belongs to the letter before it.
  static func isAbbreviation(_ before: Substring.UnicodeScalarView) -> Bool {
    let word = before.reversed().prefix { $0.properties.isAlphabetic || $0 == "." || TextFolding.isCombiningMark($0) }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: word.reversed())
    return abbreviations.contains(String(text).lowercased())
  }

  /// Cuts after an end mark followed by a space and a capital (or `«`), unless the
  /// mark is an abbreviation's period. Walks Unicode scalars: grapheme breaking
  /// (Characters) cost most of the snippet time, and a mark, a space or a capital
  /// followed by a combining mark is not one either way. Sentences are slices of the
  /// line, copied once.
  static func splitLine(_ line: String) -> [String] {
    // Most lines hold one sentence: no end mark followed by a space, nothing to cut.
    if !mayEndSentence(line) {
      let whole = String(line.trimmed)
      return whole.isEmpty ? [] : [whole]
    }
    var result: [String] = []
    let scalars = Substring(line).unicodeScalars
    var start = scalars.startIndex
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let scalar = scalars[i]
      let afterMark = scalars.index(after: i)
      defer { i = afterMark }
      guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "…", afterMark < scalars.endIndex,
        scalars[afterMark] == " "
      else { continue }
      let capital = scalars.index(after: afterMark)
      guard capital < scalars.endIndex else { continue }
      let next = scalars[capital]
      if next.properties.isUppercase || next == "«", !(scalar == "." && isAbbreviation(scalars[..<i])) {
        result.append(String(line[start..<afterMark].trimmed))
        start = afterMark
      }
    }
    let rest = String(line[start...].trimmed)
    if !rest.isEmpty { result.append(rest) }
    return result
  }

  /// Whether an end mark (`.`, `!`, `?`, `…`) is followed by a space somewhere.
  static func mayEndSentence(_ line: String) -> Bool {
    var last: UInt8 = 0, second: UInt8 = 0, third: UInt8 = 0
    for byte in line.utf8 {
      if byte == UInt8(ascii: " ") {
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return true }
        // … is E2 80 A6 in UTF-8.
        if third == 0xE2, second == 0x80, last == 0xA6 { return true }
      }
      (third, second, last) = (second, last, byte)
    }
    return false
  }
}
