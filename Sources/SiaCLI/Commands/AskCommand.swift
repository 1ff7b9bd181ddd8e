import ArgumentParser
import Foundation
import SiaKit

/// `sia ask "question" [--json] [--top N]`: the REPL's answer to a question, from the
/// shell. Exit status 1 when the guide has nothing on it.
struct AskCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ask",
    abstract: "Answer a question with the best passages of the guide (exit 1 when no passage shares a word with it).")

  @OptionGroup var global: GlobalOptions

  @Flag(name: .long, help: "Print {query, understood_terms, results: [{id, title, score, snippet}]} as JSON.")
  var json = false

  @Option(name: .long, help: "Number of passages.")
  var top = 3

  @Argument(help: "The question, in French or English.")
  var question: [String]

  func validate() throws {
    guard top > 0 else { throw ValidationError("--top must be at least 1") }
    guard !question.joined().trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ValidationError("the question is empty")
    }
  }

  func run() throws {
    let app = try AppContext.make(options: global)
    let text = question.joined(separator: " ")
    // Only the passages printed get a snippet.
    let answer = app.guideSearch().ask(text, lang: app.lang, limit: top)
    if json {
      app.console.say(try AskJSON(answer, top: top).encoded())
    } else {
      let renderer = AnswerRenderer(console: app.console, lang: app.lang, fromShell: true)
      if let understood = renderer.understood(answer) { app.console.say(understood) }
      if answer.results.isEmpty {
        app.console.say(answer.understood.isEmpty ? renderer.noWords() : renderer.noMatch(text))
      } else {
        if answer.confidence == .closest { app.console.say(renderer.closestHeading()) }
        app.console.say(renderer.results(answer.results.prefix(top), first: 1))
        if answer.confidence == .closest { app.console.say(renderer.closestContact()) }
        app.console.say(app.console.dim(Messages.searchReadHintAll.text(app.lang)))
      }
    }
    if answer.results.isEmpty { throw ExitCode(1) }
  }
}
