import Foundation

/// Why a source could not be scanned. Each has a catalogue message.
public enum ScanProblem: Error, Equatable, Sendable {
  case unreadable(reason: String)
  case binary
  case invalidUTF8(line: Int)
  case lineTooLong(line: Int, limit: Int)
  case tooLarge(limit: Int)
  case cannotWrite(reason: String)
}

/// The limits that keep memory bounded whatever is fed in.
public struct ScanLimits: Sendable {
  /// A longer line is refused (minified or binary data, not a text to paste).
  public var maxLineBytes = 1 << 20
  /// A larger source is refused.
  public var maxBytes = 256 << 20
  /// Findings kept for display; beyond, they are only counted.
  public var maxStoredFindings = 5_000
  /// Findings below this confidence are kept for display but not counted.
  public var countedConfidence = ScanConfidence.medium

  public init() {}
}

/// Scans text line by line, streaming: a file is read in 64 KiB chunks, so memory stays
/// bounded by the longest line allowed and the findings kept.
public struct TextScanner: Sendable {
  public let resources: ScanResources
  public var limits: ScanLimits

  public init(resources: ScanResources, limits: ScanLimits = ScanLimits()) {
    self.resources = resources
    self.limits = limits
  }

  /// Scans pasted or in-memory text.
  public func scan(text: String, source: String) -> Result<ScanReport, ScanProblem> {
    var bytes = Array(text.utf8)
    if bytes.last != 0x0A { bytes.append(0x0A) }
    var offset = 0
    return run(source: source, onLine: nil) { buffer in
      let n = min(buffer.count, bytes.count - offset)
      if n <= 0 { return 0 }
      bytes.withUnsafeBufferPointer { source in
        guard let from = source.baseAddress else { return }
        buffer.baseAddress?.update(from: from + offset, count: n)
      }
      offset += n
      return n
    }
  }

  /// Scans what a file descriptor gives until its end.
  public func scan(fileDescriptor fd: Int32, source: String) -> Result<ScanReport, ScanProblem> {
    run(source: source, onLine: nil, read: TextScanner.reader(fd))
  }

  static func reader(_ fd: Int32) -> (UnsafeMutableBufferPointer<UInt8>) -> Int {
    { buffer in
      while true {
        let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
        if n < 0, errno == EINTR { continue }
        return n
      }
    }
  }

  /// The scanning loop: `read` fills a buffer and returns the count (0 at the end, -1 on
  /// error); `onLine` sees each line with its findings (for pseudonymisation).
  func run(
    source: String, onLine: ((UnsafeBufferPointer<UInt8>, [LineFinding]) -> Bool)?,
    read: (UnsafeMutableBufferPointer<UInt8>) -> Int
  ) -> Result<ScanReport, ScanProblem> {
    var report = ScanReport(source: source)
    var scanner = LineScanner(resources: resources)
    var line: [UInt8] = []
    line.reserveCapacity(4096)
    let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 65_536)
    defer { chunk.deallocate() }
    var lineNumber = 0
    var failure: ScanProblem?

    func finishLine() -> Bool {
      lineNumber += 1
      if line.last == 0x0D { line.removeLast() }
      let ok: Bool = line.withUnsafeBufferPointer { buffer in
        guard UTF8Validation.isValid(buffer) else {
          failure = .invalidUTF8(line: lineNumber)
          return false
        }
        guard let base = buffer.baseAddress, buffer.count > 0 else {
          return onLine?(buffer, []) ?? true
        }
        let found = scanner.scan(base, buffer.count)
        record(found, base: base, count: buffer.count, line: lineNumber, into: &report)
        if let onLine, !onLine(buffer, found) {
          failure = .cannotWrite(reason: "")
          return false
        }
        return true
      }
      line.removeAll(keepingCapacity: line.count < 65_536)
      return ok
    }

    guard let chunkBase = chunk.baseAddress else { return .failure(.unreadable(reason: "out of memory")) }
    reading: while true {
      let n = read(chunk)
      if n < 0 { return .failure(.unreadable(reason: String(cString: strerror(errno)))) }
      if n == 0 { break }
      report.bytes += n
      if report.bytes > limits.maxBytes { return .failure(.tooLarge(limit: limits.maxBytes)) }
      if memchr(chunkBase, 0, n) != nil { return .failure(.binary) }
      var start = 0
      while start < n {
        let newline = memchr(chunkBase + start, 0x0A, n - start).map {
          $0.assumingMemoryBound(to: UInt8.self) - chunkBase
        }
        let end = newline ?? n
        line.append(contentsOf: UnsafeBufferPointer(start: chunkBase + start, count: end - start))
        if line.count > limits.maxLineBytes {
          return .failure(.lineTooLong(line: lineNumber + 1, limit: limits.maxLineBytes))
        }
        if newline != nil, !finishLine() { break reading }
        start = end + 1
      }
    }
    if let failure { return .failure(failure) }
    if !line.isEmpty, !finishLine(), let failure { return .failure(failure) }
    report.lines = lineNumber
    return .success(report)
  }

  /// Adds a line's findings to the report: located, masked, counted.
  func record(_ found: [LineFinding], base: UnsafePointer<UInt8>, count: Int, line: Int, into report: inout ScanReport)
  {
    for finding in found {
      if finding.confidence >= limits.countedConfidence {
        report.counts[finding.category, default: 0] += 1
      }
      guard report.findings.count < limits.maxStoredFindings else {
        report.omitted += 1
        continue
      }
      report.findings.append(
        ScanFinding(
          category: finding.category, confidence: finding.confidence, line: line,
          column: ScanMasking.column(base, finding.start),
          length: ScanMasking.characters(base, finding.start, finding.end),
          excerpt: ScanMasking.excerpt(base, count, around: finding, all: found),
          masked: String(decoding: ScanMasking.mask(base, finding.start, finding.end, finding.category), as: UTF8.self))
      )
    }
  }
}
