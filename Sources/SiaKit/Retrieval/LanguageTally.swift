/// Guesses whether a question is French or English from its words: accents and stop
/// words of one language only ("les", "puis" / "the", "can") are votes.
public struct LanguageTally: Sendable {
  public private(set) var french = 0
  public private(set) var english = 0

  public init() {}

  mutating func add(french votes: Int, english englishVotes: Int) {
    french += votes
    english += englishVotes
  }

  mutating func count(lower: String, folded: String) {
    if folded != lower { french += 1 }
    let inFrench = StopWords.french.contains(folded), inEnglish = StopWords.english.contains(folded)
    if inFrench && !inEnglish { french += 1 }
    if inEnglish && !inFrench { english += 1 }
  }

  /// The language with more votes; nil on a tie ("ChatGPT").
  public var guess: Lang? { french > english ? .fr : english > french ? .en : nil }
}
