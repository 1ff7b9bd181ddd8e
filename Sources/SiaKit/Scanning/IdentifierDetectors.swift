/// Direct identifiers written as numbers or addresses: e-mail, NIR, IBAN, telephone,
/// IP address, and the patient and record numbers their labels introduce.
extension LineContext {
  @inline(__always) static func isEmailLocal(_ b: UInt8) -> Bool {
    ScanBytes.isAlnum(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
  }

  @inline(__always) static func isDomain(_ b: UInt8) -> Bool { ScanBytes.isAlnum(b) || b == 0x2E || b == 0x2D }

  /// `local@domain.tld`, the top-level domain of letters.
  mutating func detectEmails() {
    var i = 0
    while i < count {
      guard base[i] == 0x40 else {
        i += 1
        continue
      }
      var start = i
      while start > 0, LineContext.isEmailLocal(base[start - 1]) { start -= 1 }
      while start < i, base[start] == 0x2E { start += 1 }
      var end = i + 1
      while end < count, LineContext.isDomain(base[end]) { end += 1 }
      while end > i + 1, base[end - 1] == 0x2E || base[end - 1] == 0x2D { end -= 1 }
      if start < i, let dot = lastDot(i + 1, end), end - dot > 2,
        (dot + 1..<end).allSatisfy({ ScanBytes.isASCIILetter(base[$0]) }), dot > i + 1
      {
        add(.email, .high, start, end)
      }
      i = end
    }
  }

  private func lastDot(_ start: Int, _ end: Int) -> Int? {
    var k = end - 1
    while k >= start {
      if base[k] == 0x2E { return k }
      k -= 1
    }
    return nil
  }

  mutating func detectNumbers() {
    var i = 0
    while i < count {
      let b = base[i]
      let startsRun = ScanBytes.isDigit(b) || b == 0x2B || b == 0x28
      guard startsRun,
        i == 0 || !ScanBytes.isAlnum(base[i - 1]) && base[i - 1] != 0x2E && base[i - 1] != 0x2D && base[i - 1] != 0x2F
      else {
        i += 1
        continue
      }
      if ScanBytes.isDigit(b) {
        if let end = ipv4(at: i) {
          add(.ipAddress, isPrivateIPv4(i) ? .low : ipCued(before: i) ? .high : .medium, i, end)
          i = end
          continue
        }
        if let end = nir(at: i) {
          add(.nir, .high, i, end)
          i = end
          continue
        }
      }
      if let end = phone(at: i) {
        add(.phone, .high, i, end)
        i = end
        continue
      }
      i += 1
    }
    detectIBANs()
    detectIPv6()
  }

  // MARK: NIR

  /// 15 characters (sex, year, month, department with 2A/2B, commune, order, key),
  /// grouped by spaces or dots or not, with a valid key.
  func nir(at start: Int) -> Int? {
    guard [0x31, 0x32, 0x33, 0x34, 0x37, 0x38].contains(base[start]) else { return nil }
    var compact: [UInt8] = []
    var k = start
    var end = start
    while k < count, compact.count < 15 {
      let c = base[k]
      if ScanBytes.isDigit(c) || ((c == 0x41 || c == 0x42 || c == 0x61 || c == 0x62) && compact.count == 6) {
        compact.append(c & (ScanBytes.isDigit(c) ? 0xFF : ~0x20))
        k += 1
        end = k
      } else if (c == 0x20 || c == 0x2E), k + 1 < count, ScanBytes.isAlnum(base[k + 1]), !compact.isEmpty {
        k += 1
      } else {
        break
      }
    }
    guard compact.count == 15, end >= count || !ScanBytes.isAlnum(base[end]) else { return nil }
    return NIRCheck.isValid(compact: compact) ? end : nil
  }

  // MARK: IBAN

  /// Two capitals, two digits, then the country's length of letters and digits in
  /// groups, with a valid key.
  mutating func detectIBANs() {
    var i = 0
    while i + 15 <= count {
      guard base[i] >= 0x41, base[i] <= 0x5A, base[i + 1] >= 0x41, base[i + 1] <= 0x5A,
        ScanBytes.isDigit(base[i + 2]), ScanBytes.isDigit(base[i + 3]), i == 0 || !ScanBytes.isAlnum(base[i - 1]),
        let length = IBANCheck.length(country: String(decoding: [base[i], base[i + 1]], as: UTF8.self))
      else {
        i += 1
        continue
      }
      var compact: [UInt8] = []
      var k = i
      var end = i
      while k < count, compact.count < length {
        let c = base[k]
        if ScanBytes.isAlnum(c) {
          compact.append(c >= 0x61 ? c - 0x20 : c)
          k += 1
          end = k
        } else if c == 0x20 || c == 0x2D, k + 1 < count, ScanBytes.isAlnum(base[k + 1]) {
          k += 1
        } else {
          break
        }
      }
      if compact.count == length, end >= count || !ScanBytes.isAlnum(base[end]), IBANCheck.isValid(compact: compact) {
        add(.iban, .high, i, end)
        i = end
      } else {
        i += 1
      }
    }
  }

  // MARK: Telephone

  /// French numbers (`0X XX XX XX XX`, `+33 X…`, `+33 (0)X…`), international ones
  /// (`+` and 8 to 15 digits) and North American ones (`(555) 123-4567`, `555.123.4567`,
  /// `+1-555-…`, `001-555-…`, with an `x123` extension).
  func phone(at start: Int) -> Int? {
    var digits: [UInt8] = []
    var groups: [Int] = []
    var k = start
    var end = start
    var plus = false
    var separators = Set<UInt8>()
    if base[k] == 0x2B {
      plus = true
      k += 1
    }
    var current = 0
    while k < count, digits.count <= 16 {
      let c = base[k]
      if ScanBytes.isDigit(c) {
        digits.append(c - 0x30)
        current += 1
        k += 1
        end = k
      } else if c == 0x28, k + 2 < count, base[k + 1] == 0x30, base[k + 2] == 0x29, plus {
        // `+33 (0)1 …`: the trunk zero in parentheses is not dialled.
        if current > 0 { groups.append(current) }
        current = 0
        k += 3
      } else if c == 0x28 || c == 0x29 || c == 0x20 || c == 0x2E || c == 0x2D {
        if current > 0 { groups.append(current) }
        current = 0
        // One separator (or a parenthesis and a space) between groups.
        guard k + 1 < count else { break }
        let next = base[k + 1]
        if ScanBytes.isDigit(next) || (c == 0x29 && next == 0x20) || (c == 0x20 && next == 0x28) {
          if c != 0x28 && c != 0x29 && !(c == 0x20 && base[k - 1] == 0x29) { separators.insert(c) }
          k += 1
        } else {
          break
        }
      } else {
        break
      }
    }
    if current > 0 { groups.append(current) }
    guard end < count ? !ScanBytes.isAlnum(base[end]) || base[end] == 0x78 : true else { return nil }
    // Two kinds of separator in one number (`12.03-2024`) is something else.
    guard separators.count <= 1 else { return nil }
    let n = digits.count
    var ok = false
    if plus {
      if n >= 11, digits[0] == 3, digits[1] == 3 {
        ok = n == 11 && digits[2] != 0
      } else if digits.first == 1 {
        ok = n == 11
      } else {
        ok = n >= 8 && n <= 15 && groups.count >= 2
      }
    } else if n == 10, digits[0] == 0, digits[1] != 0 {
      ok =
        groups == [10] || groups == [2, 2, 2, 2, 2] || groups == [1, 9] || groups == [4, 6] || groups == [3, 3, 4]
    } else if n == 10 {
      // North American numbers: area code and exchange start with 2–9; written without
      // separators they need a cue (« call », « phone », « reach me on »).
      ok = groups == [3, 3, 4] || (groups == [10] && digits[0] >= 2 && digits[3] >= 2 && phoneCued(before: start))
    } else if n == 11, digits[0] == 1 {
      ok = groups == [1, 3, 3, 4]
    } else if n == 13, digits[0] == 0, digits[1] == 0, digits[2] == 1 {
      ok = groups == [3, 3, 3, 4]
    } else if n >= 11, n <= 15, digits[0] == 0, digits[1] == 0 {
      ok = groups.count >= 3
    }
    guard ok else { return nil }
    // An extension: `x1234`.
    if end + 1 < count, base[end] == 0x78, ScanBytes.isDigit(base[end + 1]) {
      end += 1
      while end < count, ScanBytes.isDigit(base[end]) { end += 1 }
    } else if end < count, ScanBytes.isAlnum(base[end]) {
      return nil
    }
    return end
  }

  func phoneCued(before offset: Int) -> Bool {
    cued(before: offset, length: 24, anyOf: LineContext.phoneCues)
  }

  static let phoneCues = ScanBytes.phrases([
    "phone", "tel", "call", "reach", "mobile", "cell", "fax", "contact", " on ", " at ", " or ",
  ])

  // MARK: IP addresses

  /// Four numbers 0–255 separated by dots, not part of a longer dotted number.
  func ipv4(at start: Int) -> Int? {
    var k = start
    for part in 0..<4 {
      var value = 0
      var length = 0
      while k < count, ScanBytes.isDigit(base[k]), length < 4 {
        value = value * 10 + Int(base[k] - 0x30)
        length += 1
        k += 1
      }
      guard length >= 1, length <= 3, value <= 255 else { return nil }
      if part < 3 {
        guard k < count, base[k] == 0x2E else { return nil }
        k += 1
      }
    }
    if k < count, ScanBytes.isAlnum(base[k]) { return nil }
    if k + 1 < count, base[k] == 0x2E, ScanBytes.isDigit(base[k + 1]) { return nil }
    return k
  }

  func ipCued(before offset: Int) -> Bool {
    cued(before: offset, length: 24, anyOf: LineContext.ipCues)
  }

  static let ipCues = ScanBytes.phrases(["ip", "client", "connecte", "connected", "utilisateur", "user"])

  /// 10/8, 172.16/12, 192.168/16, 127/8: a machine inside a network, not a person.
  func isPrivateIPv4(_ start: Int) -> Bool {
    let text = ScanFold.string(base, start, min(count, start + 8))
    if text.hasPrefix("10.") || text.hasPrefix("127.") || text.hasPrefix("192.168.") { return true }
    if text.hasPrefix("172.") {
      let second = text.dropFirst(4).prefix { $0.isNumber }
      if let value = Int(second), (16...31).contains(value) { return true }
    }
    return false
  }

  /// IPv6: hexadecimal groups and colons, with `::` or eight groups, and at least one
  /// group that a clock time could not be.
  mutating func detectIPv6() {
    // An address needs `::` or seven colons: most lines have neither, and are not walked.
    var colons = 0
    var double = false
    for k in 0..<count where base[k] == 0x3A {
      colons += 1
      if k + 1 < count, base[k + 1] == 0x3A { double = true }
    }
    guard double || colons >= 7 else { return }
    var i = 0
    while i < count {
      guard isHex(base[i]) || base[i] == 0x3A,
        i == 0 || !(isHex(base[i - 1]) || base[i - 1] == 0x3A || ScanBytes.isAlnum(base[i - 1]))
      else {
        i += 1
        continue
      }
      var end = i
      var colons = 0
      var double = false
      var longGroup = false
      var group = 0
      while end < count, isHex(base[end]) || base[end] == 0x3A {
        if base[end] == 0x3A {
          colons += 1
          if end + 1 < count, base[end + 1] == 0x3A { double = true }
          group = 0
        } else {
          group += 1
          if group >= 3 || !ScanBytes.isDigit(base[end]) { longGroup = true }
          if group > 4 { break }
        }
        end += 1
      }
      let wellEnded = end >= count || !ScanBytes.isAlnum(base[end])
      if wellEnded, colons >= 2, (double && colons >= 2) || colons == 7, longGroup, end - i >= 6 {
        add(.ipAddress, .high, i, end)
      }
      i = max(end, i + 1)
    }
  }

  @inline(__always) func isHex(_ b: UInt8) -> Bool {
    ScanBytes.isDigit(b) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46)
  }

