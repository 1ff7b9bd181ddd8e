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

/// Prose from which a snippet may be drawn, Markdown already stripped by `Sentences`.
public struct SnippetSource: Sendable {
  public var text: String
  /// Sources in the reader's language win ties.
  public var preferred: Bool

  public init(_ text: String, preferred: Bool) {
    self.text = text
    self.preferred = preferred
  }
}

/// Sentences of a Markdown text: headings dropped, list markers, `**` and backticks
/// removed, each line split after `.`, `!`, `?` or `…` followed by a capital.
public enum Sentences {
  public static func split(_ markdown: String) -> [String] {
    var sentences: [String] = []
    for raw in markdown.split(separator: "\n") {
      var line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line.hasPrefix("#") { continue }
      for marker in ["- ", "* ", "> "] where line.hasPrefix(marker) { line = String(line.dropFirst(2)) }
      if let dot = line.firstIndex(of: "."), dot > line.startIndex, line[..<dot].allSatisfy(\.isNumber),
        line[line.index(after: dot)...].hasPrefix(" ")
      {
        line = String(line[line.index(dot, offsetBy: 2)...])
      }
      line = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
      sentences += splitLine(line)
    }
    return sentences
  }

  static func splitLine(_ line: String) -> [String] {
    var result: [String] = []
    var current = ""
    let characters = Array(line)
    for (i, character) in characters.enumerated() {
      current.append(character)
      guard ".!?…".contains(character), i + 2 < characters.count, characters[i + 1] == " " else { continue }
      let next = characters[i + 2]
      if next.isUppercase || next == "«" {
        result.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      }
    }
    let rest = current.trimmingCharacters(in: .whitespaces)
    if !rest.isEmpty { result.append(rest) }
    return result
  }
}

extension SearchEngine {
  /// The sentence of `sources` that matches the most important query words, plus a
  /// second one if it adds words the first lacks, in at most `maxLength` characters.
  public func snippet(_ query: ParsedQuery, sources: [SnippetSource], maxLength: Int = 300) -> Snippet {
    let importance = query.clauses.map { clause in clause.alternatives.map { index.idf($0.term) * $0.weight }.max() ?? 0 }
    let termToClauses = Dictionary(grouping: query.clauses.enumerated().flatMap { position, clause in
      clause.alternatives.map { ($0.term, position) }
    }, by: \.0).mapValues { Set($0.map(\.1)) }
    struct Candidate {
      var text: String
      var clauses: Set<Int>
      var matches: [Range<String.Index>]
      var score: Double
      var preferred: Bool
      var order: Int
    }
    var candidates: [Candidate] = []
    for source in sources {
      for sentence in Sentences.split(source.text) {
        var clauses = Set<Int>()
        var matches: [Range<String.Index>] = []
        for word in analyzer.analyze(sentence) {
          let hit = SearchEngine.alternatives(word, index).reduce(into: Set<Int>()) { $0.formUnion(termToClauses[$1.term] ?? []) }
          if !hit.isEmpty {
            clauses.formUnion(hit)
            matches.append(word.range)
          }
        }
        let score = clauses.reduce(0) { $0 + importance[$1] }
        candidates.append(Candidate(
          text: sentence, clauses: clauses, matches: matches, score: score, preferred: source.preferred, order: candidates.count))
      }
    }
    let ranked = candidates.sorted { ($0.score, $0.preferred ? 1 : 0, -$0.order) > ($1.score, $1.preferred ? 1 : 0, -$1.order) }
    guard let best = ranked.first else { return Snippet(parts: []) }
    var chosen = [best]
    if best.text.count < maxLength * 2 / 3,
      let second = ranked.dropFirst().first(where: { !$0.clauses.subtracting(best.clauses).isEmpty && $0.preferred == best.preferred }),
      best.text.count + second.text.count + 1 <= maxLength
    {
      chosen.append(second)
      chosen.sort { $0.order < $1.order }
    }
    var parts: [Snippet.Part] = []
    for (position, candidate) in chosen.enumerated() {
      if position > 0 { parts.append(Snippet.Part(text: candidate.order == chosen[position - 1].order + 1 ? " " : " … ", isMatch: false)) }
      parts += SearchEngine.cut(candidate.text, matches: candidate.matches, maxLength: maxLength / chosen.count)
    }
    return Snippet(parts: parts)
  }

  /// `text` as parts with the matched ranges marked, shortened around the first match
  /// when longer than `maxLength`.
  static func cut(_ text: String, matches: [Range<String.Index>], maxLength: Int) -> [Snippet.Part] {
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
      if let first = merged.first, text.distance(from: text.startIndex, to: first.lowerBound) > maxLength / 3 {
        start = text.index(first.lowerBound, offsetBy: -(maxLength / 4))
        while start > text.startIndex, !text[text.index(before: start)].isWhitespace { start = text.index(before: start) }
      }
      end = text.index(start, offsetBy: maxLength, limitedBy: text.endIndex) ?? text.endIndex
      while end < text.endIndex, end > start, !text[end].isWhitespace { end = text.index(before: end) }
    }
    var parts: [Snippet.Part] = []
    if start > text.startIndex { parts.append(Snippet.Part(text: "… ", isMatch: false)) }
    var position = start
    for range in merged where range.lowerBound >= start && range.upperBound <= end {
      if position < range.lowerBound { parts.append(Snippet.Part(text: String(text[position..<range.lowerBound]), isMatch: false)) }
      parts.append(Snippet.Part(text: String(text[range]), isMatch: true))
      position = range.upperBound
    }
    if position < end { parts.append(Snippet.Part(text: String(text[position..<end]), isMatch: false)) }
    if end < text.endIndex { parts.append(Snippet.Part(text: " …", isMatch: false)) }
    return parts
  }
}
