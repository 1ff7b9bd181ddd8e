/// The text analysis shared by the index and the queries: words (`Tokenizer`), stop
/// words out, then each word stemmed by Snowball's French and/or English stemmer and
/// folded. The French stemmer sees the lower-case word with its accents (it needs them)
/// and its stem is folded afterwards; the English stemmer sees the folded word. French
/// words are also stemmed without their accents, since people type `donnees`.
/// Stems are cached: a corpus repeats the same words. Not thread-safe (see `Stemmer`).
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
  static let cacheLimit = 100_000

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
    for token in Tokenizer.tokenize(text) {
      let lower = TextFolding.lower(token.text)
      let folded = TextFolding.fold(lower)
      tally.count(lower: lower, folded: folded)
      if StopWords.contains(folded) { continue }
      var french: String?, unaccented: String?
      if languages.contains(.fr) {
        french = stem(lower, .fr)
        if folded != lower {
          let plain = stem(folded, .fr)
          if plain != french { unaccented = plain }
        }
      }
      terms.append(Term(
        word: lower, folded: folded, french: french,
        english: languages.contains(.en) ? stem(folded, .en) : nil, frenchUnaccented: unaccented,
        range: token.range, isJoined: token.isJoined))
    }
    return terms
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
