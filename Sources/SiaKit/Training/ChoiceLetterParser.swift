/// Reads an answer typed at the prompt: one letter (`b`) or several (`a,c`, `a c`,
/// `A, C`, `ac`), in any order and case. Returns the set of letters, or why it is not
/// an answer, so the session can ask again instead of scoring a typo.
public enum ChoiceLetterParser {
  public static func parse(_ line: String, letters: [String]) -> Result<Set<String>, AnswerProblem> {
    let lowered = String(line.lowercased().trimmed)
    let separators: Set<Character> = [",", " ", ";", "+", "/", "\t"]
    var words = lowered.split(whereSeparator: { separators.contains($0) }).map(String.init)
    // `ac` typed without separator: accept it when every character is a choice letter.
    if words.count == 1, let word = words.first, word.count > 1, word.allSatisfy({ letters.contains(String($0)) }) {
      words = word.map(String.init)
    }
    guard !words.isEmpty else { return .failure(.empty) }
    var chosen = Set<String>()
    for word in words {
      let letter = word.hasSuffix(")") || word.hasSuffix(".") ? String(word.dropLast()) : word
      guard letters.contains(letter) else { return .failure(.unknown(word)) }
      chosen.insert(letter)
    }
    return .success(chosen)
  }
}

/// Why a typed line is not an answer.
public enum AnswerProblem: Error, Equatable, Sendable {
  case empty
  /// A letter (or word) that is not one of the exercise's choices.
  case unknown(String)
}
