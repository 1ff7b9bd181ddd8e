import Foundation

/// Replaces each identifier by a stable code (`[PERSONNE-1]`, `[DATE-3]`…, in English
/// `[PERSON-1]`…: the language of the person who reads the copy): the same
/// value gets the same code everywhere in the text (compared without case, accents or
/// spaces), and the correspondence table maps codes back to values. The result is
/// pseudonymised — still personal data, not anonymous — and the table is what makes it
/// so: whoever holds it can re-identify.
public struct Pseudonymiser {
  private var codes: [String: String] = [:]
  private var counters: [String: Int] = [:]
  /// Code and first value seen, in order of appearance.
  public private(set) var table: [(code: String, value: String)] = []
  /// The language of the codes and of the table's header.
  public let lang: Lang

  public init(lang: Lang = .fr) { self.lang = lang }

  /// The line with its findings replaced (those with a code and counted confidence).
  mutating func replace(_ line: UnsafeBufferPointer<UInt8>, _ findings: [LineFinding], minimum: ScanConfidence)
    -> [UInt8]
  {
    guard let base = line.baseAddress else { return [] }
    var out: [UInt8] = []
    out.reserveCapacity(line.count + 16)
    var k = 0
    for finding in findings where finding.confidence >= minimum {
      guard let prefix = finding.category.pseudonymCode(lang), finding.start >= k else { continue }
      out += UnsafeBufferPointer(start: base + k, count: finding.start - k)
      let value = String(
        decoding: UnsafeBufferPointer(start: base + finding.start, count: finding.end - finding.start), as: UTF8.self)
      out += Array(code(for: value, prefix: prefix).utf8)
      k = finding.end
    }
    out += UnsafeBufferPointer(start: base + k, count: line.count - k)
    return out
  }

  mutating func code(for value: String, prefix: String) -> String {
    let key = prefix + "\u{0}" + ScanFold.string(value).filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
    if let existing = codes[key] { return existing }
    let number = counters[prefix, default: 0] + 1
    counters[prefix] = number
    let code = "[\(prefix)-\(number)]"
    codes[key] = code
    table.append((code, value))
    return code
  }

  /// The table as tab-separated text: a header line, then `code<TAB>value`.
  public var tableText: String {
    var text = "code\t" + Messages.scanPseudonymTableValue.text(lang) + "\n"
    for row in table {
      text += row.code + "\t" + row.value.replacingOccurrences(of: "\t", with: " ") + "\n"
    }
    return text
  }
}

extension TextScanner {
  /// Scans `fd` and writes the pseudonymised copy to `output` and the table to `table`,
  /// both readable by the user only (0600), each written atomically; nothing is left
  /// behind on failure.
  public func pseudonymise(
    fileDescriptor fd: Int32, source: String, output: String, table: String, lang: Lang = .fr
  ) -> Result<
    (ScanReport, Int), ScanProblem
  > {
    let writer: StreamingFile
    do {
      writer = try StreamingFile(path: output)
    } catch {
      return .failure(.cannotWrite(reason: "\(error)"))
    }
    var pseudonymiser = Pseudonymiser(lang: lang)
    let minimum = limits.countedConfidence
    let result = run(
      source: source,
      onLine: { line, findings in
        var bytes = pseudonymiser.replace(line, findings, minimum: minimum)
        bytes.append(0x0A)
        return writer.write(bytes)
      }, read: TextScanner.reader(fd))
    switch result {
    case .failure(let problem):
      writer.abort()
      if case .cannotWrite = problem { return .failure(.cannotWrite(reason: writer.failure ?? output)) }
      return .failure(problem)
    case .success(let report):
      do {
        try AtomicFile.write(Data(pseudonymiser.tableText.utf8), to: table, mode: 0o600)
        try writer.commit()
      } catch {
        writer.abort()
        return .failure(.cannotWrite(reason: "\(error)"))
      }
      return .success((report, pseudonymiser.table.count))
    }
  }
}

/// A file written as it streams, under a temporary name in its folder, renamed over the
/// target only when complete (the atomic rule of `AtomicFile` for output too large to
/// hold in memory). Mode 0600: a pseudonymised text is still personal data.
final class StreamingFile {
  let path: String
  let temporary: String
  let fd: Int32
  private(set) var failure: String?

  init(path: String) throws {
    self.path = path
    let url = URL(fileURLWithPath: path)
    var template = Array("\(url.deletingLastPathComponent().path)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
    guard fd >= 0 else { throw AtomicFile.Failure.cannotCreate(path, errno) }
    self.fd = fd
    temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    fchmod(fd, 0o600)
  }

  func write(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw in Glibc.write(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if n < 0, errno == EINTR { continue }
      if n <= 0 {
        failure = "\(path): \(String(cString: strerror(errno)))"
        return false
      }
      offset += n
    }
    return true
  }

  func commit() throws {
    defer { close(fd) }
    if fsync(fd) != 0 { throw AtomicFile.Failure.cannotWrite(path, errno) }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw AtomicFile.Failure.cannotRename(path, code)
    }
  }

  func abort() {
    close(fd)
    unlink(temporary)
  }
}
