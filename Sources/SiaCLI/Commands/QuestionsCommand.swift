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

/// JSON with sorted keys and indentation, so outputs are stable and diff well.
enum StableJSON {
  static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
