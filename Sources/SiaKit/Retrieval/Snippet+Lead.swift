/// The snippet of a question-and-answer entry: its answer opens with the verdict ("Non.",
/// "Oui, si…") and what to do, so that opening comes first, whatever the query's words.
extension SearchEngine {
  /// The answer's opening sentences, as many as fit in `maxLength`, the query's words
  /// highlighted; the closing "Voir [§…]" sentence is left out (the renderer lists the
  /// references). A first sentence longer than `maxLength` is cut at a word, with "…".
  public func leadSnippet(_ query: ParsedQuery, analyzed: AnalyzedText, maxLength: Int = 320) -> Snippet {
    var highlighted = Set<Int32>()
    for clause in query.clauses {
      for alternative in clause.alternatives where alternative.highlights { highlighted.insert(alternative.term) }
    }
    var parts: [Snippet.Part] = []
    var used = 0
    for sentence in analyzed.sentences where !SearchEngine.isReferenceList(sentence.text) {
      let separator = parts.isEmpty ? 0 : 1
      if !parts.isEmpty, used + separator + sentence.text.count > maxLength { break }
      let matches = sentence.words.filter { !Set($0.terms).isDisjoint(with: highlighted) }.map(\.range)
      if !parts.isEmpty { parts.append(Snippet.Part(text: " ", isMatch: false)) }
      parts += SearchEngine.cut(sentence.text, matches: matches, maxLength: maxLength - used - separator, fromStart: true)
      used += separator + sentence.text.count
      if used >= maxLength { break }
    }
    return Snippet(parts: parts)
  }

  /// "Voir [§a] et [§b]." / "See [§a]." — only references, nothing to read.
  static func isReferenceList(_ sentence: String) -> Bool {
    let lowered = sentence.lowercased()
    return (lowered.hasPrefix("voir ") || lowered.hasPrefix("see ")) && sentence.contains("[§")
  }
}
