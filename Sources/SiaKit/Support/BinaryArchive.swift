/// A compact binary form for what start-up would otherwise recompute (the loaded guide,
/// its search index): see `KnowledgeCache`. Written by hand because none of the kept
/// libraries reads fast enough: Codable through JSON or property lists costs more than
/// parsing the YAML again, and swift-protobuf needs generated mirror types for every
/// model struct. Here a number array is one `memcpy` and a string one UTF-8 copy.
///
/// The reader checks every length against the bytes left, so a truncated or garbled
/// archive throws `ArchiveError` instead of crashing; the cache also checks a digest
/// before decoding anything. Byte order is the host's: a cache never leaves its machine.
public protocol Archivable {
  init(from reader: inout ArchiveReader) throws
  func archive(to writer: inout ArchiveWriter)
}

public struct ArchiveError: Error, CustomStringConvertible {
  public var description: String
  init(_ description: String) { self.description = description }
}

public struct ArchiveWriter {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  /// Unsigned LEB128: small counts and ids take one byte.
  public mutating func write(count value: Int) {
    var rest = UInt64(UInt(bitPattern: value))
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  public mutating func write(_ value: Int) {
    // Zig-zag, so small negative numbers stay short too.
    write(count: (value << 1) ^ (value >> (Int.bitWidth - 1)))
  }

  public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  public mutating func write(_ value: Double) { write(raw: [value.bitPattern]) }

  public mutating func write(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      write(count: utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  /// Fixed-width values copied as they lie in memory.
  public mutating func write<T: BitwiseCopyable>(raw values: [T]) {
    write(count: values.count)
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }

  public mutating func write<T: Archivable>(_ value: T) { value.archive(to: &self) }

  /// Bytes with their length first: a reader can skip them (`skipBlob`) and decode
  /// them later.
  public mutating func write(blob: [UInt8]) {
    write(count: blob.count)
    bytes.append(contentsOf: blob)
  }

  public mutating func write<T: Archivable>(_ values: [T]) {
    write(count: values.count)
    for value in values { value.archive(to: &self) }
  }

  public mutating func write<T: Archivable>(_ value: T?) {
    write(value != nil)
    if let value { value.archive(to: &self) }
  }
}

public struct ArchiveReader {
  private let bytes: [UInt8]
  private var position: Int

  public init(_ bytes: [UInt8], from position: Int = 0) {
    self.bytes = bytes
    self.position = position
  }

  public var isAtEnd: Bool { position == bytes.count }

  /// The bytes being read (shared, not copied), for a part decoded later on its own.
  public var buffer: [UInt8] { bytes }

  /// Skips one length-prefixed blob (`ArchiveWriter.write(blob:)`) and gives where it
  /// lies in `buffer`.
  public mutating func skipBlob() throws -> Range<Int> {
    let count = try readLength()
    defer { position += count }
    return position..<position + count
  }

  public mutating func readCount() throws -> Int {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard position < bytes.count else { throw ArchiveError("truncated number") }
      let byte = bytes[position]
      position += 1
      guard shift < 64 else { throw ArchiveError("number too long") }
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(bitPattern: UInt(value))
  }

  /// A count that must also fit in what is left (at `unit` bytes per element), so a
  /// garbled length cannot ask for gigabytes.
  public mutating func readLength(unit: Int = 1) throws -> Int {
    let count = try readCount()
    guard count >= 0, count <= (bytes.count - position) / max(unit, 1) else {
      throw ArchiveError("length \(count) past the end")
    }
    return count
  }

  public mutating func readInt() throws -> Int {
    let zigzag = UInt(bitPattern: try readCount())
    return Int(bitPattern: zigzag >> 1) ^ -Int(bitPattern: zigzag & 1)
  }

  public mutating func readInt32() throws -> Int32 {
    let value = try readInt()
    guard let narrow = Int32(exactly: value) else { throw ArchiveError("\(value) out of Int32 range") }
    return narrow
  }

  public mutating func readBool() throws -> Bool {
    guard position < bytes.count else { throw ArchiveError("truncated flag") }
    defer { position += 1 }
    switch bytes[position] {
    case 0: return false
    case 1: return true
    default: throw ArchiveError("bad flag")
    }
  }

  public mutating func readDouble() throws -> Double {
    let raw: [UInt64] = try readRaw()
    guard raw.count == 1 else { throw ArchiveError("bad double") }
    return Double(bitPattern: raw[0])
  }

  public mutating func readString() throws -> String {
    let count = try readLength()
    defer { position += count }
    // Replaces invalid UTF-8 rather than trusting it; the digest makes that moot.
    return bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self)
    }
  }

  public mutating func readRaw<T: BitwiseCopyable>() throws -> [T] {
    let stride = MemoryLayout<T>.stride
    let count = try readLength(unit: stride)
    let start = position
    position += count * stride
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(buffer).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[start..<start + count * stride]))
      }
      initialized = count
    }
  }

  public mutating func read<T: Archivable>(_ type: T.Type = T.self) throws -> T { try T(from: &self) }

  public mutating func readArray<T: Archivable>(_ type: T.Type = T.self) throws -> [T] {
    let count = try readLength()
    var values: [T] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try T(from: &self)) }
    return values
  }

  public mutating func readOptional<T: Archivable>(_ type: T.Type = T.self) throws -> T? {
    try readBool() ? try T(from: &self) : nil
  }
}

extension String: Archivable {
  public init(from reader: inout ArchiveReader) throws { self = try reader.readString() }
  public func archive(to writer: inout ArchiveWriter) { writer.write(self) }
}

extension Int: Archivable {
  public init(from reader: inout ArchiveReader) throws { self = try reader.readInt() }
  public func archive(to writer: inout ArchiveWriter) { writer.write(self) }
}

extension Int32: Archivable {
  public init(from reader: inout ArchiveReader) throws { self = try reader.readInt32() }
  public func archive(to writer: inout ArchiveWriter) { writer.write(Int(self)) }
}

extension Lang: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    guard let lang = Lang(rawValue: try reader.readString()) else { throw ArchiveError("bad language") }
    self = lang
  }
  public func archive(to writer: inout ArchiveWriter) { writer.write(rawValue) }
}

extension Array: Archivable where Element: Archivable {
  public init(from reader: inout ArchiveReader) throws { self = try reader.readArray() }
  public func archive(to writer: inout ArchiveWriter) {
    writer.write(count: count)
    for element in self { element.archive(to: &writer) }
  }
}
