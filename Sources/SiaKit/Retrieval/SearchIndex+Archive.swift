/// The built search index in `KnowledgeCache`'s binary form: the flat arrays are copied
/// as they lie in memory; the dictionaries are rebuilt from their keys. Field order is
/// the format: a change here must bump `KnowledgeCache.formatVersion`.

extension Vocabulary: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    let folded: [String] = try reader.readArray()
    let words: [String] = try reader.readArray()
    let frequencies: [Int32] = try reader.readRaw()
    let french: [Int32] = try reader.readRaw()
    let english: [Int32] = try reader.readRaw()
    let count = folded.count
    guard words.count == count, frequencies.count == count, french.count == count, english.count == count else {
      throw ArchiveError("vocabulary columns differ in length")
    }
    self.init()
    entries.reserveCapacity(count)
    positions.reserveCapacity(count)
    for position in 0..<count {
      entries.append(
        Entry(
          folded: folded[position], word: words[position], documentFrequency: Int(frequencies[position]),
          french: french[position] < 0 ? nil : french[position],
          english: english[position] < 0 ? nil : english[position]))
      positions[folded[position]] = position
    }
    let lengths = try reader.readLength()
    byLength = try (0..<lengths).map { _ in try reader.readRaw() }
    units = try reader.readRaw()
    starts = try reader.readRaw()
    letterSets = try reader.readRaw()
    lastDocument = [Int32](repeating: -1, count: count)
    guard starts.count == count + 1, starts.first == 0, letterSets.count == count,
      starts.last.map(Int.init) == units.count,
      zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
      byLength.allSatisfy({ $0.allSatisfy { (0..<Int32(count)).contains($0) } })
    else { throw ArchiveError("inconsistent vocabulary") }
  }

  public func archive(to writer: inout ArchiveWriter) {
    writer.write(entries.map(\.folded))
    writer.write(entries.map(\.word))
    writer.write(raw: entries.map { Int32(clamping: $0.documentFrequency) })
    writer.write(raw: entries.map { $0.french ?? -1 })
    writer.write(raw: entries.map { $0.english ?? -1 })
    writer.write(count: byLength.count)
    for ids in byLength { writer.write(raw: ids) }
    writer.write(raw: units)
    writer.write(raw: starts)
    writer.write(raw: letterSets)
  }
}

extension SearchIndex: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    let parameters = BM25Parameters(k1: try reader.readDouble(), b: try reader.readDouble())
    let documentIDs: [String] = try reader.readArray()
    let frenchTerms = try SearchIndex.readTerms(&reader)
    let englishTerms = try SearchIndex.readTerms(&reader)
    let postingStart: [Int32] = try reader.readRaw()
    let postingDocuments: [Int32] = try reader.readRaw()
    let postingFrequencies: [Float] = try reader.readRaw()
    let idfs: [Float] = try reader.readRaw()
    let languages: [UInt8] = try reader.readRaw()
    let vocabulary: Vocabulary = try reader.read()
    let terms = idfs.count
    // Scoring reads these arrays through raw pointers: every offset must be in range.
    guard postingStart.count == terms + 1, postingStart.first == 0, languages.count == terms,
      postingStart.last.map(Int.init) == postingDocuments.count, postingFrequencies.count == postingDocuments.count,
      zip(postingStart, postingStart.dropFirst()).allSatisfy({ $0 <= $1 }),
      postingDocuments.allSatisfy({ (0..<Int32(documentIDs.count)).contains($0) }),
      frenchTerms.values.allSatisfy({ (0..<Int32(terms)).contains($0) }),
      englishTerms.values.allSatisfy({ (0..<Int32(terms)).contains($0) }),
      vocabulary.entries.allSatisfy({ entry in
        [entry.french, entry.english].allSatisfy { $0.map { (0..<Int32(terms)).contains($0) } ?? true }
      })
    else { throw ArchiveError("inconsistent index") }
    self.init(
      parameters: parameters, documentIDs: documentIDs, frenchTerms: frenchTerms, englishTerms: englishTerms,
      postingStart: postingStart, postingDocuments: postingDocuments, postingFrequencies: postingFrequencies,
      idfs: idfs, termLanguages: languages.map { $0 == 0 ? .fr : .en }, vocabulary: vocabulary)
  }

  public func archive(to writer: inout ArchiveWriter) {
    writer.write(parameters.k1)
    writer.write(parameters.b)
    writer.write(documentIDs)
    SearchIndex.writeTerms(frenchTerms, &writer)
    SearchIndex.writeTerms(englishTerms, &writer)
    writer.write(raw: postingStart)
    writer.write(raw: postingDocuments)
    writer.write(raw: postingFrequencies)
    writer.write(raw: idfs)
    writer.write(raw: termLanguages.map { $0 == .fr ? UInt8(0) : 1 })
    writer.write(vocabulary)
  }

  static func writeTerms(_ terms: [String: Int32], _ writer: inout ArchiveWriter) {
    let sorted = terms.sorted { $0.value < $1.value }
    writer.write(sorted.map(\.key))
    writer.write(raw: sorted.map(\.value))
  }

  static func readTerms(_ reader: inout ArchiveReader) throws -> [String: Int32] {
    let stems: [String] = try reader.readArray()
    let ids: [Int32] = try reader.readRaw()
    guard stems.count == ids.count else { throw ArchiveError("term columns differ in length") }
    var terms: [String: Int32] = [:]
    terms.reserveCapacity(stems.count)
    for (stem, id) in zip(stems, ids) { terms[stem] = id }
    return terms
  }
}

extension GuideSearch {
  /// The index, the synonym groups, the Tab keywords and every passage analysed for
  /// snippets (`SnippetStore`); the passages' texts come back from the knowledge base.
  func archive(to writer: inout ArchiveWriter) {
    writer.write(engine.index)
    writer.write(engine.synonyms.texts)
    writer.write(keywords)
    SnippetStore.write(allAnalyzedTexts(), &writer)
  }

  convenience init(knowledge: KnowledgeBase, archivedFrom reader: inout ArchiveReader) throws {
    let index: SearchIndex = try reader.read()
    let synonyms: [[String]] = try reader.readArray()
    let keywords: [String] = try reader.readArray()
    let snippets = try SnippetStore.read(&reader)
    guard index.documentCount == knowledge.sections.count + knowledge.faq.count else {
      throw ArchiveError("index and guide differ")
    }
    self.init(
      knowledge: knowledge, engine: SearchEngine(index: index, analyzer: Analyzer(), synonyms: synonyms),
      keywords: keywords)
    snippetStore = snippets
  }
}
