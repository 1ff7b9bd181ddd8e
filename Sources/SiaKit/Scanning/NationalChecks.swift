/// The check of an IBAN (ISO 13616): the country's length and BBAN structure from the
/// SWIFT IBAN Registry, then the ISO 7064 MOD 97-10 key. A number that fails is not
/// reported as an IBAN, so a mistyped or invented one is a near miss, not a finding.
public enum IBANCheck {
  /// Whether `text` (spaces, hyphens and dots allowed, any case) is a valid IBAN.
  public static func isValid(_ text: String) -> Bool {
    let compact = text.uppercased().utf8.filter { $0 != 0x20 && $0 != 0x2D && $0 != 0x2E }
    return isValid(compact: Array(compact))
  }

  /// Whether upper-case letters and digits without separators form a valid IBAN.
  static func isValid(compact: [UInt8]) -> Bool {
    guard compact.count >= 5, compact.count <= 34,
      ScanBytes.isASCIILetter(compact[0]), ScanBytes.isASCIILetter(compact[1]),
      ScanBytes.isDigit(compact[2]), ScanBytes.isDigit(compact[3]),
      let structure = bban[String(decoding: compact[0..<2], as: UTF8.self)],
      matches(Array(compact[4...]), structure)
    else { return false }
    return mod97(compact[4...] + compact[0..<4]) == 1
  }

  /// The total length of an IBAN of `country`, if the registry lists it.
  static func length(country: String) -> Int? {
    guard let structure = bban[country] else { return nil }
    return 4 + parse(structure).reduce(0) { $0 + $1.count }
  }

  /// ISO 7064 MOD 97-10 over digits and letters (A = 10 … Z = 35), in pieces that fit.
  static func mod97<C: Collection>(_ characters: C) -> Int where C.Element == UInt8 {
    var remainder = 0
    for c in characters {
      if ScanBytes.isDigit(c) {
        remainder = (remainder * 10 + Int(c - 0x30)) % 97
      } else if ScanBytes.isASCIILetter(c) {
        let value = Int((c & ~0x20) - 0x41) + 10
        remainder = (remainder * 100 + value) % 97
      } else {
        return -1
      }
    }
    return remainder
  }

  private static func matches(_ body: [UInt8], _ structure: String) -> Bool {
    var index = 0
    for part in parse(structure) {
      guard index + part.count <= body.count else { return false }
      for c in body[index..<(index + part.count)] {
        switch part.kind {
        case "n": if !ScanBytes.isDigit(c) { return false }
        case "a": if !(c >= 0x41 && c <= 0x5A) { return false }
        default: if !ScanBytes.isAlnum(c) { return false }
        }
      }
      index += part.count
    }
    return index == body.count
  }

  /// "5n5n11c2n" → [(5, n), (5, n), (11, c), (2, n)].
  private static func parse(_ structure: String) -> [(count: Int, kind: Character)] {
    var parts: [(Int, Character)] = []
    var number = 0
    for c in structure {
      if let digit = c.wholeNumberValue {
        number = number * 10 + digit
      } else {
        parts.append((number, c))
        number = 0
      }
    }
    return parts
  }

  /// BBAN structures of the SWIFT IBAN Registry (release 101): n digits, a upper-case
  /// letters, c letters or digits.
  static let bban: [String: String] = [
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n", "BE": "3n7n2n",
    "BG": "4a4n2n8c", "BH": "4a14c", "BI": "5n5n11n2n", "BR": "8n5n10n1a1c", "BY": "4c4n16c", "CH": "5n12c",
    "CR": "4n14n", "CY": "3n5n16c", "CZ": "4n16n", "DE": "8n10n", "DJ": "5n5n11n2n", "DK": "4n9n1n", "DO": "4c20n",
    "EE": "2n14n", "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FK": "2a12n", "FO": "4n9n1n",
    "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n", "GR": "3n4n16c", "GT": "4c20c",
    "HN": "4a20n", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IQ": "4a3n12n",
    "IS": "4n2n6n10n", "IT": "1a5n5n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c",
    "LC": "4a24c", "LI": "5n12c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c", "LY": "3n3n15n", "MC": "5n5n11c2n",
    "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n", "MN": "4n12n", "MR": "5n5n11n2n", "MT": "4a5n18c",
    "MU": "4a2n2n12n3n3a", "NI": "4a20n", "NL": "4a10n", "NO": "4n6n1n", "OM": "3n16c", "PK": "4a16c", "PL": "8n16n",
    "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n", "RU": "9n5n15c", "SA": "2n18c",
    "SC": "4a2n2n16n3a", "SD": "2n12n", "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c",
    "SO": "4n3n12n", "ST": "4n4n11n2n", "SV": "4a20n", "TL": "3n14n2n", "TN": "2n3n13n2n", "TR": "5n1n16c",
    "UA": "6n19c", "VA": "3n15n", "VG": "4a16n", "XK": "4n10n2n", "YE": "4a4n18c",
  ]
}

/// The check of a French social security number (NIR, « numéro de sécurité sociale »):
/// 13 characters and a two-digit key, 97 − (number mod 97), where the Corsican
/// departments 2A and 2B count as 19 and 18.
public enum NIRCheck {
  /// Whether `text` (spaces and dots allowed) is a NIR with a valid key.
  public static func isValid(_ text: String) -> Bool {
    let compact = text.uppercased().utf8.filter { $0 != 0x20 && $0 != 0x2E }
    return isValid(compact: Array(compact))
  }

  /// Whether 15 characters without separators form a NIR with a valid key.
  static func isValid(compact c: [UInt8]) -> Bool {
    guard c.count == 15 else { return false }
    for (index, byte) in c.enumerated() where index != 5 && index != 6 {
      if !ScanBytes.isDigit(byte) { return false }
    }
    var value = 0
    for index in 0..<13 {
      var digit: Int
      switch (index, c[index]) {
      case (5, 0x32) where c[6] == 0x41 || c[6] == 0x42: digit = 1
      case (6, 0x41) where c[5] == 0x32: digit = 9
      case (6, 0x42) where c[5] == 0x32: digit = 8
      case (_, let byte):
        guard ScanBytes.isDigit(byte) else { return false }
        digit = Int(byte - 0x30)
      }
      value = value * 10 + digit
    }
    let key = Int(c[13] - 0x30) * 10 + Int(c[14] - 0x30)
    return 97 - value % 97 == key
  }
}
