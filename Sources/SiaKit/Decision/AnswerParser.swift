/// Turns what a person typed at a question into option ids: numbers ("2", "1,3"),
/// option ids, or the text of an option (case and accents ignored, a unique prefix is
/// enough), and "oui"/"non" for yes/no questions.
public enum AnswerParser {
  public enum Outcome: Equatable {
    case values([String])
    /// "-" on an optional free-text question.
    case skip
    case notUnderstood
    case oneOnly
    case exclusive(String)
  }

  public static func parse(_ input: String, for question: Question, _ lang: Lang) -> Outcome {
    let text = String(input.trimmed)
    guard question.isChoice else {
      if text == "-" { return question.required ? .notUnderstood : .skip }
      return text.isEmpty ? .notUnderstood : .values([text])
    }
    var chosen: [String] = []
    if let whole = option(text, in: question, lang) {
      chosen = [whole]
    } else {
      let tokens = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map(String.init)
      for token in tokens {
        guard let id = option(token, in: question, lang) else { return .notUnderstood }
        if !chosen.contains(id) { chosen.append(id) }
      }
    }
    if chosen.isEmpty { return .notUnderstood }
    if question.kind != .multiple && chosen.count > 1 { return .oneOnly }
    if chosen.count > 1, let exclusive = chosen.first(where: { question.option($0)?.exclusive == true }) {
      return .exclusive(question.option(exclusive)?.label.pick(lang) ?? exclusive)
    }
    return .values(question.optionIDs.filter(chosen.contains))
  }

  /// Whether a typed word means yes (true), no (false) or neither (nil).
  public static func yesNo(_ input: String) -> Bool? {
    switch TextFolding.words(input).joined(separator: " ") {
    case "oui", "o", "yes", "y", "1", "d accord", "ok": return true
    case "non", "n", "no", "2": return false
    default: return nil
    }
  }

  static func option(_ token: String, in question: Question, _ lang: Lang) -> String? {
    if let number = Int(token) {
      return (1...question.options.count).contains(number) ? question.options[number - 1].id : nil
    }
    let folded = TextFolding.words(token).joined(separator: " ")
    guard !folded.isEmpty else { return nil }
    if question.kind == .yesno, let yes = yesNo(token) { return yes ? "oui" : "non" }
    if let exact = question.options.first(where: { $0.id == token.lowercased() }) { return exact.id }
    let labels = question.options.map { ($0.id, TextFolding.words($0.label.pick(lang)).joined(separator: " ")) }
    if let equal = labels.first(where: { $0.1 == folded }) { return equal.0 }
    let prefixed = labels.filter { $0.1.hasPrefix(folded) }
    return prefixed.count == 1 && folded.count >= 3 ? prefixed[0].0 : nil
  }
}
