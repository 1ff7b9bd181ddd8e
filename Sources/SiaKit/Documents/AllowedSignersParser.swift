import Foundation

/// Reads an `allowed_signers` file line by line; every bad line is a `Diagnostic`
/// (`file:line: error: …`) and all of them are reported at once.
extension AllowedSigners {
  public static func parse(_ text: String, file: String) -> (AllowedSigners, [Diagnostic]) {
    var entries: [Entry] = []
    var diagnostics: [Diagnostic] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
      if line.isEmpty || line.hasPrefix("#") { continue }
      do {
        entries.append(try parseLine(line, number: index + 1))
      } catch let error as LineError {
        diagnostics.append(Diagnostic(file: file, line: index + 1, message: error.message))
      } catch {
        diagnostics.append(Diagnostic(file: file, line: index + 1, message: "\(error)"))
      }
    }
    return (AllowedSigners(entries: entries), diagnostics)
  }

  struct LineError: Error { var message: String }

  static func parseLine(_ line: String, number: Int) throws -> Entry {
    var fields = tokens(line)
    guard fields.count >= 3 else { throw LineError(message: "expected 'principals [options] keytype key'") }
    let principals = fields.removeFirst()
    var entry = Entry(
      principals: principals, namespaces: nil, validAfter: nil, validBefore: nil, certAuthority: false,
      key: SSHPublicKey(ed25519: Data(count: 32)), line: number)
    if !looksLikeKeyType(fields[0]) {
      try applyOptions(fields.removeFirst(), to: &entry)
    }
    guard fields.count >= 2 else { throw LineError(message: "missing key after the options") }
    do {
      entry.key = try SSHPublicKey.parse(type: fields[0], base64: fields[1])
    } catch let error as SSHKeyError {
      throw LineError(message: "bad key: \(error)")
    }
    return entry
  }

  static func looksLikeKeyType(_ field: String) -> Bool {
    ["ssh-", "ecdsa-", "sk-"].contains { field.hasPrefix($0) }
  }

  static func applyOptions(_ text: String, to entry: inout Entry) throws {
    for option in splitOptions(text) {
      let parts = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
      let name = parts[0].lowercased()
      let value = parts.count > 1 ? parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) : nil
      switch (name, value) {
      case ("cert-authority", nil): entry.certAuthority = true
      case ("namespaces", let value?): entry.namespaces = value.split(separator: ",").map(String.init)
      case ("valid-after", let value?): entry.validAfter = try time(value, option: name)
      case ("valid-before", let value?): entry.validBefore = try time(value, option: name)
      default: throw LineError(message: "unknown option '\(Sanitizer.neutralize(option))'")
      }
    }
  }

  /// `YYYYMMDD[HHMM[SS]][Z]`: UTC with `Z`, local time otherwise (as ssh-keygen).
  static func time(_ text: String, option: String) throws -> Date {
    let utc = text.hasSuffix("Z") || text.hasSuffix("z")
    let digits = utc ? String(text.dropLast()) : text
    let formats = [8: "yyyyMMdd", 12: "yyyyMMddHHmm", 14: "yyyyMMddHHmmss"]
    guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let format = formats[digits.count] else {
      throw LineError(message: "\(option): bad time '\(Sanitizer.neutralize(text))' (YYYYMMDD[HHMM[SS]][Z])")
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = utc ? TimeZone(identifier: "UTC") : TimeZone.current
    formatter.dateFormat = format
    guard let date = formatter.date(from: digits) else {
      throw LineError(message: "\(option): bad time '\(Sanitizer.neutralize(text))'")
    }
    return date
  }

  /// Splits on whitespace outside double quotes (principals and options may be quoted).
  static func tokens(_ line: String) -> [String] {
    var result: [String] = []
    var current = ""
    var quoted = false
    for character in line {
      if character == "\"" { quoted.toggle() }
      if (character == " " || character == "\t") && !quoted {
        if !current.isEmpty { result.append(current) }
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result.map { $0.hasPrefix("\"") && $0.hasSuffix("\"") && $0.count >= 2 ? String($0.dropFirst().dropLast()) : $0 }
  }

  /// Splits `a,namespaces="x,y",b` on commas outside quotes.
  static func splitOptions(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if character == "," && !quoted {
        result.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    result.append(current)
    return result.filter { !$0.isEmpty }
  }
}
