import Foundation

/// Reads plain lines from a file descriptor, without escape sequences or libedit.
/// Memory stays bounded on huge lines (the excess is read and dropped) and invalid
/// UTF-8 is replaced by U+FFFD instead of failing.
public final class PlainLineReader: LineReader {
  let fd: Int32
  var buffer: [UInt8] = []
  var position = 0
  var atEnd = false
  public let maxLineBytes: Int
  public private(set) var lastTruncatedSize: Int?

  public init(fd: Int32 = STDIN_FILENO, maxLineBytes: Int = 64 * 1024) {
    self.fd = fd
    self.maxLineBytes = maxLineBytes
  }

  public func read(prompt: String) -> LineInput {
    lastTruncatedSize = nil
    var line: [UInt8] = []
    var size = 0
    while true {
      if position >= buffer.count {
        guard fill() else {
          if size == 0 { return .endOfInput }
          break
        }
      }
      let chunk = buffer[position...]
      if let newline = chunk.firstIndex(of: 0x0A) {
        take(chunk[position..<newline], into: &line, size: &size)
        position = newline + 1
        break
      }
      take(chunk, into: &line, size: &size)
      position = buffer.count
    }
    if size > maxLineBytes { lastTruncatedSize = size }
    if line.last == 0x0D { line.removeLast() }
    return .line(String(decoding: line, as: UTF8.self))
  }

  private func take(_ bytes: ArraySlice<UInt8>, into line: inout [UInt8], size: inout Int) {
    size += bytes.count
    let room = maxLineBytes - line.count
    if room > 0 { line += bytes.prefix(room) }
  }

  private func fill() -> Bool {
    if atEnd { return false }
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n > 0 {
        buffer = Array(chunk[0..<n])
        position = 0
        return true
      }
      if n < 0, errno == EINTR { continue }
      atEnd = true
      return false
    }
  }

  public func remember(_ line: String) {}
  public func takeHistoryProblem() -> String? { nil }
  public func close() {}
}
