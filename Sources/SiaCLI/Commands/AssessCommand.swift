import ArgumentParser
import Foundation
import SiaKit

/// `sia assess --answers FILE [--json]`: the verdict, actions and explanation for a file
/// of answers. Exit 0 whatever the verdict; 2 when the file is invalid (every problem
/// listed with its key).
struct AssessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract: "Assess a use of AI from a file of answers (YAML or JSON: question id → option ids).")

  @OptionGroup var global: GlobalOptions

  @Option(
    name: .long, help: "The answers file (see `sia questions` for the ids); - reads standard input.",
    completion: .file(extensions: ["yaml", "yml"]))
  var answers: String

  @Flag(name: .long, help: "Print JSON: answers, assessment (with alternatives) and energy estimate.")
  var json = false

  func run() throws {
    let app = try AppContext.make(options: global)
    let model = try app.decisionModel()
    guard let data = InputFile.read(answers) else {
      throw UserFacingError(Messages.answersUnreadable.text(app.lang, [.file: answers]))
    }
    let parsed = AnswersFile.parse(
      text: String(decoding: data, as: UTF8.self), file: InputFile.displayName(answers), model: model)
    let errors = parsed.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      app.console.warn(
        Messages.answersProblems.text(app.lang, [.count: "\(errors.count)", .file: InputFile.displayName(answers)]))
      for diagnostic in parsed.diagnostics.sortedForReport {
        app.console.warn(Sanitizer.neutralize(diagnostic.rendered(app.lang)))
      }
      throw ExitCode(2)
    }
    for warning in parsed.diagnostics { app.console.warn(Sanitizer.neutralize(warning.rendered(app.lang))) }
    let assessment = Engine(model: model).assess(parsed.answers)
    let energy = EnergyEstimate.estimate(parsed.answers, table: model.energy)
    if json {
      app.console.say(
        try StableJSON.string(
          AssessmentReport(
            answers: parsed.answers, assessment: assessment, energy: energy, knowledgeVersion: app.knowledge.version)))
      return
    }
    let renderer = AssessmentRenderer(console: app.console, lang: app.lang, model: model, knowledge: app.knowledge)
    app.console.say(renderer.result(assessment))
    app.console.say("\n" + renderer.alternatives(assessment))
    if let energy { app.console.say("\n" + renderer.energy(energy)) }
  }
}

/// What `sia assess --json` prints.
struct AssessmentReport: Encodable {
  var answers: Answers
  var assessment: Assessment
  var energy: EnergyEstimate?
  var knowledgeVersion: String

  enum CodingKeys: String, CodingKey {
    case answers, assessment, energy, knowledgeVersion = "knowledge_version"
  }

  /// Every answer is an array, even a single choice: a consumer handles one shape
  /// (docs/schemas/assess.schema.json).
  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(answers.values, forKey: .answers)
    try container.encode(assessment, forKey: .assessment)
    try container.encodeIfPresent(energy, forKey: .energy)
    try container.encode(knowledgeVersion, forKey: .knowledgeVersion)
  }
}
