/// Neutralises control characters before text from users or data files reaches a
/// terminal: an escape sequence in a guide file or a pasted line must never be
/// interpreted. Tabs and newlines are kept; other controls become visible (`^[`, `\u{85}`).
public enum Sanitizer {
  public static func neutralize(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if !isControl(scalar) {
        out.append(scalar)
      } else if scalar.value < 0x20 {
        out.append("^")
        out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
      } else if scalar.value == 0x7F {
        out.append(contentsOf: "^?".unicodeScalars)
      } else {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
      }
    }
    return String(out)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v == 0x0A || v == 0x09 { return false }
    return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v)
      || v == 0x202E || v == 0x202D || v == 0x2066 || v == 0x2067 || v == 0x2068 || v == 0x2069  // bidi overrides
  }
}
