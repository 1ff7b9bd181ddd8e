import Foundation

/// Recognises, in a sentence such as « je voudrais utiliser ChatGPT pour résumer des
/// comptes rendus de patients », the tools it names (`tools.yaml`) and the answers its
/// words imply (`intents.yaml`), to be proposed for confirmation. Pure: no I/O.
public struct IntentRecognizer: Sendable {
  public let model: DecisionModel

  public init(model: DecisionModel) { self.model = model }

  /// The tools named in `text` whose plan is known, in order of appearance (see `toolMatches`).
  public func tools(in text: String) -> [Tool] { toolMatches(in: text).compactMap(\.tool) }

  /// The tools named in `text`, a longer name winning over a shorter one it contains
  /// ("GitHub Copilot" over "Copilot", "Copilot Business" over "Copilot"), in order of
  /// appearance, one per brand. A brand with several plans named without a plan word
  /// (« Copilot ») gives a match whose `tool` is nil: the plan must be asked, never guessed.
  public func toolMatches(in text: String) -> [ToolMatch] {
    let words = TextFolding.words(text)
    func best(_ names: [String]) -> (start: Int, length: Int)? {
      names.compactMap { name -> (Int, Int)? in
        let pattern = TextFolding.words(name)
        return TextFolding.firstMatch(of: pattern, in: words, wildcards: false).map { ($0, pattern.count) }
      }.max { $0.1 < $1.1 }
    }
    var matches: [ToolMatch] = []
    for tool in model.tools {
      if let (start, length) = best([tool.name] + tool.aliases) {
        matches.append(ToolMatch(family: tool.family, name: tool.name, tool: tool, start: start, length: length))
      }
    }
    for family in model.toolFamilies {
      if let (start, length) = best([family.name] + family.aliases) {
        matches.append(ToolMatch(family: family.id, name: family.name, tool: nil, start: start, length: length))
      }
    }
    let kept = matches.filter { match in
      !matches.contains { other in
        other.length > match.length && other.start <= match.start
          && other.start + other.length >= match.start + match.length
      }
    }
    var result: [ToolMatch] = []
    for match in kept.sorted(by: { ($0.start, $0.tool == nil ? 1 : 0) < ($1.start, $1.tool == nil ? 1 : 0) }) {
      if let index = result.firstIndex(where: { $0.family == match.family }) {
        // A plan named anywhere settles the brand named elsewhere in the sentence.
        if result[index].tool == nil, match.tool != nil { result[index] = match }
        continue
      }
      result.append(match)
    }
    return result
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
    for match in toolMatches(in: text) {
      if let tool = match.tool {
        add(tool.presets, source: "tool:\(tool.id)", matched: tool.name)
      } else if let family = model.toolFamily(match.family) {
        add(family.commonPresets, source: "family:\(family.id)", matched: family.name)
      }
    }
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

/// A tool named in a sentence: its brand, and its plan's entry when the sentence says
/// which plan (nil when it names a brand with several plans but not the plan).
public struct ToolMatch: Sendable, Equatable {
  public var family: String
  /// The name that designates it (the plan's name, or the brand's when the plan is unknown).
  public var name: String
  public var tool: Tool?
  /// Word position and length of the match (for ordering and overlap).
  public var start: Int
  public var length: Int
}

/// One answer recognised in a sentence, waiting for the person's confirmation.
public struct PreAnswer: Sendable, Equatable, Codable {
  public var question: String
  public var values: [String]
  /// Where it came from: `tool:<id>`, `family:<id>` (a brand, plan unknown) or `intent:<id>`.
  public var sources: [String]
  /// The words that matched (for display).
  public var matched: String

  public init(question: String, values: [String], sources: [String], matched: String) {
    self.question = question
    self.values = values
    self.sources = sources
    self.matched = matched
  }

  /// True when the catalogue states it for the tool or brand named (not inferred from
  /// words, not assumed): shown without being asked. A brand named without its plan
  /// only brings what all its plans share (`ToolFamily.commonPresets`); the plan itself
  /// is asked.
  public var isCatalogueFact: Bool {
    !sources.isEmpty && sources.allSatisfy { $0.hasPrefix("tool:") || $0.hasPrefix("family:") }
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
