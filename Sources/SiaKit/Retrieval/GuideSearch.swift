import Foundation

/// The search over the guide: every section and every FAQ entry is a document of its
/// own, with title, aliases and keywords weighted above the prose. Built once per
/// process (a few milliseconds) and kept; `ask` answers one question.
public final class GuideSearch {
  public enum Kind: String, Sendable { case section, faq }

  /// What a result points to, beyond the index.
  struct Passage {
    var kind: Kind
    var id: String
    var title: Bilingual
    var french: String
    var english: String
    var see: [String]
  }

  public let engine: SearchEngine
  let passages: [Passage]
  /// The words of the guide's keywords and aliases, as written and lower-cased, sorted:
  /// what Tab offers after `/chercher`.
  public let keywords: [String]
  /// Passages analyzed for snippets, by passage and language (`snippetKey`), filled as
  /// they are shown.
  private var analyzedPassages: [Int: AnalyzedText] = [:]
  /// The same, analysed beforehand, when the search comes from `KnowledgeCache`.
  var snippetStore: SnippetStore?

  /// Field weights: what names a passage (titles, aliases, keywords) counts more than
  /// what it says at length. A FAQ question weighs a little less than a section title,
  /// so a bare keyword ("ChatGPT") lands on the section about it rather than on every
  /// question that names it. Tuned on Tests/SiaKitTests/Fixtures/retrieval/questions.tsv;
  /// the English body (`body_en`) on questions-en.tsv and journey-tuning.tsv: at the
  /// French body's weight it pulled sections whose long text merely repeats a common word
  /// ("health data") above the one the question is about.
  public static let weights: [String: Double] = [
    "title": 4, "title_en": 4, "aliases": 3, "keywords": 3, "summary_en": 1.5, "body": 1, "body_en": 0.25,
    "question": 3, "question_en": 3, "answer": 1, "answer_en": 1,
  ]
  /// Results scoring under this fraction of the best one are not shown.
  public static let relativeFloor = 0.2
  /// From this share of the question's (idf-weighted) known words found in the best
  /// passage, the results are an answer; below, they are the closest passages, shown
  /// and labelled as such. Words the guide does not know weigh nothing: the ordinary
  /// words of a long question ("ordinateur", "hôpital") say nothing about the guide.
  /// Tuned on Tests/SiaKitTests/Fixtures/retrieval/ (never on Bench/Data/journey-heldout.tsv).
  public static let answerCoverage = 0.4

  public init(knowledge: KnowledgeBase, synonyms: [[String]] = []) {
    let corpus = GuideSearch.corpus(knowledge)
    engine = SearchEngine(documents: corpus.documents, synonyms: synonyms)
    passages = corpus.passages
    keywords = GuideSearch.keywords(knowledge)
    self.knowledge = knowledge
  }

  /// A search whose index was built before (`KnowledgeCache`): only the passages, which
  /// point into `knowledge`, are laid out again.
  init(knowledge: KnowledgeBase, engine: SearchEngine, keywords: [String]) {
    self.engine = engine
    passages = GuideSearch.passages(knowledge)
    self.keywords = keywords
    self.knowledge = knowledge
  }

  /// What the documents are made from, for `bodyOnlyTerms` (which needs one document's
  /// fields, rarely: the index itself is built once or read from the cache).
  private let knowledge: KnowledgeBase
  private lazy var documentFields: [[SearchField]] = GuideSearch.corpus(knowledge).documents.map(\.fields)
  private var bodyOnly: [Int32: Set<Int32>] = [:]

  /// The terms a section has only in its English body. They rank it (an English question
  /// searches English texts) but do not make it an answer: a long translated body
  /// meets everyday words by chance (« the next train » and « over time » in the text
  /// on reproducibility), and what makes an answer — the words of its title, summary,
  /// keywords, or French body — is what it was before the English bodies were indexed.
  func bodyOnlyTerms(_ document: Int32) -> Set<Int32> {
    if let known = bodyOnly[document] { return known }
    var body = Set<Int32>()
    var other = Set<Int32>()
    let index = engine.index
    for field in documentFields[Int(document)] {
      var ids = Set<Int32>()
      for term in engine.analyzer.analyze(field.text, languages: field.languages) {
        if let stem = term.french, let id = index.term(stem, .fr) { ids.insert(id) }
        if let stem = term.english, let id = index.term(stem, .en) { ids.insert(id) }
        if let stem = term.frenchUnaccented, let id = index.term(stem, .fr) { ids.insert(id) }
      }
      if field.name == "body_en" { body.formUnion(ids) } else { other.formUnion(ids) }
    }
    let only = body.subtracting(other)
    bodyOnly[document] = only
    return only
  }