  // MARK: Record numbers

  static let recordLabels = Cues.set(["ipp", "nip", "nda", "mrn", "ins", "nir"])
  static let recordNouns = Cues.set([
    "dossier", "patient", "patiente", "sejour", "record", "inclusion", "admission", "venue",
  ])
  static let recordLeads = ScanBytes.phrases(["n° de ", "numero de ", "no de ", "numero ", "n° ", "num ", "medical "])
  static let numberWords = Cues.set([
    "n", "no", "numero", "num", "nº", "number", "id", "identifiant", "code", "matricule",
  ])

  /// « IPP : 123456 », « n° de dossier 2024-00123 », « dossier n° A12345 », « MRN
  /// 00123456 », « patient ID: P-00123 »: the number after its label.
  mutating func detectRecordNumbers() {
    for index in tokens.indices where tokens[index].kind == .word {
      let hash = tokens[index].hash
      var labelled = LineContext.recordLabels.contains(hash) && (tokens[index].allUpper || isSymbol(index + 1, 0x3A))
      if !labelled, LineContext.recordNouns.contains(hash) {
        // « n° de dossier », « numéro de dossier », « numéro patient », « dossier n° ».
        labelled =
          ends(before: tokens[index].start, length: 14, withAnyOf: LineContext.recordLeads)
          || isWord(index + 1, in: LineContext.numberWords)
          || (isSymbol(index + 1, 0x3A) && ["dossier", "record"].contains(folded(index)))
      }
      guard labelled, let range = labelledValue(after: tokens[index].end) else { continue }
      add(.recordNumber, .high, range.start, range.end)
    }
  }

