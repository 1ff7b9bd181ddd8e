/// Finds the members of synonym groups in a query and lends the other members' terms
/// to the matching clauses. Members are indexed by their first word (folded form and
/// stems), so a query costs a few dictionary lookups per word, not a scan of the groups.
struct SynonymExpander {
  /// One member of a group, analyzed: its words and their terms in the index.
  struct Member {
    var group: Int
    var text: String
    var words: [Analyzer.Term]
    var terms: [[WeightedTerm]]
  }

  /// The groups as given (what `KnowledgeCache` keeps to rebuild the rest).
  let texts: [[String]]
  let members: [Member]
  let groups: [[Int]]
  /// Member positions by the folded form, French stem or English stem of their first word.
  let byFirstWord: [String: [Int]]

  init(groups texts: [[String]], analyzer: Analyzer, index: SearchIndex) {
    self.texts = texts
    var members: [Member] = []
    var groups: [[Int]] = []
    var byFirstWord: [String: [Int]] = [:]
    for (group, texts) in texts.enumerated() {
      var positions: [Int] = []
      for text in texts {
        let words = analyzer.analyze(text).filter { !$0.isJoined }
        guard let first = words.first else { continue }
        let position = members.count
        members.append(
          Member(group: group, text: text, words: words, terms: words.map { SearchEngine.alternatives($0, index) }))
        positions.append(position)
        for key in SynonymExpander.keys(first) where byFirstWord[key]?.last != position {
          byFirstWord[key, default: []].append(position)
        }
      }
      groups.append(positions)
    }
    self.members = members
    self.groups = groups
    self.byFirstWord = byFirstWord
  }

  /// The lookup keys of a word: a prefix keeps the three kinds apart.
  static func keys(_ word: Analyzer.Term, corrected: String? = nil) -> [String] {
    var keys = ["w:" + word.folded]
    if let corrected { keys.append("w:" + corrected) }
    if let french = word.french { keys.append("f:" + french) }
    if let english = word.english { keys.append("e:" + english) }
    return keys
  }

  static func same(_ typed: Analyzer.Term, corrected: String?, as wanted: Analyzer.Term) -> Bool {
    typed.folded == wanted.folded || corrected == wanted.folded
      || (typed.french != nil && typed.french == wanted.french)
      || (typed.english != nil && typed.english == wanted.english)
  }

  /// A member found over clauses i..<i+n lends every other member of its group to
  /// clause i: a one-word member for a one-word match as a plain alternative; for a
  /// match of several words, as a phrase whose words add up and together weigh n words
  /// (word order differs between languages: "données de santé", "health data"). A
  /// longer member is not lent to a single word.
  func expand(
    words: [Analyzer.Term], clauses: inout [QueryClause], understood: inout [UnderstoodTerm], index: SearchIndex
  ) {
    guard !members.isEmpty else { return }
    let corrected = understood.map { $0.correction.map(TextFolding.fold) }
    // Members found, by group and start: their positions and the longest length.
    var found: [(group: Int, start: Int, members: [Int], length: Int)] = []
    for start in words.indices {
      var candidates: [Int] = []
      for key in SynonymExpander.keys(words[start], corrected: corrected[start]) {
        for position in byFirstWord[key] ?? [] where !candidates.contains(position) { candidates.append(position) }
      }
      for position in candidates.sorted() {
        let member = members[position]
        guard start + member.words.count <= words.count,
          member.words.indices.allSatisfy({
            SynonymExpander.same(words[start + $0], corrected: corrected[start + $0], as: member.words[$0])
          })
        else { continue }
        // A word the synonyms list names is a word, not a typo (« hôpital », absent from
        // the French guide, is not « hospital » misspelt): its correction is not shown.
        for offset in member.words.indices
        where SynonymExpander.same(words[start + offset], corrected: nil, as: member.words[offset]) {
          understood[start + offset].correction = nil
        }
        if let existing = found.firstIndex(where: { $0.group == member.group && $0.start == start }) {
          found[existing].members.append(position)
          found[existing].length = max(found[existing].length, member.words.count)
        } else {
          found.append((member.group, start, [position], member.words.count))
        }
      }
    }
    var phrase: Int32 = 0
    for match in found {
      for position in groups[match.group] where !match.members.contains(position) {
        let other = members[position]
        // A phrase for a single word ranks by its common words ("IA générative" for
        // "ChatGPT" finds every text on AI): too loose to help.
        guard other.terms.allSatisfy({ !$0.isEmpty }), match.length > 1 || other.words.count == 1 else { continue }
        if match.length == 1, other.words.count == 1 {
          for term in other.terms[0]
          where !clauses[match.start].alternatives.contains(where: { $0.term == term.term && $0.phrase == 0 }) {
            clauses[match.start].alternatives.append(WeightedTerm(term.term, weight: SearchEngine.synonymWeight))
          }
        } else {
          phrase += 1
          // Each word by its most frequent form (the stem of its own language, usually).
          let main = other.terms.compactMap { terms in
            terms.max { index.documentFrequency($0.term) < index.documentFrequency($1.term) }
          }
          let share = SearchEngine.synonymWeight * Double(match.length) / Double(other.words.count)
          for term in main {
            clauses[match.start].alternatives.append(WeightedTerm(term.term, weight: share, phrase: phrase))
          }
        }
        if !understood[match.start].synonyms.contains(other.text) {
          understood[match.start].synonyms.append(other.text)
        }
      }
    }
  }
}
