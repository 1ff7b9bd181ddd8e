/// The loaded guide in `KnowledgeCache`'s binary form. Field order is the format: a
/// change here must bump `KnowledgeCache.formatVersion`.

extension Bilingual: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    self.init(fr: try reader.readString(), en: try reader.readString())
  }
  public func archive(to writer: inout ArchiveWriter) {
    writer.write(fr)
    writer.write(en)
  }
}

extension Theme: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    self.init(id: try reader.readString(), label: try reader.read())
  }
  public func archive(to writer: inout ArchiveWriter) {
    writer.write(id)
    writer.write(label)
  }
}

extension Institute: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    let pairs: [String] = try reader.readArray()
    guard pairs.count % 2 == 0 else { throw ArchiveError("odd institute pairs") }
    var values: [String: String] = [:]
    for position in stride(from: 0, to: pairs.count, by: 2) { values[pairs[position]] = pairs[position + 1] }
    self.init(values: values)
  }
  public func archive(to writer: inout ArchiveWriter) {
    writer.write(values.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
  }
}

extension GuideSection: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    self.init(
      id: try reader.readString(), title: try reader.readString(), titleEn: try reader.readString(),
      summaryEn: try reader.readString(), tags: try reader.readArray(), keywords: try reader.readArray(),
      aliases: try reader.readArray(), sources: try reader.readArray(), freshness: try reader.read(),
      body: try reader.readString(), file: try reader.readString(), bodyLine: try reader.readInt(),
      english: try reader.readOptional())
  }
  public func archive(to writer: inout ArchiveWriter) {
    for text in [id, title, titleEn, summaryEn] { writer.write(text) }
    for list in [tags, keywords, aliases, sources] { writer.write(list) }
    writer.write(freshness)
    for text in [body, file] { writer.write(text) }
    writer.write(bodyLine)
    writer.write(english)
  }
}

extension GuideTranslation: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    self.init(
      body: try reader.readString(), translatedFrom: try reader.readString(), reviewed: try reader.readString(),
      file: try reader.readString(), bodyLine: try reader.readInt())
  }
  public func archive(to writer: inout ArchiveWriter) {
    for text in [body, translatedFrom, reviewed, file] { writer.write(text) }
    writer.write(bodyLine)
  }
}

extension FAQEntry: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    self.init(
      id: try reader.readString(), question: try reader.read(), answer: try reader.read(),
      keywords: try reader.readArray(), see: try reader.readArray(), file: try reader.readString(),
      line: try reader.readInt(), freshness: try reader.read())
  }
  public func archive(to writer: inout ArchiveWriter) {
    writer.write(id)
    writer.write(question)
    writer.write(answer)
    writer.write(keywords)
    writer.write(see)
    writer.write(file)
    writer.write(line)
    writer.write(freshness)
  }
}

extension Freshness: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    let reviewed = try reader.readString()
    let months = try reader.readInt()
    let reviewBy: String? = try reader.readOptional()
    self.init(reviewed: reviewed, reviewEveryMonths: months > 0 ? months : nil, reviewBy: reviewBy)
  }
  public func archive(to writer: inout ArchiveWriter) {
    writer.write(reviewed)
    writer.write(reviewEveryMonths ?? 0)
    writer.write(reviewBy)
  }
}

extension Diagnostic: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    guard let severity = Severity(rawValue: try reader.readString()) else { throw ArchiveError("bad severity") }
    self.init(
      severity, file: try reader.readString(), line: try reader.readInt(), id: try reader.readOptional(),
      Bilingual(fr: try reader.readString(), en: try reader.readString()))
  }
  public func archive(to writer: inout ArchiveWriter) {
    writer.write(severity.rawValue)
    writer.write(file)
    writer.write(line)
    writer.write(id)
    writer.write(text.fr)
    writer.write(text.en)
  }
}

extension KnowledgeLoader.Result: Archivable {
  public init(from reader: inout ArchiveReader) throws {
    self.init(
      knowledge: try KnowledgeBase(archivedFrom: &reader),
      diagnostics: try reader.readArray())
  }
  public func archive(to writer: inout ArchiveWriter) {
    writer.write(knowledge.root)
    writer.write(knowledge.institute)
    writer.write(knowledge.themes)
    writer.write(knowledge.sections)
    writer.write(knowledge.faq)
    writer.write(diagnostics)
  }
}

extension KnowledgeBase {
  init(archivedFrom reader: inout ArchiveReader) throws {
    self.init(
      root: try reader.readString(), institute: try reader.read(), themes: try reader.readArray(),
      sections: try reader.readArray(), faq: try reader.readArray(), version: nil)
  }
}
