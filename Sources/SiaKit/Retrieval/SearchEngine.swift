/// Turns a question into weighted clauses and scores them on a `SearchIndex`: each
/// word stands for its French and English stems; a word the index does not know is
/// replaced by the nearest known words (typo tolerance); synonym groups add their
/// other members. Owns its analyzer and scratch memory: one engine per thread.
public final class SearchEngine {
  public let index: SearchIndex
  public let analyzer: Analyzer
  let synonyms: SynonymExpander
  let scratch: ScoreScratch

  /// Weight of a corrected word at edit distance 1 and 2, and of a synonym: a little
  /// below the word itself, so an exact match wins a tie.
  public static let correctionWeights: [Double] = [1, 0.9, 0.8]
  public static let synonymWeight = 0.9
  /// A pasted page is not a question: only its beginning is searched, so one line
  /// cannot cost seconds of typo search.
  public static let maxQueryLength = 2_000
  public static let maxQueryWords = 40
  /// Weight of the stems of the language the query is not written in (see `favour`).
  public static let otherLanguageWeight = 0.5

  public init(index: SearchIndex, analyzer: Analyzer, synonyms: [[String]] = []) {
    self.index = index
    self.analyzer = analyzer
    self.scratch = ScoreScratch(documentCount: index.documentCount)
    self.synonyms = SynonymExpander(groups: synonyms, analyzer: analyzer, index: index)
  }

  public convenience init(
    documents: [SearchDocument], synonyms: [[String]] = [], parameters: BM25Parameters = BM25Parameters()
  ) {
    let analyzer = Analyzer()
    self.init(
      index: SearchIndex(documents: documents, analyzer: analyzer, parameters: parameters), analyzer: analyzer,
      synonyms: synonyms)
  }

  public func search(_ query: ParsedQuery, limit: Int) -> [ScoredDocument] {
    index.search(query.clauses, limit: limit, scratch: scratch)
  }

  public func search(_ text: String, limit: Int) -> [ScoredDocument] {
    search(parse(text), limit: limit)
  }

  /// The terms of the index that stand for one analyzed word.
  static func alternatives(_ word: Analyzer.Term, _ index: SearchIndex, weight: Double = 1) -> [WeightedTerm] {
    var result: [WeightedTerm] = []
    for lang in Lang.allCases {
      if let stem = word.stem(lang), let term = index.term(stem, lang) {
        result.append(WeightedTerm(term, weight: weight))
      }
    }
    if let stem = word.frenchUnaccented, let term = index.term(stem, .fr) {
      result.append(WeightedTerm(term, weight: weight))
    }
    return result
  }

  public func parse(_ text: String) -> ParsedQuery {
    var clauses: [QueryClause] = []
    var understood: [UnderstoodTerm] = []
    var words: [Analyzer.Term] = []
    var tally = LanguageTally()
    let analyzed = analyzer.analyze(
      String(text.prefix(SearchEngine.maxQueryLength)), languages: [.fr, .en], tally: &tally)
    for word in analyzed.prefix(SearchEngine.maxQueryWords) {
      var alternatives = SearchEngine.alternatives(word, index)
      var term = UnderstoodTerm(typed: word.word, correction: nil, synonyms: [], isKnown: !alternatives.isEmpty)
      if alternatives.isEmpty {
        for (entry, distance) in index.vocabulary.corrections(for: word.folded) {
          let weight = SearchEngine.correctionWeights[min(distance, 2)]
          for id in [entry.french, entry.english].compactMap({ $0 }) {
            alternatives.append(WeightedTerm(id, weight: weight))
          }
          if term.correction == nil { term.correction = entry.word }
        }
        term.isKnown = !alternatives.isEmpty
      }
      let clause = QueryClause(alternatives)
      // A repeated word counts once.
      if !alternatives.isEmpty, clauses.contains(clause) { continue }
      if alternatives.isEmpty, understood.contains(where: { $0.typed == term.typed }) { continue }
      clauses.append(clause)
      understood.append(term)
      words.append(word)
    }
    synonyms.expand(words: words, clauses: &clauses, understood: &understood, index: index)
    let language = tally.guess
    if let language { favour(language, in: &clauses) }
    return ParsedQuery(text: text, clauses: clauses, understood: understood, language: language)
  }

  /// Halves the weight of the other language's stems once the query's language is
  /// clear: the English "data" stemmed as French is "dat", which is also "date". Phrases
  /// lent by a synonym group too: with a guide written in both languages, a French
  /// question's "health data" must not weigh on every English text as much as its own
  /// "données de santé" does on the French ones.
  func favour(_ language: Lang, in clauses: inout [QueryClause]) {
    for i in clauses.indices {
      for j in clauses[i].alternatives.indices
      where index.language(of: clauses[i].alternatives[j].term) != language {
        clauses[i].alternatives[j].weight *= SearchEngine.otherLanguageWeight
        clauses[i].alternatives[j].highlights = false
      }
    }
  }

  /// French or English from the words around the question (stop words, accents).
  public static func guessLanguage(_ text: String) -> Lang? {
    var tally = LanguageTally()
    for token in Tokenizer.tokenize(text) {
      let lower = TextFolding.lower(token.text)
      tally.count(lower: lower, folded: TextFolding.fold(lower))
    }
    return tally.guess
  }

}
