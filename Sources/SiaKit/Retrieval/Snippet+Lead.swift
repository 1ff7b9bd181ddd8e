/// The snippet of a question-and-answer entry: its answer opens with the verdict ("Non.",
/// "Oui, si…") and what to do, so that opening comes first, whatever the query's words.
extension SearchEngine {
  /// The answer's first sentence whole (up to `firstMaxLength`: the verdict and what to
  /// do must not be cut), then the next ones while the total stays within `maxLength`,
  /// the query's words highlighted; the closing "Voir [§…]" sentence is left out (the
  /// renderer lists the references). Longer than that, a sentence is cut at a word, "…".
  public func leadSnippet(
    _ query: ParsedQuery, analyzed: AnalyzedText, maxLength: Int = 320, firstMaxLength: Int = 480
  ) -> Snippet {
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
      let room = parts.isEmpty ? max(maxLength, firstMaxLength) : maxLength - used - separator
      if !parts.isEmpty { parts.append(Snippet.Part(text: " ", isMatch: false)) }
      parts += SearchEngine.cut(sentence.text, matches: matches, maxLength: room, fromStart: true)
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
