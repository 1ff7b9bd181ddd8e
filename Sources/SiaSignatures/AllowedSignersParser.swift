import Foundation

/// Reads an `allowed_signers` file the way OpenSSH 9 does (sshsig.c, misc.c, authfile.c
/// — read, not copied), byte by byte: CRLF line ends are fine, a line is split into
/// principals, options and key, and a bad line is recorded as such rather than
/// refusing the whole file, because OpenSSH only looks at the lines of the principal it
/// checks, and skips a malformed one. Written by hand: no kept library parses this format.
extension AllowedSigners {
  /// Parses the file; a malformed line is kept as such (`Line.entry` is a failure) and the
  /// file stays usable for the principals whose lines are sound. SiaKit's
  /// `parse(_:file:)` turns the malformed lines into diagnostics.
  public static func parse(_ data: Data) -> AllowedSigners {
    var lines: [Line] = []
    let bytes = [UInt8](data)
    var start = 0
    var number = 0
    while start < bytes.count {
      number += 1
      let newline = bytes[start...].firstIndex(of: 0x0A)
      let end = newline.map { $0 + 1 } ?? bytes.count
      // C string functions stop at a NUL: what follows it does not exist for OpenSSH.
      var line = bytes[start..<end]
      if let nul = line.firstIndex(of: 0) { line = line[..<nul] }
      start = end
      if let parsed = parseLine(Array(line), number: number) { lines.append(parsed) }
    }
    return AllowedSigners(lines: lines)
  }

  static let whitespace: Set<UInt8> = [0x20, 0x09, 0x0D, 0x0A]  // " \t\r\n"
  static let blank: Set<UInt8> = [0x20, 0x09]  // " \t"
  static let quote = UInt8(ascii: "\"")

  /// One line (with its `\n` if it had one); nil for a blank or comment line.
  static func parseLine(_ line: [UInt8], number: Int) -> Line? {
    var cursor = line.firstIndex { !blank.contains($0) } ?? line.count
    if cursor == line.count || line[cursor] == UInt8(ascii: "#") { return nil }
    // Only white space: OpenSSH reads an empty principal, which no one matches.
    if line[cursor...].allSatisfy({ whitespace.contains($0) }) { return nil }
    guard let (principalBytes, afterPrincipals) = principalsField(line, from: cursor), let rest = afterPrincipals else {
      return Line(
        number: number, principals: nil,
        entry: .failure(Problem(message: "invalid line (unterminated quote or no key)")))
    }
    let principals = String(decoding: principalBytes, as: UTF8.self)
    cursor = rest
    do {
      var entry = Entry(principals: principals, key: SSHPublicKey(ed25519: Data(count: 32)), line: number)
      if let (key, _) = readKey(line, from: cursor) {
        entry.key = key
      } else {
        let optionsStart = cursor
        guard let optionsEnd = endOfOptions(line, from: cursor) else {
          throw Problem(message: "invalid options (unterminated quote)")
        }
        guard optionsEnd < line.count else { throw Problem(message: "missing key") }
        cursor = optionsEnd + 1
        while cursor < line.count, blank.contains(line[cursor]) { cursor += 1 }
        guard let (key, _) = readKey(line, from: cursor) else { throw Problem(message: "invalid key") }
        entry.key = key
        try AllowedSignersOptions.apply(Array(line[optionsStart..<optionsEnd]), to: &entry)
      }
      return Line(number: number, principals: principals, entry: .success(entry))
    } catch let problem as Problem {
      return Line(number: number, principals: principals, entry: .failure(problem))
    } catch {
      return Line(number: number, principals: principals, entry: .failure(Problem(message: "\(error)")))
    }
  }

