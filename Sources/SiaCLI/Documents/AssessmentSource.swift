import Foundation
import SiaKit

/// Reads what `sia declare --answers FILE` is given: either bare answers
/// (`question: option`), which the decision engine of the current guide assesses, or a
/// whole assessment (a file with a `verdict:`), as `AssessmentFile` describes.
struct AssessmentSource {
  var tool: ToolContext
  /// The guide whose engine assesses bare answers.
  var knowledgeRoot: String
  /// `--use`: the intended use in the declarant's own words.
  var use: String?
  /// `--verification`: the human verification done on the outputs.
  var verification: String?
  /// `--system-version`: the AI system's version or model.
  var systemVersion: String? = nil

  func load(_ path: String) throws -> AssessmentSummary {
    let text = String(decoding: try tool.read(path), as: UTF8.self)
    if isWholeAssessment(text) { return try fromAssessmentFile(text, path) }
    let loaded = DecisionLoader.load(root: knowledgeRoot)
    let parsed = AnswersFile.parse(text: text, file: path, model: loaded.model)
    for problem in parsed.diagnostics { report(problem) }
    if parsed.diagnostics.hasErrors || parsed.answers.isEmpty {
      throw tool.fail(Messages.declareAnswersInvalid, ["count": "\(max(1, parsed.diagnostics.count))"])
    }
    let assessment = Engine(model: loaded.model).assess(parsed.answers, alternatives: false)
    let ownWords = use.map { Bilingual(fr: $0, en: $0) }
    let checked = Bilingual(fr: verification ?? "", en: verification ?? "")
    var summary = AssessmentSummary(answers: parsed.answers, assessment: assessment, model: loaded.model, use: ownWords, verification: checked)
    if let systemVersion { summary.system.version = systemVersion }
    return summary
  }

  func fromAssessmentFile(_ text: String, _ path: String) throws -> AssessmentSummary {
    let (parsed, problems) = AssessmentFile.parse(text, file: path)
    for problem in problems { report(problem) }
    guard var assessment = parsed else { throw tool.fail(Messages.declareAnswersInvalid, ["count": "\(problems.count)"]) }
    if let use { assessment.intendedUse = Bilingual(fr: use, en: use) }
    if let verification { assessment.humanVerification = Bilingual(fr: verification, en: verification) }
    if let systemVersion { assessment.system.version = systemVersion }
    return assessment
  }

  /// Problems go to standard error for a command, to the conversation in the REPL.
  var report: (Diagnostic) -> Void

  /// A whole assessment has a top-level `verdict:` key; bare answers never do.
  func isWholeAssessment(_ text: String) -> Bool {
    text.split(separator: "\n").contains { $0.hasPrefix("verdict:") }
  }
}

extension ToolContext {
  func knowledgeRoot(_ options: GlobalOptions) -> String {
    options.knowledgeRoot(environment)
  }
}
