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
  @Option(help: "Your answers (question: option, as for sia assess), or a whole assessment with a verdict (YAML).")
  var answers: String
  @Option(help: "The intended use in your own words (default: the purposes you chose).") var use: String?
  @Option(help: "How you check the system's output (for the publication statement).") var verification: String?
  @Option(name: .customLong("system-version"), help: "The AI system's version or model (for the publication statement).")
  var systemVersion: String?
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
    guard (1...60).contains(validityMonths) else {
      throw tool.fail(Messages.declareBadValidity, ["value": "\(validityMonths)"], exitCode: ExitStatus.usage)
    }
    guard let profile = try tool.loadProfile() else { throw tool.fail(Messages.profileNone) }
    guard profile.isComplete else {
      throw UserFacingError(ProfileError.incomplete(profile.missingFields + profile.invalidEmails).text(tool.lang))
    }
    var source = AssessmentSource(tool: tool, knowledgeRoot: tool.knowledgeRoot(global), use: use, verification: verification) {
      tool.console.warn(Sanitizer.neutralize($0.description))
    }
    source.systemVersion = systemVersion
    let assessment = try source.load(answers)
    let signingKey = noSign ? nil : try tool.signingKey(explicit: key)
    var input = DeclarationInput(
      profile: profile, assessment: assessment, guideVersion: tool.currentGuideVersion(global) ?? "unknown",
      toolVersion: Sia.version)
    input.training = TrainingReference.current(paths: tool.paths, now: tool.clock.now())
    input.guideReviewed = KnowledgeLoader.load(root: tool.knowledgeRoot(global)).knowledge.newestReviewed
    let accepted = try CommitmentDialogue(tool: tool, acceptAll: acceptAll).ask(assessment)
    let writer = DeclarationWriting(tool: tool, folder: output, slug: slug, force: force, key: signingKey)
    try writer.produce(
      DeclarationBuilder(
        input: input, acceptedActions: accepted, justification: justification, date: tool.clock.now(),
        validityMonths: validityMonths, lang: tool.lang))
  }
}