  /// The first word (misc.c's `strdelimw`): up to whitespace, or a `"…"` run whose
  /// quotes are dropped. Returns the field and where the rest starts — nil for the
  /// rest when the word ends the input with nothing after it (OpenSSH: "invalid
  /// line"); nil altogether for an unterminated quote.
  static func principalsField(_ line: [UInt8], from start: Int) -> ([UInt8], Int?)? {
    guard let stop = line[start...].firstIndex(where: { whitespace.contains($0) || $0 == quote }) else {
      return (Array(line[start...]), nil)
    }
    if line[stop] == quote {
      guard let close = line[(stop + 1)...].firstIndex(of: quote) else { return nil }
      let field = Array(line[start..<stop]) + Array(line[(stop + 1)..<close])
      return (field, skipWhitespace(line, from: close + 1))
    }
    return (Array(line[start..<stop]), skipWhitespace(line, from: stop + 1))
  }

  static func skipWhitespace(_ line: [UInt8], from index: Int) -> Int {
    var cursor = index
    while cursor < line.count, whitespace.contains(line[cursor]) { cursor += 1 }
    return cursor
  }

  /// `keytype base64`: the type must be one OpenSSH knows, the blob must decode and
  /// say the same type. Keys of other types than Ed25519 are kept (they never match a
  /// signature sia accepts). Returns the key and where its comment starts.
  static func readKey(_ line: [UInt8], from start: Int) -> (SSHPublicKey, Int)? {
    guard let typeEnd = line[start...].firstIndex(where: { blank.contains($0) }) else { return nil }
    let type = String(decoding: line[start..<typeEnd], as: UTF8.self)
    guard knownKeyTypes.contains(type) else { return nil }
    var cursor = typeEnd
    while cursor < line.count, blank.contains(line[cursor]) { cursor += 1 }
    guard cursor < line.count else { return nil }
    let blobEnd = line[cursor...].firstIndex(where: { blank.contains($0) }) ?? line.count
    // Base64 as OpenSSH decodes it: white space (the `\r\n` of a last field) ignored.
    let text = line[cursor..<blobEnd].filter { !whitespace.contains($0) && $0 != 0x0B && $0 != 0x0C }
    // Canonical base64 only (no stray padding bits): never more lenient than OpenSSH.
    guard let blob = Data(base64Encoded: Data(text)), blob.base64EncodedData() == Data(text),
      let key = try? SSHPublicKey(blob: blob), key.type == type
    else { return nil }
    if key.type != SSHPublicKey.ed25519Type && !plausibleBlob(key) { return nil }
    cursor = blobEnd
    while cursor < line.count, blank.contains(line[cursor]) { cursor += 1 }
    return (key, cursor)
  }

  /// For key types sia does not verify, only the wire type is checked: enough for a
  /// key copied from a `.pub` file (documented in HARDENING.md as a deliberate gap).
  static func plausibleBlob(_ key: SSHPublicKey) -> Bool { key.blob.count > 4 + key.type.utf8.count }

  /// The key types OpenSSH 9 recognises at the start of a key (sshkey.c's table).
  static let knownKeyTypes: Set<String> = [
    "ssh-ed25519", "ssh-ed25519-cert-v01@openssh.com", "sk-ssh-ed25519@openssh.com",
    "sk-ssh-ed25519-cert-v01@openssh.com", "ssh-rsa", "rsa-sha2-256", "rsa-sha2-512", "ssh-rsa-cert-v01@openssh.com",
    "rsa-sha2-256-cert-v01@openssh.com", "rsa-sha2-512-cert-v01@openssh.com", "ssh-dss", "ssh-dss-cert-v01@openssh.com",
    "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ecdsa-sha2-nistp256-cert-v01@openssh.com",
    "ecdsa-sha2-nistp384-cert-v01@openssh.com", "ecdsa-sha2-nistp521-cert-v01@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com", "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com",
  ]

  /// The options run ends at the first space or tab outside quotes (`\"` is skipped);
  /// nil for a quote left open.
  static func endOfOptions(_ line: [UInt8], from start: Int) -> Int? {
    var cursor = start
    var quoted = false
    while cursor < line.count, quoted || !blank.contains(line[cursor]) {
      if line[cursor] == UInt8(ascii: "\\"), cursor + 1 < line.count, line[cursor + 1] == quote {
        cursor += 1
      } else if line[cursor] == quote {
        quoted.toggle()
      }
      cursor += 1
    }
    return cursor == line.count && quoted ? nil : cursor
  }
}

