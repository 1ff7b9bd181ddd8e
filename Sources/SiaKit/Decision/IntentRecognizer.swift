import Foundation

/// Recognises, in a sentence such as « je voudrais utiliser ChatGPT pour résumer des
/// comptes rendus de patients », the tools it names (`tools.yaml`) and the answers its
/// words imply (`intents.yaml`), to be proposed for confirmation. Pure: no I/O.
public struct IntentRecognizer: Sendable {
  public let model: DecisionModel

  public init(model: DecisionModel) { self.model = model }

  /// The tools named in `text`, a longer name winning over a shorter one it contains
  /// ("GitHub Copilot" over "Copilot"), in order of appearance.
  public func tools(in text: String) -> [Tool] {
    let words = TextFolding.words(text)
    var matches: [(tool: Tool, start: Int, length: Int)] = []
    for tool in model.tools {
      let names = [tool.name] + tool.aliases
      let best = names.compactMap { name -> (Int, Int)? in
        let pattern = TextFolding.words(name)
        return TextFolding.firstMatch(of: pattern, in: words, wildcards: false).map { ($0, pattern.count) }
      }.max { $0.1 < $1.1 }
      if let (start, length) = best { matches.append((tool, start, length)) }
    }
    let kept = matches.filter { match in
      !matches.contains { other in
        other.length > match.length && other.start <= match.start
          && other.start + other.length >= match.start + match.length
      }
    }
    return kept.sorted { $0.start < $1.start }.map(\.tool)
  }

  /// The answers implied by `text`: first those of the tools named (the first tool wins
  /// on a conflict), then those of the intent patterns, in file order. A single-choice
  /// question keeps its first pre-answer; multiple choices are merged.
  public func recognize(_ text: String) -> [PreAnswer] {
    let words = TextFolding.words(text)
    var found: [PreAnswer] = []
    func add(_ answers: Answers, source: String, matched: String) {
      for questionID in answers.questionIDs.sorted(by: { model.position(of: $0) < model.position(of: $1) }) {
        guard let question = model.question(questionID), let values = answers[questionID] else { continue }
        if let index = found.firstIndex(where: { $0.question == questionID }) {
          guard question.kind == .multiple else { continue }
          let added = values.filter { !found[index].values.contains($0) }
          if added.isEmpty { continue }
          found[index].values = question.optionIDs.filter { found[index].values.contains($0) || added.contains($0) }
          found[index].sources.append(source)
        } else {
          found.append(PreAnswer(question: questionID, values: values, sources: [source], matched: matched))
        }
      }
    }
    for tool in tools(in: text) { add(tool.presets, source: "tool:\(tool.id)", matched: tool.name) }
    for intent in model.intents {
      for pattern in intent.patterns {
        let folded = TextFolding.words(pattern)
        if let start = TextFolding.firstMatch(of: folded, in: words, wildcards: true) {
          add(intent.answers, source: "intent:\(intent.id)", matched: words[start..<(start + folded.count)].joined(separator: " "))
          break
        }
      }
    }
    return found.sorted { model.position(of: $0.question) < model.position(of: $1.question) }
  }
}

/// One answer recognised in a sentence, waiting for the person's confirmation.
public struct PreAnswer: Sendable, Equatable, Codable {
  public var question: String
  public var values: [String]
  /// Where it came from: `tool:<id>` or `intent:<id>`.
  public var sources: [String]
  /// The words that matched (for display).
  public var matched: String

  public init(question: String, values: [String], sources: [String], matched: String) {
    self.question = question
    self.values = values
    self.sources = sources
    self.matched = matched
  }

  /// Questions a tool's presets answer only for one plan (personal account, institute
  /// contract, API…): an assumption to confirm, not a fact of the catalogue.
  public static let planDependentQuestions: Set<String> = ["plateforme"]

  /// True when the catalogue states it for the tool named (not inferred from words, not
  /// an assumption about the plan): shown without being asked.
  public var isCatalogueFact: Bool {
    !sources.isEmpty && sources.allSatisfy { $0.hasPrefix("tool:") } && !PreAnswer.planDependentQuestions.contains(question)
  }

  /// The pre-answers as answers.
  public static func answers(_ preAnswers: [PreAnswer]) -> Answers {
    Answers(Dictionary(preAnswers.map { ($0.question, $0.values) }) { first, _ in first })
  }
}

/// Folds text for keyword matching: lower case, no accents, words split on anything
/// but letters, digits, '.', '-' and '+' (kept inside words: "gpt-4o", "llama.cpp").
/// (`TextFolding` itself is the retrieval analyzer's folding, Retrieval/TextFolding.swift.)
extension TextFolding {
  static func words(_ text: String) -> [String] {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr"))
      .replacingOccurrences(of: "œ", with: "oe")
    var words: [String] = []
    var current = ""
    for character in folded {
      if character.isLetter || character.isNumber || character == "." || character == "-" || character == "+"
        || character == "*"
      {
        current.append(character)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".-")) }.filter { !$0.isEmpty }
  }

  /// Where `pattern` first occurs in `words` as consecutive words; with `wildcards`, a
  /// pattern word ending in `*` matches any word it prefixes.
  static func firstMatch(of pattern: [String], in words: [String], wildcards: Bool) -> Int? {
    guard !pattern.isEmpty, pattern.count <= words.count else { return nil }
    for start in 0...(words.count - pattern.count) {
      let matches = pattern.enumerated().allSatisfy { offset, token in
        let word = words[start + offset]
        if wildcards, token.hasSuffix("*") { return word.hasPrefix(String(token.dropLast())) }
        return word == token
      }
      if matches { return start }
    }
    return nil
  }
}