  /// After a label: skips `:`, `#`, `n°`, `no`, `number`, `ID`, then takes a run of
  /// letters, digits and `-`/`/` holding at least four digits.
  func labelledValue(after offset: Int) -> (start: Int, end: Int)? {
    var k = offset
    while k < count {
      let c = base[k]
      if c == 0x20 || c == 0x3A || c == 0x23 || c == 0x3D || c == 0x2E || c == 0x09 {
        k += 1
      } else if c == 0xC2, k + 1 < count, base[k + 1] == 0xB0 || base[k + 1] == 0xBA || base[k + 1] == 0xA0 {
        k += 2
      } else if let word = skipWord(at: k, ["n", "no", "number", "numero", "id", "de", "du", "patient"]) {
        k = word
      } else {
        break
      }
    }
    var end = k
    var digits = 0
    while end < count,
      ScanBytes.isAlnum(base[end])
        || ((base[end] == 0x2D || base[end] == 0x2F) && end + 1 < count && ScanBytes.isAlnum(base[end + 1]))
    {
      if ScanBytes.isDigit(base[end]) { digits += 1 }
      end += 1
    }
    return digits >= 4 && end > k ? (k, end) : nil
  }

  private func skipWord(at offset: Int, _ words: [String]) -> Int? {
    var end = offset
    while end < count {
      let width = ScanBytes.letterWidth(base, end, count)
      guard width > 0 else { break }
      end += width
    }
    guard end > offset else { return nil }
    return words.contains(ScanFold.string(base, offset, end)) ? end : nil
  }
}
