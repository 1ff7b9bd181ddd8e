/// Lower-casing and accent folding for matching: `Données` → `donnees`, `œuvre` →
/// `oeuvre`. Folding happens after stemming (the French stemmer needs the accents) and
/// on every vocabulary lookup, so a query typed without accents still matches.
public enum TextFolding {
  /// Lower-case, keeping accents (what the stemmers want).
  public static func lower(_ word: String) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return word }
    return word.lowercased()
  }

  /// Lower-case without diacritics; ligatures expanded (`œ` → `oe`, `æ` → `ae`, `ß` → `ss`).
  public static func fold(_ word: String) -> String {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return lower(word) }
    var out = String.UnicodeScalarView()
    for scalar in word.lowercased().unicodeScalars {
      if scalar.isASCII {
        out.append(scalar)
      } else if let folded = latin[scalar] {
        out.append(contentsOf: folded.unicodeScalars)
      } else if let decomposed = decompose(scalar) {
        out.append(contentsOf: decomposed)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// The base letters of a scalar with its combining marks dropped, or nil when the
  /// canonical decomposition changes nothing.
  static func decompose(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
    if isCombiningMark(scalar) { return [] }
    let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
    guard parts.count > 1 else { return nil }
    return parts.filter { !isCombiningMark($0) }
  }

  static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    (0x0300...0x036F).contains(scalar.value) || (0x1AB0...0x1AFF).contains(scalar.value)
      || (0x1DC0...0x1DFF).contains(scalar.value) || (0x20D0...0x20FF).contains(scalar.value)
  }

  /// The Latin letters of French and English text, folded without a Unicode lookup.
  static let latin: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
      ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
      ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"),
      ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
    ]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    table["œ"] = "oe"
    table["æ"] = "ae"
    table["ß"] = "ss"
    table["ð"] = "d"
    table["þ"] = "th"
    return table
  }()
}
