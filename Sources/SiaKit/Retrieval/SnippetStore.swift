/// The passages' sentences, already analysed for snippets, as `KnowledgeCache` keeps
/// them next to the index. Analysing a passage (cutting sentences, tokenising and
/// stemming words seen for the first time in the process) was a third of `sia ask`;
/// here each passage stays an undecoded blob of the cache file until it is shown.
final class SnippetStore {
  /// The cache file's bytes, shared with the reader that found the blobs.
  private let bytes: [UInt8]
  /// Where each passage's blob lies, by `GuideSearch` snippet key.
  private let blobs: [Int: Range<Int>]

  init(bytes: [UInt8], blobs: [Int: Range<Int>]) {
    self.bytes = bytes
    self.blobs = blobs
  }

  /// The analysed text for `key`, or nil when the store lacks it or it does not decode
  /// (the caller then analyses the text itself).
  func analyzed(_ key: Int) -> AnalyzedText? {
    guard let range = blobs[key] else { return nil }
    var reader = ArchiveReader(bytes, from: range.lowerBound)
    guard let text = try? AnalyzedText(from: &reader) else { return nil }
    return text
  }

  /// Reads the table written by `write`: the blobs are skipped, not decoded.
  static func read(_ reader: inout ArchiveReader) throws -> SnippetStore {
    let count = try reader.readLength()
    var blobs: [Int: Range<Int>] = [:]
    blobs.reserveCapacity(count)
    for _ in 0..<count {
      let key = try reader.readCount()
      blobs[key] = try reader.skipBlob()
    }
    return SnippetStore(bytes: reader.buffer, blobs: blobs)
  }

  static func write(_ texts: [(key: Int, text: AnalyzedText)], _ writer: inout ArchiveWriter) {
    writer.write(count: texts.count)
    for (key, text) in texts {
      var blob = ArchiveWriter()
      text.archive(to: &blob)
      writer.write(count: key)
      writer.write(blob: blob.bytes)
    }
  }
}

/// Per sentence: its text, then its words as UTF-8 offsets into it and their terms.
extension AnalyzedText: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    let count = try reader.readLength()
    var sentences: [Sentence] = []
    sentences.reserveCapacity(count)
    for _ in 0..<count {
      let text = try reader.readString()
      let starts: [Int32] = try reader.readRaw()
      let ends: [Int32] = try reader.readRaw()
      let termCounts: [Int32] = try reader.readRaw()
      let terms: [Int32] = try reader.readRaw()
      guard starts.count == ends.count, termCounts.count == starts.count,
        termCounts.reduce(0, { $0 + Int(max($1, 0)) }) == terms.count, termCounts.allSatisfy({ $0 >= 0 })
      else { throw ArchiveError("snippet columns differ in length") }
      let utf8 = text.utf8
      // A range must lie in the text and start and end on scalar boundaries.
      let isBoundary = { (offset: Int32) -> Bool in
        offset >= 0 && Int(offset) <= utf8.count
          && (Int(offset) == utf8.count || utf8[utf8.index(utf8.startIndex, offsetBy: Int(offset))] & 0xC0 != 0x80)
      }
      var words: [Word] = []
      words.reserveCapacity(starts.count)
      var next = 0
      for position in starts.indices {
        guard isBoundary(starts[position]), isBoundary(ends[position]), starts[position] <= ends[position] else {
          throw ArchiveError("snippet range outside its sentence")
        }
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(starts[position]))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(ends[position]))
        let count = Int(termCounts[position])
        words.append(Word(range: lower..<upper, terms: Array(terms[next..<next + count])))
        next += count
      }
      sentences.append(Sentence(text: text, words: words))
    }
    self.init(sentences: sentences)
  }

  public func archive(to writer: inout ArchiveWriter) {
    writer.write(count: sentences.count)
    for sentence in sentences {
      let utf8 = sentence.text.utf8
      let offset = { (index: String.Index) in Int32(utf8.distance(from: utf8.startIndex, to: index)) }
      writer.write(sentence.text)
      writer.write(raw: sentence.words.map { offset($0.range.lowerBound) })
      writer.write(raw: sentence.words.map { offset($0.range.upperBound) })
      writer.write(raw: sentence.words.map { Int32($0.terms.count) })
      writer.write(raw: sentence.words.flatMap(\.terms))
    }
  }
}
