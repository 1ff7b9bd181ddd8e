import Foundation

/// The times of `valid-after` / `valid-before`, read as OpenSSH reads them (misc.c's
/// `parse_absolute_time` over glibc's `strptime`, `timegm` and `mktime`):
/// `YYYYMMDD`, `YYYYMMDDHHMM` or `YYYYMMDDHHMMSS`, in UTC with a `Z` or `UTC` suffix
/// (any case), in the local time zone otherwise. Each field takes the values glibc
/// takes (day 1–31 whatever the month, seconds up to 61) and the calendar then
/// normalises them, so `20300231` is 3 March 2030 for both tools. Written by hand:
/// Foundation's formatters refuse what OpenSSH accepts.
public enum OpenSSHTime {
  /// Seconds since 1970, or nil when OpenSSH would refuse the text (a time before 1970
  /// included). Zero is returned as is: the caller refuses it, as OpenSSH does.
  public static func parse(_ text: [UInt8]) -> Int64? {
    var digits = text[...]
    var utc = false
    if digits.count > 1, let last = digits.last, last == UInt8(ascii: "Z") || last == UInt8(ascii: "z") {
      utc = true
      digits = digits.dropLast()
    } else if digits.count > 3, String(decoding: digits.suffix(3), as: UTF8.self).lowercased() == "utc" {
      utc = true
      digits = digits.dropLast(3)
    }
    let s = Array(digits)
    let fields: [(ArraySlice<UInt8>, ClosedRange<Int>)]
    switch s.count {
    case 8: fields = [(s[0..<4], 0...9999), (s[4..<6], 1...12), (s[6..<8], 1...31)]
    case 12:
      fields = [
        (s[0..<4], 0...9999), (s[4..<6], 1...12), (s[6..<8], 1...31), (s[8..<10], 0...23), (s[10..<12], 0...59),
      ]
    case 14:
      fields = [
        (s[0..<4], 0...9999), (s[4..<6], 1...12), (s[6..<8], 1...31), (s[8..<10], 0...23), (s[10..<12], 0...59),
        (s[12..<14], 0...61),
      ]
    default: return nil
    }
    var values: [Int] = []
    for (field, range) in fields {
      guard let value = number(field, range: range) else { return nil }
      values.append(value)
    }
    var parts = tm()
    parts.tm_year = Int32(values[0] - 1900)
    parts.tm_mon = Int32(values[1] - 1)
    parts.tm_mday = Int32(values[2])
    if values.count > 3 {
      parts.tm_hour = Int32(values[3])
      parts.tm_min = Int32(values[4])
    }
    if values.count > 5 { parts.tm_sec = Int32(values[5]) }
    // tm_isdst stays 0, as OpenSSH leaves it: mktime reads the time as standard time.
    let seconds = utc ? timegm(&parts) : mktime(&parts)
    return seconds < 0 ? nil : Int64(seconds)
  }

  /// One field as glibc's `strptime` reads a number: leading white space skipped, then
  /// digits (at least one) while the value can still grow within `range`, the whole
  /// field consumed.
  static func number(_ field: ArraySlice<UInt8>, range: ClosedRange<Int>) -> Int? {
    let spaces: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]
    var rest = field.drop { spaces.contains($0) }
    guard let first = rest.first, isDigit(first) else { return nil }
    var value = 0
    var remaining = field.count
    repeat {
      guard let digit = rest.first, isDigit(digit) else { break }
      value = value * 10 + Int(digit - 0x30)
      rest = rest.dropFirst()
      remaining -= 1
    } while remaining > 0 && value * 10 <= range.upperBound && rest.first.map(isDigit) == true
    guard rest.isEmpty, range.contains(value) else { return nil }
    return value
  }

  static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
