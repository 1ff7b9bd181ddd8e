/// The text analysis shared by the index and the queries: words (`Tokenizer`), stop
/// words out, then each word stemmed by Snowball's French and/or English stemmer and
/// folded. The French stemmer sees the lower-case word with its accents (it needs them)
/// and its stem is folded afterwards; the English stemmer sees the folded word. French
/// words are also stemmed without their accents, since people type `donnees`.
/// Every distinct word is analysed once: a corpus repeats the same words, so the
/// lower-casing, folding, stop-word test and both stems of a word seen before cost one
/// dictionary lookup (`WordAnalysis`). Not thread-safe (see `Stemmer`).
public final class Analyzer {
  public struct Term: Equatable {
    /// The word lower-cased, accents kept (`données`): what the user is shown.
    public var word: String
    /// The word lower-cased and folded (`donnees`): the vocabulary for typo tolerance.
    public var folded: String
    /// Folded stems, for the languages asked for (nil otherwise).
    public var french: String?
    public var english: String?
    /// The French stem of the word typed without accents, when it differs (`donnees` →
    /// `donne`, while `données` → `don`): indexed too, so a query typed without
    /// accents finds the accented text.
    public var frenchUnaccented: String?
    public var range: Range<String.Index>
    public var isJoined: Bool

    public func stem(_ lang: Lang) -> String? { lang == .fr ? french : english }
  }

  private let french: Stemmer?
  private let english: Stemmer?
  private var frenchCache: [String: String] = [:]
  private var englishCache: [String: String] = [:]
  private var words: [String: WordAnalysis] = [:]
  static let cacheLimit = 100_000

  /// What the analysis of one word (as written) always gives, whatever the text.
  struct WordAnalysis {
    var lower: String
    var folded: String
    var isStopWord: Bool
    var french: String
    var english: String
    var frenchUnaccented: String?
    /// The word's votes for `LanguageTally`.
    var frenchVotes: Int
    var englishVotes: Int
  }

  public init() {
    french = Stemmer(.fr)
    english = Stemmer(.en)
  }

  /// The terms of `text`, stemmed for `languages` (both by default).
  public func analyze(_ text: String, languages: Set<Lang> = [.fr, .en]) -> [Term] {
    var tally = LanguageTally()
    return analyze(text, languages: languages, tally: &tally)
  }

  /// The same, counting on the way what the words say of the text's language.
  public func analyze(_ text: String, languages: Set<Lang>, tally: inout LanguageTally) -> [Term] {
    var terms: [Term] = []
    let french = languages.contains(.fr), english = languages.contains(.en)
    for token in Tokenizer.tokenize(text) {
      let word = analysis(of: token.text)
      tally.add(french: word.frenchVotes, english: word.englishVotes)
      if word.isStopWord { continue }
      terms.append(
        Term(
          word: word.lower, folded: word.folded, french: french ? word.french : nil,
          english: english ? word.english : nil, frenchUnaccented: french ? word.frenchUnaccented : nil,
          range: token.range, isJoined: token.isJoined))
    }
    return terms
  }

  func analysis(of written: String) -> WordAnalysis {
    if let known = words[written] { return known }
    let lower = TextFolding.lower(written)
    let folded = TextFolding.fold(lower)
    var tally = LanguageTally()
    tally.count(lower: lower, folded: folded)
    let french = stem(lower, .fr)
    var unaccented: String?
    if folded != lower {
      let plain = stem(folded, .fr)
      if plain != french { unaccented = plain }
    }
    let word = WordAnalysis(
      lower: lower, folded: folded, isStopWord: StopWords.contains(folded), french: french,
      english: stem(folded, .en), frenchUnaccented: unaccented, frenchVotes: tally.french, englishVotes: tally.english)
    if words.count >= Analyzer.cacheLimit { words.removeAll() }
    words[written] = word
    return word
  }

  /// The folded stem of one lower-case word (French: stem, then fold; English: the
  /// word is folded first).
  public func stem(_ lowerWord: String, _ lang: Lang) -> String {
    switch lang {
    case .fr:
      if let cached = frenchCache[lowerWord] { return cached }
      let result = TextFolding.fold(french?.stem(lowerWord) ?? lowerWord)
      if frenchCache.count >= Analyzer.cacheLimit { frenchCache.removeAll() }
      frenchCache[lowerWord] = result
      return result
    case .en:
      if let cached = englishCache[lowerWord] { return cached }
      let folded = TextFolding.fold(lowerWord)
      let result = english?.stem(folded) ?? folded
      if englishCache.count >= Analyzer.cacheLimit { englishCache.removeAll() }
      englishCache[lowerWord] = result
      return result
    }
  }
}
