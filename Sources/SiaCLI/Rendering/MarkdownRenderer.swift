import SiaKit

/// Renders the guide's Markdown for the terminal: headings and `**bold**` in bold,
/// `-` lists as bullets, paragraphs wrapped to the console width. Piped output keeps
/// the same layout without escape sequences. The blocks come from `MarkdownReader`, as
/// for the sentences of the snippets and the « En bref » excerpt.
struct MarkdownRenderer {
  let console: Console

  func render(_ markdown: String) -> String {
    var out: [String] = []
    for block in MarkdownReader.blocks(Sanitizer.neutralize(markdown)) {
      if block.followsBlankLine, out.last != "" { out.append("") }
      switch block.kind {
      case .heading:
        if !out.isEmpty, out.last != "" { out.append("") }
        out.append(console.bold(stripInline(String(block.text))))
      case .paragraph:
        out += wrap(inline(block.lines.joined(separator: " ")), width: console.width, indent: "")
      case .listItem(let marker):
        let bullet = marker == "-" || marker == "*" ? "  • " : "  \(marker) "
        out += wrap(inline(String(block.text)), width: console.width, indent: bullet)
      case .quote:
        // The `> ` mark is shown as written, before the text wrapped as a paragraph.
        out += wrap(inline(block.source.joined(separator: " ")), width: console.width, indent: "")
      case .code:
        out += block.lines.map { "    " + $0 }
      }
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n")
  }

  /// `**bold**` → bold (or plain text when piped); `` `code` `` → code without backticks.
  func inline(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.range(of: "**") {
      result += rest[..<open.lowerBound]
      let after = rest[open.upperBound...]
      guard let close = after.range(of: "**") else {
        result += rest[open.lowerBound...]
        return result.replacingOccurrences(of: "`", with: "")
      }
      result += console.bold(String(after[..<close.lowerBound]))
      rest = after[close.upperBound...]
    }
    return (result + rest).replacingOccurrences(of: "`", with: "")
  }

  func stripInline(_ text: String) -> String {
    text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
  }
}

/// French typography: no line break between « » and their text, nor before : ; ? !
func bindFrenchPunctuation(_ text: String) -> String {
  guard
    text.contains("« ") || text.contains(" »") || text.contains(" :") || text.contains(" ;")
      || text.contains(" ?") || text.contains(" !")
  else { return text }
  var result = text.replacingOccurrences(of: "« ", with: "«\u{A0}").replacingOccurrences(of: " »", with: "\u{A0}»")
  for mark in [":", ";", "?", "!"] { result = result.replacingOccurrences(of: " " + mark, with: "\u{A0}" + mark) }
  return result
}

/// Wraps text at word boundaries; continuation lines are indented like the first
/// line's marker. Escape sequences do not count towards the width.
func wrap(_ text: String, width: Int, indent: String) -> [String] {
  let pad = String(repeating: " ", count: indent.count)
  var lines: [String] = []
  var current = indent
  var visible = indent.count
  for word in bindFrenchPunctuation(text).split(separator: " ", omittingEmptySubsequences: true) {
    let length = visibleLength(word)
    if visible > pad.count, visible + 1 + length > width {
      lines.append(current)
      current = pad + word
      visible = pad.count + length
    } else {
      let separator = visible > pad.count ? " " : ""
      current += separator + word
      visible += separator.count + length
    }
  }
  lines.append(current)
  return lines
}

func visibleLength<S: StringProtocol>(_ text: S) -> Int {
  var count = 0
  var inEscape = false
  var inMarker = false
  for character in text {
    if inMarker {
      if character == StyleMarker.close { inMarker = false }
    } else if inEscape {
      if character.isLetter { inEscape = false }
    } else if character == StyleMarker.open {
      inMarker = true
    } else if character == "\u{1B}" {
      inEscape = true
    } else {
      count += 1
    }
  }
  return count
}
