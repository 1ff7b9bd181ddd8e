/// Lays out a report's `Label : value` rows for the terminal: values in one column,
/// wrapped between words at the console width, continuation lines under the value. No
/// word is ever cut: one longer than the value column (a key fingerprint, a path) gets
/// a line of its own, less indented, where it fits.
///
/// Written here rather than with `wrap(_:width:indent:)` (MarkdownRenderer): that one
/// writes no-break spaces into the text, and `sia verify` must print the words it
/// verified as they are, at the speed the benchmark holds it to (a row that fits is
/// returned after one byte count).
enum ReportLines {
  /// The indent of a word too long for the value column.
  static let narrowIndent = "    "

  /// `prefix` (label and padding) then `text`, wrapped at `width` columns.
  static func wrapped(_ text: String, after prefix: String, width: Int) -> [String] {
    let indent = prefix.count
    // UTF-8 bytes never undercount characters: a row that fits this way fits.
    if indent + text.utf8.count <= width { return [prefix + text] }
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = prefix
    var used = indent
    var empty = true
    for word in words(text) {
      let length = word.count
      if !empty, used + 1 + length > width {
        lines.append(line)
        (line, used, empty) = (pad, indent, true)
      }
      if empty, indent + length > width, narrowIndent.count + length <= width {
        // Alone on a line at the value column it would still overflow: less indent.
        // The label on its own line first (a continuation row has none).
        if lines.isEmpty, line.contains(where: { $0 != " " }) { lines.append(trimmedEnd(line)) }
        lines.append(narrowIndent + word)
        (line, used, empty) = (pad, indent, true)
        continue
      }
      line += empty ? word : " " + word
      used += (empty ? 0 : 1) + length
      empty = false
    }
    if !empty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// The words of `text`, punctuation that must not start or end a line kept with its
  /// neighbour: « ` :` », « ` ;` », « ` »` », « ` —` » and a short number with the word
  /// before, « `« ` » with the word after (French typography puts a space there).
  static func words(_ text: String) -> [String] {
    var result: [String] = []
    var pendingOpen: String?
    for token in text.split(separator: " ", omittingEmptySubsequences: true) {
      if let open = pendingOpen {
        result.append(open + " " + token)
        pendingOpen = nil
      } else if token == "«" {
        pendingOpen = String(token)
      } else if let last = result.last, [":", ";", "?", "!", "»", "—"].contains(token) || isShortNumber(token) {
        result[result.count - 1] = last + " " + token
      } else {
        result.append(String(token))
      }
    }
    if let open = pendingOpen { result.append(open) }
    return result
  }

  /// `2)`, `12.`: a line number or a count stays with the word it counts ("(ligne 2)").
  static func isShortNumber(_ token: Substring) -> Bool {
    guard token.count <= 4, let first = token.first, first.isASCII, first.isNumber else { return false }
    return token.allSatisfy { ($0.isASCII && $0.isNumber) || ").,;:".contains($0) }
  }

  static func trimmedEnd(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
