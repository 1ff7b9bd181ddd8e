/// The one neutraliser for text on its way to a terminal: an escape sequence, a C1
/// control or a bidi control in a document, a guide file or a pasted line must never be
/// interpreted — not clear the screen, retitle the window, move the cursor, hide text
/// or reorder it. The CLI's `Console` runs every byte it writes through `neutralize`
/// (its own styles are added afterwards), so this holds by construction.
///
/// Tabs and newlines are kept; C0 controls become caret notation (`^[`, `^M`); DEL, C1
/// controls and bidi controls become `\u202E`-style escapes — the same text is then
/// still valid JSON, and decodes to the same value, when a `--json` output carries it.
public enum Sanitizer {
  public static func neutralize(_ text: String) -> String {
    guard !isInert(text) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if !isControl(scalar) {
        out.append(scalar)
      } else if scalar.value < 0x20 {
        out.append("^")
        out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
      } else {
        out.append(contentsOf: escaped(scalar).unicodeScalars)
      }
    }
    return String(out)
  }

  /// `\u` and four upper-case hex digits.
  static func escaped(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The bidi formatting characters (Unicode TR9): embeddings and overrides
  /// U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C.
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
  }

  /// What must not reach a terminal raw: C0 controls but tab and newline, DEL, C1
  /// controls, bidi controls.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v == 0x0A || v == 0x09 { return false }
    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || isBidiControl(scalar)
  }

  /// Whether `text` could be written to a terminal as is. Read from its UTF-8 bytes when
  /// it has them in one piece (every report `sia verify` prints passes here whole):
  /// decoding each scalar cost more than the look.
  public static func isInert(_ text: String) -> Bool {
    if let inert = text.utf8.withContiguousStorageIfAvailable({ hasNoControl($0) }) { return inert }
    return !text.unicodeScalars.contains(where: isControl)
  }

  /// `isControl` on the UTF-8 encoding of valid text: C0 but tab and newline, DEL, C1
  /// (`C2 80`–`C2 9F`), U+061C (`D8 9C`), U+200E/F (`E2 80 8E`/`8F`), U+202A–E
  /// (`E2 80 AA`–`AE`) and U+2066–9 (`E2 81 A6`–`A9`).
  static func hasNoControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      switch byte {
      case 0x09, 0x0A: break
      case 0x00..<0x20, 0x7F: return false
      case 0xC2:
        if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
      case 0xD8:
        if index + 1 < count, bytes[index + 1] == 0x9C { return false }
      case 0xE2:
        guard index + 2 < count else { break }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        if second == 0x80, third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third) { return false }
        if second == 0x81, (0xA6...0xA9).contains(third) { return false }
      default: break
      }
      index += 1
    }
    return true
  }
}
