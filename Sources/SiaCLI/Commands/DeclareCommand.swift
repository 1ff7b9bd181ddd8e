import ArgumentParser
import Foundation
import SiaKit

/// `sia declare --answers FILE`: turns an assessment into a signed declaration. Each
/// required action is accepted explicitly (typed `oui`, or `--accept-all` in scripts);
/// an `interdit` verdict gives only the refusal unless `--justification` is written.
struct DeclareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "declare", abstract: "Write (and sign) the declaration of use for an assessment.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The assessment, as YAML (system, use, data, answers, verdict, actions, tasks, verification).")
  var answers: String
  @Flag(name: .customLong("accept-all"), help: "Accept every commitment without asking (scripts).") var acceptAll = false
  @Option(help: "Why you disagree with the verdict: the document is then flagged as contested.") var justification: String?
  @Option(help: "Folder for the document (default: the current folder).") var output: String = "."
  @Option(help: "File-name slug (default: from the system and the use).") var slug: String?
  @Option(name: .customLong("validity-months"), help: "Validity period in months.") var validityMonths: Int = 12
  @Flag(help: "Replace an existing document of the same name.") var force = false
  @Flag(name: .customLong("no-sign"), help: "Do not sign the document.") var noSign = false
  @Option(help: "An unencrypted Ed25519 OpenSSH private key (default: the one sia keygen made).") var key: String?

  func run() throws {
    let tool = try ToolContext.make(options: global)
    guard let profile = try ProfileCommand().loadProfile(tool) else { throw tool.fail(Messages.profileNone) }
    guard profile.isComplete else {
      throw UserFacingError(ProfileError.incomplete(profile.missingFields + profile.invalidEmails).text(tool.lang))
    }
    let assessment = try loadAssessment(tool)
    let signingKey = noSign ? nil : try tool.signingKey(explicit: key)
    let input = DeclarationInput(
      profile: profile, assessment: assessment, guideVersion: tool.currentGuideVersion(global) ?? "unknown",
      toolVersion: Sia.version)
    let accepted = try CommitmentDialogue(tool: tool, acceptAll: acceptAll).ask(assessment)
    let writer = DeclarationWriting(tool: tool, folder: output, slug: slug, force: force, key: signingKey)
    try writer.produce(
      DeclarationBuilder(
        input: input, acceptedActions: accepted, justification: justification, date: tool.clock.now(),
        validityMonths: validityMonths, lang: tool.lang))
  }

  func loadAssessment(_ tool: ToolContext) throws -> AssessmentSummary {
    let text = String(decoding: try tool.read(answers), as: UTF8.self)
    let (assessment, problems) = AssessmentFile.parse(text, file: answers)
    for problem in problems { tool.console.warn(Sanitizer.neutralize(problem.description)) }
    guard let assessment else { throw tool.fail(Messages.declareAnswersInvalid, ["count": "\(problems.count)"]) }
    return assessment
  }
}
