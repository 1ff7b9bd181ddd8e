import ArgumentParser
import Foundation
import SiaKit

/// `sia questions [--json]`: the assessment questionnaire, as text or stable JSON.
struct QuestionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "questions", abstract: "Print the assessment questionnaire (question and option ids).")

  @OptionGroup var global: GlobalOptions

  @Flag(name: .long, help: "Print JSON (questions with ids, texts, options and conditions).")
  var json = false

  func run() throws {
    let app = try AppContext.make(options: global)
    let model = try app.decisionModel()
    if json {
      app.console.say(try StableJSON.string(["questions": model.questions]))
    } else {
      app.console.say(QuestionnaireRenderer(console: app.console, lang: app.lang).list(model))
    }
  }
}