  /// The documents the guide search indexes, one per section then one per FAQ entry
  /// (public so a benchmark can index exactly the same thing).
  public static func documents(_ knowledge: KnowledgeBase) -> [SearchDocument] { corpus(knowledge).documents }

  static func corpus(_ knowledge: KnowledgeBase) -> (documents: [SearchDocument], passages: [Passage]) {
    var documents: [SearchDocument] = []
    let expand = { (text: String) in knowledge.institute.expand(text) }
    func field(_ name: String, _ text: String, _ languages: Set<Lang>) -> SearchField {
      SearchField(
        name, text, weight: GuideSearch.weights[name] ?? 1, languages: languages,
        countsOnce: name == "aliases" || name == "keywords")
    }
    for section in knowledge.sections {
      documents.append(
        SearchDocument(
          id: section.id,
          fields: [
            field("title", section.title, [.fr]),
            field("title_en", expand(section.titleEn), [.en]),
            field("aliases", section.aliases.map(expand).joined(separator: " ; "), [.fr, .en]),
            field("keywords", section.keywords.map(expand).joined(separator: " ; "), [.fr, .en]),
            field("summary_en", section.summaryEn, [.en]),
            field("body", section.body, [.fr]),
            // The English body (guide/en/ID.md), stemmed in English: an English question
            // searches English texts, and still meets the French terms of art they keep
            // in brackets (AIPD, CNIL, HDS).
            field("body_en", section.english?.body ?? "", [.en]),
          ]))
    }
    for entry in knowledge.faq {
      documents.append(
        SearchDocument(
          id: entry.id,
          fields: [
            field("question", entry.question.fr, [.fr]),
            field("question_en", entry.question.en, [.en]),
            field("keywords", entry.keywords.map(expand).joined(separator: " ; "), [.fr, .en]),
            field("answer", entry.answer.fr, [.fr]),
            field("answer_en", entry.answer.en, [.en]),
          ]))
    }
    return (documents, passages(knowledge))
  }

  /// What each document of `corpus` points to, in the same order.
  static func passages(_ knowledge: KnowledgeBase) -> [Passage] {
    knowledge.sections.map { section in
      Passage(
        kind: .section, id: section.id,
        title: Bilingual(fr: section.title, en: knowledge.institute.expand(section.titleEn)),
        french: section.body, english: section.english?.body ?? section.summaryEn, see: [])
    }
      + knowledge.faq.map { entry in
        Passage(
          kind: .faq, id: entry.id, title: entry.question, french: entry.answer.fr, english: entry.answer.en,
          see: entry.see)
      }
  }

  /// The words of every keyword and alias, as written and lower-cased, sorted.
  static func keywords(_ knowledge: KnowledgeBase) -> [String] {
    let phrases = knowledge.sections.flatMap { $0.keywords + $0.aliases } + knowledge.faq.flatMap(\.keywords)
    var words = Set<String>()
    for phrase in phrases.map({ knowledge.institute.expand($0) }) {
      for word in phrase.split(whereSeparator: { $0 == " " || $0 == "/" }) {
        let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
        guard trimmed.count >= 3 else { continue }
        words.insert(trimmed)
        words.insert(trimmed.lowercased())
      }
    }
    return words.sorted()
  }

  /// The search for `knowledge`, with the synonym groups of its `synonyms.yaml`.
  public static func load(_ knowledge: KnowledgeBase) -> GuideSearch {
    GuideSearch(knowledge: knowledge, synonyms: Synonyms.load(root: knowledge.root).groups.map(\.terms))
  }

