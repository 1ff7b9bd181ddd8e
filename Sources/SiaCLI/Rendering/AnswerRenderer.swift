import Foundation
import SiaKit

/// Shows the answer to a question: what was understood (when a word was corrected or
/// expanded), then numbered passages — title, `[§id]`, the best sentence(s) with the
/// matched words highlighted — or, when nothing matches, where to turn instead.
struct AnswerRenderer {
  let console: Console
  let lang: Lang
  /// From the shell (`sia ask`), advice names shell commands, never REPL ones.
  var fromShell = false

  /// "Compris : anonimisation → anonymisation, rgpd (et GDPR)", or nil when no word was
  /// corrected (synonyms alone are not worth a line; `--json` lists them).
  func understood(_ answer: SearchAnswer) -> String? {
    guard answer.wasCorrected else { return nil }
    let terms = answer.understood.map { term -> String in
      var text = Sanitizer.neutralize(term.typed)
      if let correction = term.correction { text += " → " + console.bold(Sanitizer.neutralize(correction)) }
      if !term.synonyms.isEmpty {
        text = Messages.searchSynonyms.text(
          lang,
          [
            .term: text, .synonyms: term.synonyms.map(Sanitizer.neutralize).joined(separator: ", "),
          ])
      }
      return text
    }
    // Wrapped here: a long question's line would otherwise be cut mid-word by the terminal.
    let text = Messages.searchUnderstood.text(lang, [.terms: terms.joined(separator: ", ")])
    return wrap(text, width: console.width, indent: "").map(console.dim).joined(separator: "\n")
  }

  /// Results numbered from `first` (1-based).
  func results(_ results: ArraySlice<SearchResult>, first: Int) -> String {
    var blocks: [String] = []
    for (offset, result) in results.enumerated() {
      var lines: [String] = []
      let number = "\(first + offset). "
      let indent = String(repeating: " ", count: number.count)
      var heading = Sanitizer.neutralize(result.title) + " [§\(result.id)]"
      if result.kind == .faq { heading = Messages.searchFAQ.text(lang) + " — " + heading }
      lines += wrap(console.bold(heading), width: console.width, indent: number)
      lines += wrap(snippet(result.snippet), width: console.width, indent: indent)
      if !result.see.isEmpty {
        let references = result.see.map { "[§\($0)]" }.joined(separator: ", ")
        lines += wrap(Messages.searchSee.text(lang, [.references: references]), width: console.width, indent: indent)
          .map(console.dim)
      }
      blocks.append(lines.joined(separator: "\n"))
    }
    return blocks.joined(separator: "\n")
  }

  func snippet(_ snippet: Snippet) -> String {
    snippet.parts.map { part in
      let text = Sanitizer.neutralize(part.text)
      guard part.isMatch else { return text }
      // Highlight word by word so wrapping never splits a marker from its word.
      return text.split(separator: " ").map { console.highlight(String($0)) }.joined(separator: " ")
    }.joined()
  }

  func noWords() -> String {
    let message = fromShell ? Messages.searchNoWordsCLI : Messages.searchNoWords
    return wrap(message.text(lang), width: console.width, indent: "").joined(separator: "\n")
  }

  func noMatch(_ query: String) -> String {
    let shown = Sanitizer.neutralize(AnswerRenderer.shortened(query))
    let message = fromShell ? Messages.searchNoMatchCLI : Messages.searchNoMatch
    return wrap(message.text(lang, [.query: shown]), width: console.width, indent: "").joined(separator: "\n")
  }

  /// Above the passages when they are only the closest the guide has.
  func closestHeading() -> String {
    wrap(Messages.searchClosest.text(lang), width: console.width, indent: "").joined(separator: "\n")
  }

  /// Below them: who can answer for the person's own case.
  func closestContact() -> String {
    let message = fromShell ? Messages.searchClosestContactCLI : Messages.searchClosestContactRepl
    return wrap(message.text(lang), width: console.width, indent: "").joined(separator: "\n")
  }

  /// A query echoed back: at most `limit` characters, cut between words and marked
  /// with "…" when cut.
  static func shortened(_ query: String, limit: Int = 80) -> String {
    let flat = query.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard flat.count > limit else { return flat }
    var cut = flat.prefix(limit)
    if let space = cut.lastIndex(of: " "), space > cut.startIndex { cut = cut[..<space] }
    return cut.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
  }
}
