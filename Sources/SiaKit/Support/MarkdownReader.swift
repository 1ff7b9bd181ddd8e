/// One block of the guide's Markdown subset, as `MarkdownReader` reads it.
public struct MarkdownBlock: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// `#` … `######` and the title after them.
    case heading(level: Int)
    /// Lines of text, up to a blank line or another block.
    case paragraph
    /// One line `- text`, `* text` or `12. text` (the marker as written, without its space).
    case listItem(marker: Substring)
    /// Lines `> text`.
    case quote
    /// The lines between two fences (```` ``` ```` or `~~~`), as written.
    case code
  }

  public var kind: Kind
  /// The lines as written, trimmed, markers kept (`- text`, `## Title`, `> text`); the
  /// lines of a code block are not trimmed.
  public var source: [Substring]
  /// Whether one blank line or more comes before it.
  public var followsBlankLine: Bool

  /// The text of each line without its marker (`#`s and the space after them, `- `,
  /// `12. `, `> `); what the sentences, the terminal and the HTML show.
  public var lines: [Substring] {
    switch kind {
    case .heading: return source.map { $0.drop { $0 == "#" }.trimmed }
    case .paragraph, .code: return source
    case .listItem(let marker): return source.map { $0.dropFirst(marker.count + 1) }
    case .quote: return source.map { $0 == ">" ? $0.dropFirst() : $0.dropFirst(2) }
    }
  }

  /// The text of a heading, a list item or a one-line block.
  public var text: Substring { lines.first ?? "" }
}

/// Reads the Markdown subset of the guide, the FAQ answers and the documents into blocks,
/// for every renderer (terminal, `Sentences` for snippets, the « En bref » excerpt).
///
/// Written here rather than with Ink (which the machine carries): Ink's parser gives
/// HTML only — its blocks are internal types, and a `Modifier` sees each block as HTML
/// already rendered — so neither the terminal renderer nor the sentence splitter could
/// read its output without parsing HTML back. The subset is small: ATX headings, `-`,
/// `*` and numbered items of one line each, `> ` quotes, fenced code, paragraphs.
/// Inline syntax (`**bold**`, `` `code` ``) stays in the text, for each renderer.
///
/// Lines are trimmed of white space (`trimmed`) before they are classified, so an
/// indented `- item` is an item, as the renderers have always read it.
public enum MarkdownReader {
  public static func blocks(_ markdown: String) -> [MarkdownBlock] {
    var blocks: [MarkdownBlock] = []
    var blank = false
    var fence: Substring?
    var open = false  // the last block is a paragraph or a quote still taking lines
    for raw in markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      let line = Substring(raw)
      if let marker = fence {
        if line.trimmed.hasPrefix(marker) {
          fence = nil
        } else {
          blocks[blocks.count - 1].source.append(line)
        }
        continue
      }
      let trimmed = line.trimmed
      guard let first = trimmed.utf8.first else {
        blank = true
        open = false
        continue
      }
      let kind: MarkdownBlock.Kind
      if first == UInt8(ascii: "#") {
        kind = .heading(level: trimmed.prefix { $0 == "#" }.count)
      } else if let marker = listMarker(trimmed) {
        kind = .listItem(marker: marker)
      } else if trimmed == ">" || trimmed.hasPrefix("> ") {
        kind = .quote
      } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        fence = trimmed.prefix(3)
        blocks.append(MarkdownBlock(kind: .code, source: [], followsBlankLine: blank))
        blank = false
        open = false
        continue
      } else {
        kind = .paragraph
      }
      if open, let last = blocks.last, last.kind == kind, kind == .paragraph || kind == .quote {
        blocks[blocks.count - 1].source.append(trimmed)
      } else {
        blocks.append(MarkdownBlock(kind: kind, source: [trimmed], followsBlankLine: blank))
        open = kind == .paragraph || kind == .quote
      }
      blank = false
    }
    return blocks
  }

  /// `-` or `*` followed by a space, or digits followed by `. `: the marker.
  static func listMarker(_ line: Substring) -> Substring? {
    if line.hasPrefix("- ") || line.hasPrefix("* ") { return line.prefix(1) }
    // Only a line starting with a digit can be a numbered item, which spares the others
    // a search through Characters.
    guard line.first?.isNumber == true, let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber),
      line[line.index(after: dot)...].hasPrefix(" ")
    else { return nil }
    return line[...dot]
  }

  /// The blocks of the first section under a level-2 heading whose title starts with one
  /// of `titles`, up to the next heading of level 2 or 1 (none when there is no such
  /// heading).
  public static func section(_ blocks: [MarkdownBlock], titled titles: [String]) -> ArraySlice<MarkdownBlock> {
    let heading = blocks.firstIndex { block in
      block.kind == .heading(level: 2) && titles.contains { block.text.hasPrefix($0) }
    }
    guard let heading else { return [] }
    let start = blocks.index(after: heading)
    let end =
      blocks[start...].firstIndex {
        if case .heading(let level) = $0.kind { return level <= 2 }
        return false
      } ?? blocks.endIndex
    return blocks[start..<end]
  }
}