  /// Every result worth showing, best first (the caller pages through them).
  public func ask(_ question: String, lang: Lang, limit: Int = 12) -> SearchAnswer {
    let query = engine.parse(question)
    var answer = SearchAnswer(
      query: question, understood: query.understood, wasCorrected: query.wasCorrected, results: [])
    let hits = engine.search(query, limit: limit)
    guard let best = hits.first else { return answer }
    answer.confidence = isAnswer(query, best.document) ? .answer : .closest
    for hit in hits where hit.score >= best.score * GuideSearch.relativeFloor {
      let passage = passages[Int(hit.document)]
      let analyzed = analyzedText(passage: Int(hit.document), english: lang == .en && !passage.english.isEmpty)
      // A Q&A's answer opens with the verdict and what to do: that comes first.
      let snippet =
        passage.kind == .faq ? engine.leadSnippet(query, analyzed: analyzed) : engine.snippet(query, analyzed: analyzed)
      answer.results.append(
        SearchResult(
          id: passage.id, kind: passage.kind, title: passage.title.pick(lang), score: hit.score,
          snippet: snippet, see: passage.see))
    }
    return answer
  }

  /// The sentences of a passage, in French or English, analysed against the index:
  /// from the memo, from the cache's store, or analysed now.
  func analyzedText(passage: Int, english: Bool) -> AnalyzedText {
    let key = passage * 2 + (english ? 1 : 0)
    if let known = analyzedPassages[key] { return known }
    let text = english ? passages[passage].english : passages[passage].french
    let analyzed = snippetStore?.analyzed(key) ?? engine.analyzeForSnippets(text)
    analyzedPassages[key] = analyzed
    return analyzed
  }

  /// Every passage's texts analysed for snippets, for the cache: French always,
  /// English when the passage has some.
  func allAnalyzedTexts() -> [(key: Int, text: AnalyzedText)] {
    passages.indices.flatMap { passage in
      [false, true].compactMap { english -> (key: Int, text: AnalyzedText)? in
        if english, passages[passage].english.isEmpty { return nil }
        return (passage * 2 + (english ? 1 : 0), analyzedText(passage: passage, english: english))
      }
    }
  }

  /// The best passage answers the question when it holds most of the question's
  /// (idf-weighted) known words, and more than one of them unless the question is that
  /// one word: a single shared word ("train" in "the next train to Lyon", "ouverture"
  /// in "horaires d'ouverture de la cafétéria") makes a neighbour, not an answer.
  func isAnswer(_ query: ParsedQuery, _ document: Int32) -> Bool {
    let found = coverage(of: query, in: document)
    let alone = found.known == 1 && query.understood.allSatisfy(\.isKnown)
    return found.share >= GuideSearch.answerCoverage && (found.matched >= 2 || alone)
  }

  /// The idf-weighted share of the query's known words that `document` contains, with
  /// how many words are known and how many it contains; a word the index does not know
  /// weighs nothing.
  func coverage(of query: ParsedQuery, in document: Int32) -> (share: Double, known: Int, matched: Int) {
    let index = engine.index
    var total = 0.0, found = 0.0
    var known = 0, matched = 0
    for clause in query.clauses where !clause.alternatives.isEmpty {
      let weight = clause.alternatives.map { index.idf($0.term) * $0.weight }.max() ?? 0
      total += weight
      known += 1
      if matches(clause, document) {
        found += weight
        matched += 1
      }
    }
    return (total > 0 ? found / total : 0, known, matched)
  }

  /// A clause is found in a document by one of its words, or by every word of a phrase.
  func matches(_ clause: QueryClause, _ document: Int32) -> Bool {
    let bodyOnly = bodyOnlyTerms(document)
    let present = { (term: WeightedTerm) in
      self.engine.index.frequency(term.term, in: document) > 0 && !bodyOnly.contains(term.term)
    }
    if clause.alternatives.contains(where: { $0.phrase == 0 && present($0) }) { return true }
    let phrases = Set(clause.alternatives.map(\.phrase)).subtracting([0])
    return phrases.contains { phrase in clause.alternatives.filter { $0.phrase == phrase }.allSatisfy(present) }
  }
}
