/// The best sentence(s) of a passage for a query, cut into plain and matched parts so
/// the renderer can highlight the matched words (bold on a terminal, `*…*` piped).
public struct Snippet: Sendable, Hashable {
  public struct Part: Sendable, Hashable {
    public var text: String
    public var isMatch: Bool
  }

  public var parts: [Part]

  public var plain: String { parts.map(\.text).joined() }
  public var isEmpty: Bool { parts.isEmpty }
}

/// A text cut into sentences whose words carry their term ids: analyzed once per
/// passage, then matched against any number of queries.
public struct AnalyzedText: Sendable {
  public struct Word: Sendable {
    public var range: Range<String.Index>
    public var terms: [Int32]
  }

  public struct Sentence: Sendable {
    public var text: String
    public var words: [Word]
  }

  public var sentences: [Sentence]
}

extension SearchEngine {
  /// `markdown` split into sentences (`Sentences`) and analyzed against this index.
  public func analyzeForSnippets(_ markdown: String) -> AnalyzedText {
    AnalyzedText(
      sentences: Sentences.split(markdown).map { sentence in
        let words = analyzer.analyze(sentence).map { word in
          AnalyzedText.Word(range: word.range, terms: SearchEngine.alternatives(word, index).map(\.term))
        }
        return AnalyzedText.Sentence(text: sentence, words: words)
      })
  }

  public func snippet(_ query: ParsedQuery, text: String, maxLength: Int = 300) -> Snippet {
    snippet(query, analyzed: analyzeForSnippets(text), maxLength: maxLength)
  }

  /// The sentence of an analyzed text that matches the most important query words,
  /// plus a second one if it adds words the first lacks, in at most `maxLength`
  /// characters; the opening sentences when none matches. The caller passes the text in
  /// the reader's language, so the snippet never switches language.
  public func snippet(_ query: ParsedQuery, analyzed: AnalyzedText, maxLength: Int = 300) -> Snippet {
    let importance = query.clauses.map { clause in clause.alternatives.map { index.idf($0.term) * $0.weight }.max() ?? 0
    }
    var termToClauses: [Int32: [Int]] = [:]
    for (position, clause) in query.clauses.enumerated() {
      // The other language's stems only help ranking; highlighted, the English "data"
      // would light up the French "date".
      for alternative in clause.alternatives where alternative.highlights {
        termToClauses[alternative.term, default: []].append(position)
      }
    }
    struct Candidate {
      var text: String
      var clauses: Set<Int>
      var matches: [Range<String.Index>]
      var score: Double
      var order: Int
    }
    var candidates: [Candidate] = []
    for sentence in analyzed.sentences {
      var clauses = Set<Int>()
      var matches: [Range<String.Index>] = []
      for word in sentence.words {
        let hit = word.terms.flatMap { termToClauses[$0] ?? [] }
        if !hit.isEmpty {
          clauses.formUnion(hit)
          matches.append(word.range)
        }
      }
      let score = clauses.reduce(0) { $0 + importance[$1] }
      candidates.append(
        Candidate(text: sentence.text, clauses: clauses, matches: matches, score: score, order: candidates.count))
    }
    guard !candidates.isEmpty else { return Snippet(parts: []) }
    var chosen: [Candidate]
    if let best = candidates.max(by: { ($0.score, -$0.order) < ($1.score, -$1.order) }), best.score > 0 {
      chosen = [best]
      let others = candidates.filter { !$0.clauses.subtracting(best.clauses).isEmpty }
      if best.text.count < maxLength * 2 / 3,
        let second = others.max(by: { ($0.score, -$0.order) < ($1.score, -$1.order) }),
        best.text.count + second.text.count + 1 <= maxLength
      {
        chosen.append(second)
        chosen.sort { $0.order < $1.order }
      }
    } else {
      chosen = [candidates[0]]
      if candidates.count > 1, candidates[0].text.count < maxLength / 3 { chosen.append(candidates[1]) }
    }
    var parts: [Snippet.Part] = []
    for (position, candidate) in chosen.enumerated() {
      var cut = SearchEngine.cut(candidate.text, matches: candidate.matches, maxLength: maxLength / chosen.count)
      if position > 0 {
        let adjacent = candidate.order == chosen[position - 1].order + 1
        if cut.first?.text == "… " || parts.last?.text == " …" {
          if cut.first?.text == "… " { cut.removeFirst() }
          if parts.last?.text != " …" { parts.append(Snippet.Part(text: " …", isMatch: false)) }
          parts.append(Snippet.Part(text: " ", isMatch: false))
        } else {
          parts.append(Snippet.Part(text: adjacent ? " " : " … ", isMatch: false))
        }
      }
      parts += cut
    }
    return Snippet(parts: parts)
  }

  /// `text` as parts with the matched ranges marked, shortened around the first match
  /// when longer than `maxLength`.
  /// With `fromStart`, the text is kept from its beginning whatever the matches.
  static func cut(_ text: String, matches: [Range<String.Index>], maxLength: Int, fromStart: Bool = false) -> [Snippet
    .Part]
  {
    var merged: [Range<String.Index>] = []
    for range in matches.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last, range.lowerBound <= last.upperBound {
        merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    var start = text.startIndex, end = text.endIndex
    if text.count > maxLength {
      if !fromStart, let first = merged.first,
        text.distance(from: text.startIndex, to: first.lowerBound) > maxLength / 3
      {
        start = text.index(first.lowerBound, offsetBy: -(maxLength / 4))
        while start > text.startIndex, !text[text.index(before: start)].isWhitespace {
          start = text.index(before: start)
        }
      }
      end = text.index(start, offsetBy: maxLength, limitedBy: text.endIndex) ?? text.endIndex
      while end < text.endIndex, end > start, !text[end].isWhitespace { end = text.index(before: end) }
      while end > start, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
    }
    var parts: [Snippet.Part] = []
    if start > text.startIndex { parts.append(Snippet.Part(text: "… ", isMatch: false)) }
    var position = start
    for range in merged where range.lowerBound >= start && range.upperBound <= end {
      if position < range.lowerBound {
        parts.append(Snippet.Part(text: String(text[position..<range.lowerBound]), isMatch: false))
      }
      parts.append(Snippet.Part(text: String(text[range]), isMatch: true))
      position = range.upperBound
    }
    if position < end { parts.append(Snippet.Part(text: String(text[position..<end]), isMatch: false)) }
    if end < text.endIndex { parts.append(Snippet.Part(text: " …", isMatch: false)) }
    return parts
  }
}