/// The options of one line: `cert-authority`, `namespaces="…"`, `valid-after="…"`,
/// `valid-before="…"`, names in any case, values quoted (an unquoted value, a repeated
/// option, an unknown one or a window that ends before it starts make the line bad).
enum AllowedSignersOptions {
  typealias Problem = AllowedSigners.Problem

  static func apply(_ options: [UInt8], to entry: inout AllowedSigners.Entry) throws {
    var cursor = 0
    var namespacesSet = false
    while cursor < options.count {
      if hasPrefix(options, at: cursor, "cert-authority") {
        entry.certAuthority = true
        cursor += "cert-authority".utf8.count
      } else if let start = valueStart(options, at: cursor, "namespaces") {
        if namespacesSet { throw Problem(message: "namespaces: given twice") }
        let (value, next) = try dequote(options, at: start, option: "namespaces")
        entry.namespaces = String(decoding: value, as: UTF8.self)
        namespacesSet = true
        cursor = next
      } else if let start = valueStart(options, at: cursor, "valid-after") {
        if entry.validAfter != nil { throw Problem(message: "valid-after: given twice") }
        let (value, next) = try dequote(options, at: start, option: "valid-after")
        entry.validAfter = try time(value, option: "valid-after")
        cursor = next
      } else if let start = valueStart(options, at: cursor, "valid-before") {
        if entry.validBefore != nil { throw Problem(message: "valid-before: given twice") }
        let (value, next) = try dequote(options, at: start, option: "valid-before")
        entry.validBefore = try time(value, option: "valid-before")
        cursor = next
      }
      if cursor == options.count { break }
      guard options[cursor] == UInt8(ascii: ",") else {
        let rest = String(decoding: options[cursor...].prefix { $0 != UInt8(ascii: ",") }, as: UTF8.self)
        throw Problem(message: "unknown option '\(rest)'")
      }
      cursor += 1
      if cursor == options.count { throw Problem(message: "unexpected end of options (a trailing comma)") }
    }
    if let after = entry.validAfter, let before = entry.validBefore, before <= after {
      throw Problem(message: "valid-before is not after valid-after")
    }
  }

  static func hasPrefix(_ bytes: [UInt8], at index: Int, _ word: String) -> Bool {
    let word = Array(word.utf8)
    guard bytes.count - index >= word.count else { return false }
    return zip(bytes[index..<(index + word.count)], word).allSatisfy { lowercased($0) == $1 }
  }

  static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }

  /// `name=` (any case): where the value starts.
  static func valueStart(_ bytes: [UInt8], at index: Int, _ name: String) -> Int? {
    let end = index + name.utf8.count
    guard hasPrefix(bytes, at: index, name), end < bytes.count, bytes[end] == UInt8(ascii: "=") else { return nil }
    return end + 1
  }

  /// `"value"` with `\"` for a quote: the value and where the option ends.
  static func dequote(_ bytes: [UInt8], at index: Int, option: String) throws -> ([UInt8], Int) {
    guard index < bytes.count, bytes[index] == AllowedSigners.quote else {
      throw Problem(message: "\(option): the value must be in double quotes (\(option)=\"…\")")
    }
    var value: [UInt8] = []
    var cursor = index + 1
    while cursor < bytes.count, bytes[cursor] != AllowedSigners.quote {
      if bytes[cursor] == UInt8(ascii: "\\"), cursor + 1 < bytes.count, bytes[cursor + 1] == AllowedSigners.quote {
        cursor += 1
      }
      value.append(bytes[cursor])
      cursor += 1
    }
    guard cursor < bytes.count else { throw Problem(message: "\(option): missing closing quote") }
    return (value, cursor + 1)
  }

  static func time(_ value: [UInt8], option: String) throws -> Date {
    guard let seconds = OpenSSHTime.parse(value), seconds != 0 else {
      let shown = String(decoding: value, as: UTF8.self)
      throw Problem(
        message: "\(option): bad time '\(shown)' (YYYYMMDD[HHMM[SS]], Z or UTC for UTC, local time otherwise)")
    }
    return Date(timeIntervalSince1970: TimeInterval(seconds))
  }
}
