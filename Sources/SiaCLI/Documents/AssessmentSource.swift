import Foundation
import SiaKit

/// Reads what `sia declare --answers FILE` is given: bare answers (`question: option`),
/// which the decision engine of the current guide assesses. A file that supplies a
/// verdict, actions or commitments itself is refused: sia signs only what its rules
/// compute (issue 13).
struct AssessmentSource {
  var context: CommandContext
  /// The guide whose engine assesses bare answers.
  var knowledgeRoot: String
  /// `--use`: the intended use in the declarant's own words.
  var use: String?
  /// `--verification`: the human verification done on the outputs.
  var verification: String?
  /// `--system-version`: the AI system's version or model.
  var systemVersion: String? = nil
  /// The training the declaration will name and whether the declarant's profile requires
  /// it trainer-attested: then "training followed: yes" without it is assessed as "no".
  var training: TrainingReference? = nil
  var requireTrainerAttestedTraining = false

  func load(_ path: String) throws -> AssessmentSummary {
    let text = String(decoding: try context.read(path), as: UTF8.self)
    let supplied = suppliedDecisions(text)
    if !supplied.isEmpty {
      throw context.fail(
        Messages.declareVerdictSupplied,
        [
          .file: Sanitizer.neutralize(path), .keys: supplied.map { "'\($0):'" }.joined(separator: ", "),
        ])
    }
    let loaded = DecisionLoader.load(root: knowledgeRoot)
    let parsed = AnswersFile.parse(text: text, file: path, model: loaded.model)
    for problem in parsed.diagnostics { report(problem) }
    if parsed.diagnostics.hasErrors || parsed.answers.isEmpty {
      throw context.fail(Messages.declareAnswersInvalid, [.count: "\(max(1, parsed.diagnostics.count))"])
    }
    let answers = TrainingRequirement.effective(
      parsed.answers, training: training, required: requireTrainerAttestedTraining)
    if answers != parsed.answers { context.console.warn(Messages.trainingCountedNo.text(context.lang)) }
    let assessment = Engine(model: loaded.model).assess(answers, alternatives: false)
    let ownWords = use.map { Bilingual(fr: $0, en: $0) }
    let checked = Bilingual(fr: verification ?? "", en: verification ?? "")
    var summary = AssessmentSummary(
      answers: answers, assessment: assessment, model: loaded.model, use: ownWords, verification: checked)
    if let systemVersion { summary.system.version = systemVersion }
    return summary
  }

  /// Problems go to standard error for a command, to the conversation in the REPL.
  var report: (Diagnostic) -> Void

  /// The top-level keys that would hand sia a decision instead of answers: a verdict,
  /// actions, commitments, rules (a whole assessment, as older versions accepted).
  func suppliedDecisions(_ text: String) -> [String] {
    let decisions = ["verdict", "actions", "commitments", "engagements", "rules", "kind", "answers"]
    let keys = Set(
      text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
        guard let colon = line.firstIndex(of: ":"),
          line.first.map({ !$0.isWhitespace && $0 != "#" && $0 != "-" }) == true
        else { return nil }
        return line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")).lowercased()
      })
    return decisions.filter(keys.contains)
  }
}

extension CommandContext {
  func knowledgeRoot(_ options: GlobalOptions) -> String {
    options.knowledgeRoot(environment)
  }
}
