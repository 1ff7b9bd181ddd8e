import SiaKit

/// Questions to the guide in the REPL: free text (installed by `ReplFeatures`) or
/// `/chercher`, three passages at a time, `/plus` for the next ones.
extension ReplCommands {
  static let retrieval: [ReplCommand] = [
    ReplCommand("plus", aliases: ["more"], summary: Messages.cmdMore) { session, _ in
      session.showMoreResults()
    },
    ReplCommand(
      "chercher", aliases: ["search", "ask"], arguments: "MOTS", summary: Messages.cmdSearch,
      complete: { session, _ in session.guideSearch.keywords }
    ) { session, arguments in
      guard !arguments.isEmpty else {
        session.say(Messages.searchUsage)
        return
      }
      session.answerQuestion(arguments)
    },
  ]
}

/// The answer being paged through by `/plus`.
final class SearchPage {
  let answer: SearchAnswer
  var shown = 0

  init(answer: SearchAnswer) { self.answer = answer }
}

extension ReplSession {
  static let resultsPerPage = 3

  /// Built at the first question, then kept: startup does not pay for the index.
  var guideSearch: GuideSearch {
    if let search = featureState.guideSearch { return search }
    let search = app.guideSearch()
    featureState.guideSearch = search
    return search
  }

  func answerQuestion(_ text: String) {
    let answer = guideSearch.ask(text, lang: lang)
    let renderer = AnswerRenderer(console: console, lang: lang)
    featureState.searchPage = nil
    if let understood = renderer.understood(answer) { say(understood) }
    guard !answer.results.isEmpty else {
      say(answer.understood.isEmpty ? renderer.noWords() : renderer.noMatch(text))
      return
    }
    let page = SearchPage(answer: answer)
    featureState.searchPage = page
    if answer.confidence == .closest { say(renderer.closestHeading()) }
    showPage(page, footer: answer.confidence == .closest ? renderer.closestContact() : nil)
  }

  func showMoreResults() {
    guard let page = featureState.searchPage else {
      say(Messages.searchNoQuestion)
      return
    }
    guard page.shown < page.answer.results.count else {
      say(Messages.searchNoMore, [.query: Sanitizer.neutralize(AnswerRenderer.shortened(page.answer.query))])
      return
    }
    showPage(page)
  }

  /// `footer`: said between the passages and the hint (who to contact).
  func showPage(_ page: SearchPage, footer: String? = nil) {
    let results = page.answer.results
    let next = results[page.shown..<min(page.shown + ReplSession.resultsPerPage, results.count)]
    say(AnswerRenderer(console: console, lang: lang).results(next, first: page.shown + 1))
    if let footer { say(footer) }
    page.shown += next.count
    let hint = page.shown < results.count ? Messages.searchMoreHintAll : Messages.searchReadOnlyHintAll
    say(wrap(hint.text(lang), width: console.width, indent: "").map(console.dim).joined(separator: "\n"))
  }
}
