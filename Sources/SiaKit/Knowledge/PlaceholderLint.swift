import Foundation

/// `sia lint`: no `{{key}}` ever reaches a reader (issue 16, item 5). Every loader expands
/// placeholders, but a text a loader forgets to expand (a new field, a new file) would be
/// shown as is: this walks every value loaded — guide, Q&A, English bodies, questionnaire,
/// rules, actions, tools, energy, exercises, series — and reports any text still holding
/// `{{`. It also reports an `institute.yaml` value that reads as French and has no `_en`
/// form, which the English interface and English documents would show untranslated.
public enum PlaceholderLint {
  public static let check: Linter.Check = { knowledge in
    var diagnostics = instituteProblems(knowledge.institute)
    var found: [Finding] = []
    let known = Set(knowledge.institute.values.keys)
    walk(knowledge.sections, path: "guide", owner: nil, into: &found)
    walk(knowledge.faq, path: "faq", owner: nil, into: &found)
    walk(knowledge.themes, path: "themes.yaml", owner: Owner(file: "themes.yaml", line: 1), into: &found)
    if FileExists.at("\(knowledge.root)/\(DecisionLoader.questionsFile)") {
      let model = DecisionLoader.load(root: knowledge.root, institute: knowledge.institute).model
      walk(model, path: "model", owner: nil, into: &found)
    }
    let exercises = ExerciseLoader.load(knowledge: knowledge).exercises
    walk(exercises, path: "exercises", owner: nil, into: &found)
    walk(
      TrainingSeriesLoader.load(knowledge: knowledge, exercises: exercises).series, path: "series.yaml", owner: nil,
      into: &found)
    // An unknown `{{key}}` is reported by the loader that met it; here, what no loader expanded.
    for finding in found where finding.keys.isEmpty || finding.keys.contains(where: known.contains) {
      let owner = finding.owner ?? Owner(file: "Knowledge", line: 1)
      diagnostics.append(
        Diagnostic(
          file: owner.file, line: owner.line,
          Messages.diagPlaceholderLeft, [.path: finding.path, .excerpt: finding.excerpt]))
    }
    return diagnostics
  }

  struct Owner {
    var file: String
    var line: Int
  }

  struct Finding {
    var path: String
    var owner: Owner?
    var excerpt: String
    /// The well-formed `{{key}}`s of the text (none: a `{{` never closed).
    var keys: [String]
  }

  /// The keys of the text's well-formed placeholders, empty if any `{{` is never closed.
  static func keys(in text: String) -> [String] {
    var keys: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "{{") {
      guard let close = rest[open.upperBound...].range(of: "}}") else { return [] }
      keys.append(String(rest[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespaces))
      rest = rest[close.upperBound...]
    }
    return keys
  }

  /// Walks any loaded value with `Mirror`: strings are checked, the nearest value that
  /// has `file` and `line` gives the place to report. Lint only, so reflection's cost is fine.
  static func walk(_ value: Any, path: String, owner: Owner?, into found: inout [Finding], depth: Int = 0) {
    if let text = value as? String {
      guard let open = text.range(of: "{{") else { return }
      let start = text.index(open.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
      let excerpt = String(text[start...].prefix(60)).replacingOccurrences(of: "\n", with: " ")
      found.append(Finding(path: path, owner: owner, excerpt: excerpt, keys: keys(in: text)))
      return
    }
    guard depth < 12 else { return }
    let mirror = Mirror(reflecting: value)
    guard !mirror.children.isEmpty else { return }
    var here = owner
    let fields = Dictionary(mirror.children.compactMap { child in child.label.map { ($0, child.value) } }) { first, _ in
      first
    }
    if let file = fields["file"] as? String, !file.isEmpty, let line = (fields["line"] ?? fields["bodyLine"]) as? Int {
      here = Owner(file: file, line: line)
    }
    for (index, child) in mirror.children.enumerated() {
      // Paths and ids are not shown as text; `file` may legitimately be anything.
      if child.label == "file" || child.label == "root" { continue }
      let name = child.label.map { "\(path).\($0)" } ?? "\(path)[\(index)]"
      walk(child.value, path: name, owner: here, into: &found, depth: depth + 1)
    }
  }

  /// Words that mark a French value (`de l'`, accents…); names such as « Inserm » need no `_en`.
  static let frenchMarks = [" de ", " du ", " des ", " l'", " d'", "é", "è", "à", "ç", "ê", "·"]

  static func instituteProblems(_ institute: Institute) -> [Diagnostic] {
    institute.values.keys.sorted().compactMap { key in
      guard !key.hasSuffix("_en"), let value = institute.values[key], institute.values["\(key)_en"] == nil else {
        return nil
      }
      let padded = " " + value.lowercased() + " "
      guard frenchMarks.contains(where: { padded.contains($0) }) else { return nil }
      return Diagnostic(
        .warning, file: "institute.yaml", line: 1, id: key, Messages.diagInstituteNeedsEnglish,
        [.value: value, .key: key])
    }
  }
}
