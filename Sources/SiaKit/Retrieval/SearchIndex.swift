/// An inverted index scored with BM25F: integer term ids, one flat postings array
/// (documents in order) and, per posting, the field-weighted, length-normalised term
/// frequency Σ w_f·tf_f / (1 − b + b·len_f/avg_f), which does not depend on the query
/// and is therefore computed once here. A query then only walks postings and sums.
/// French and English stems live in separate term spaces: an English stem never
/// matches a French word by accident.
public struct SearchIndex: Sendable {
  public let parameters: BM25Parameters
  public let documentIDs: [String]
  let frenchTerms: [String: Int32]
  let englishTerms: [String: Int32]
  /// Postings of term t: `postingStart[t] ..< postingStart[t + 1]`.
  let postingStart: [Int32]
  let postingDocuments: [Int32]
  let postingFrequencies: [Float]
  let idfs: [Float]
  let termLanguages: [Lang]
  /// The words seen, for typo tolerance and completion.
  public let vocabulary: Vocabulary

  public var documentCount: Int { documentIDs.count }
  public var termCount: Int { idfs.count }

  public func term(_ stem: String, _ lang: Lang) -> Int32? {
    lang == .fr ? frenchTerms[stem] : englishTerms[stem]
  }

  public func language(of term: Int32) -> Lang { termLanguages[Int(term)] }

  public func idf(_ term: Int32) -> Double { Double(idfs[Int(term)]) }

  /// Number of documents containing `term`.
  public func documentFrequency(_ term: Int32) -> Int {
    Int(postingStart[Int(term) + 1] - postingStart[Int(term)])
  }

  /// The normalised frequency of `term` in `document`, 0 when absent (binary search).
  public func frequency(_ term: Int32, in document: Int32) -> Double {
    var low = Int(postingStart[Int(term)]), high = Int(postingStart[Int(term) + 1])
    while low < high {
      let middle = (low + high) / 2
      let found = postingDocuments[middle]
      if found == document { return Double(postingFrequencies[middle]) }
      if found < document { low = middle + 1 } else { high = middle }
    }
    return 0
  }

  /// The BM25 contribution of `term` to `document` (0 when absent).
  public func score(_ term: Int32, in document: Int32) -> Double {
    let tf = frequency(term, in: document)
    return tf > 0 ? idf(term) * parameters.saturate(tf) : 0
  }

  public init(documents: [SearchDocument], analyzer: Analyzer, parameters: BM25Parameters = BM25Parameters()) {
    var builder = SearchIndexBuilder(parameters: parameters)
    for document in documents { builder.add(document, analyzer: analyzer) }
    self = builder.build()
  }

  init(
    parameters: BM25Parameters, documentIDs: [String], frenchTerms: [String: Int32], englishTerms: [String: Int32],
    postingStart: [Int32], postingDocuments: [Int32], postingFrequencies: [Float], idfs: [Float], termLanguages: [Lang],
    vocabulary: Vocabulary
  ) {
    self.termLanguages = termLanguages
    self.parameters = parameters
    self.documentIDs = documentIDs
    self.frenchTerms = frenchTerms
    self.englishTerms = englishTerms
    self.postingStart = postingStart
    self.postingDocuments = postingDocuments
    self.postingFrequencies = postingFrequencies
    self.idfs = idfs
    self.vocabulary = vocabulary
  }
}
