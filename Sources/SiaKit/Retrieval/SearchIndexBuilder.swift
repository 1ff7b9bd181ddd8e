/// Accumulates documents, then lays out the postings of a `SearchIndex`. Average field
/// lengths are known only at the end, so field occurrences are kept until `build`.
struct SearchIndexBuilder {
  struct FieldOccurrence {
    var document: Int32
    var field: Int
    var weight: Double
    var length: Int
    var counts: [(term: Int32, count: Int)]
  }

  let parameters: BM25Parameters
  var documentIDs: [String] = []
  var frenchTerms: [String: Int32] = [:]
  var englishTerms: [String: Int32] = [:]
  var termCount: Int32 = 0
  var termLanguages: [Lang] = []
  var fieldNames: [String: Int] = [:]
  var fieldLengths: [Int] = []
  var fieldDocuments: [Int] = []
  var occurrences: [FieldOccurrence] = []
  var vocabulary = Vocabulary()

  init(parameters: BM25Parameters) { self.parameters = parameters }

  mutating func add(_ document: SearchDocument, analyzer: Analyzer) {
    let index = Int32(documentIDs.count)
    documentIDs.append(document.id)
    for field in document.fields {
      var counts: [Int32: Int] = [:]
      var length = 0
      for term in analyzer.analyze(field.text, languages: field.languages) {
        if !term.isJoined { length += 1 }
        let french = term.french.map { intern($0, .fr) }
        let english = term.english.map { intern($0, .en) }
        let unaccented = term.frenchUnaccented.map { intern($0, .fr) }
        let step = field.countsOnce ? 0 : 1
        for id in [french, english, unaccented] {
          if let id { counts[id] = counts[id].map { $0 + step } ?? 1 }
        }
        vocabulary.add(term, document: index, french: french, english: english)
      }
      guard length > 0 else { continue }
      let name = fieldIndex(field.name)
      fieldLengths[name] += length
      fieldDocuments[name] += 1
      occurrences.append(
        FieldOccurrence(
          document: index, field: name, weight: field.weight, length: length,
          counts: counts.map { ($0.key, $0.value) }))
    }
  }

  mutating func intern(_ stem: String, _ lang: Lang) -> Int32 {
    if let known = lang == .fr ? frenchTerms[stem] : englishTerms[stem] { return known }
    let id = termCount
    termCount += 1
    termLanguages.append(lang)
    if lang == .fr { frenchTerms[stem] = id } else { englishTerms[stem] = id }
    return id
  }

  mutating func fieldIndex(_ name: String) -> Int {
    if let known = fieldNames[name] { return known }
    fieldNames[name] = fieldLengths.count
    fieldLengths.append(0)
    fieldDocuments.append(0)
    return fieldLengths.count - 1
  }

  func build() -> SearchIndex {
    let averages = zip(fieldLengths, fieldDocuments).map { $1 > 0 ? Double($0) / Double($1) : 0 }
    var postings = [[(Int32, Float)]](repeating: [], count: Int(termCount))
    var pending: [Int32: Double] = [:]
    var current: Int32 = -1
    func flush() {
      for (term, frequency) in pending { postings[Int(term)].append((current, Float(frequency))) }
      pending.removeAll(keepingCapacity: true)
    }
    // Occurrences come document by document, in order: postings stay sorted.
    for occurrence in occurrences {
      if occurrence.document != current {
        flush()
        current = occurrence.document
      }
      let norm = parameters.norm(length: occurrence.length, average: averages[occurrence.field])
      for (term, count) in occurrence.counts {
        pending[term, default: 0] += occurrence.weight * Double(count) / norm
      }
    }
    flush()
    var start: [Int32] = [0]
    var documents: [Int32] = []
    var frequencies: [Float] = []
    var idfs: [Float] = []
    start.reserveCapacity(postings.count + 1)
    idfs.reserveCapacity(postings.count)
    for list in postings {
      for (document, frequency) in list {
        documents.append(document)
        frequencies.append(frequency)
      }
      start.append(Int32(documents.count))
      idfs.append(Float(BM25Parameters.idf(documents: documentIDs.count, containing: list.count)))
    }
    return SearchIndex(
      parameters: parameters, documentIDs: documentIDs, frenchTerms: frenchTerms, englishTerms: englishTerms,
      postingStart: start, postingDocuments: documents, postingFrequencies: frequencies, idfs: idfs,
      termLanguages: termLanguages, vocabulary: vocabulary)
  }
}
