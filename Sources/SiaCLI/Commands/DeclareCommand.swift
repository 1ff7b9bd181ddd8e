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
  @Option(
    name: .customLong("system-version"), help: "The AI system's version or model (for the publication statement).")
  var systemVersion: String?
  @Flag(name: .customLong("accept-all"), help: "Accept every commitment without asking (scripts).") var acceptAll =
    false
  @Option(help: "Why you disagree with the verdict: the document is then flagged as contested.") var justification:
    String?
  @Option(help: "Folder for the document (default: the current folder).") var output: String = "."
  @Option(help: "File-name slug (default: from the system and the use).") var slug: String?
  @Option(name: .customLong("validity-months"), help: "Validity period in months.") var validityMonths: Int = 12
  @Flag(help: "Replace an existing document of the same name.") var force = false
  @Flag(name: .customLong("no-sign"), help: "Do not sign the document.") var noSign = false
  @Option(help: "An unencrypted Ed25519 OpenSSH private key (default: the one sia keygen made).") var key: String?
  @Option(
    name: .customLong("scan-report"),
    help:
      "The sia scan --json report of the text to paste: the declaration keeps its counts per category, never the text.")
  var scanReport: String?
  @Option(name: .long, help: "Write the output to FILE in the transcript format of Transcripts/.") var record: String?

  func run() throws {
    let context = try CommandContext.make(options: global)
    if let path = record ?? TrainCommand.rootRecordOption(CommandLine.arguments) {
      context.console.recorder = TranscriptRecorder(path: path)
    }
    guard (1...60).contains(validityMonths) else {
      throw context.fail(Messages.declareBadValidity, [.value: "\(validityMonths)"], exitCode: ExitStatus.usage)
    }
    guard let profile = try context.loadProfile() else { throw context.fail(Messages.profileNone) }
    guard profile.isComplete else {
      throw UserFacingError(ProfileError.incomplete(profile.missingFields + profile.invalidEmails).text(context.lang))
    }
    var source = AssessmentSource(
      context: context, knowledgeRoot: context.knowledgeRoot(global), use: use, verification: verification
    ) {
      context.console.warn(Sanitizer.neutralize($0.rendered(context.lang)))
    }
    source.systemVersion = systemVersion
    let training = TrainingReference.current(paths: context.paths, now: context.clock.now())
    source.training = training
    source.requireTrainerAttestedTraining = profile.requiresTrainerAttestedTraining
    let assessment = try source.load(answers)
    let scan = try scanReport.map { try readScanReport($0, context: context) }
    let signingKey = noSign ? nil : try context.signingKey(explicit: key)
    var input = DeclarationInput(
      profile: profile, assessment: assessment, guideVersion: context.currentGuideVersion(global) ?? "unknown",
      toolVersion: Sia.version)
    input.training = training
    input.guideReviewed = KnowledgeLoader.load(root: context.knowledgeRoot(global)).knowledge.newestReviewed
    input.scan = scan
    if let scan {
      let list = scan.counts.isEmpty ? Messages.scanDeclarationNothing.text(context.lang) : scan.countList(context.lang)
      context.say(Messages.scanReportAttached, [.list: list, .conclusion: scan.conclusion.text(context.lang)])
    }
    let accepted = try CommitmentDialogue(context: context, acceptAll: acceptAll).ask(assessment)
    let writer = DeclarationWriting(context: context, folder: output, slug: slug, force: force, key: signingKey)
    try writer.produce(
      DeclarationBuilder(
        input: input, acceptedActions: accepted, justification: justification, date: context.clock.now(),
        validityMonths: validityMonths, lang: documentLang(profile, context: context)))
    try context.console.finishRecording(lang: context.lang)
  }

  /// The counts of a `sia scan --json` report (`-` reads standard input).
  func readScanReport(_ path: String, context: CommandContext) throws -> ScanRecord {
    do {
      return try ScanRecord.fromScanJSON(try context.read(path))
    } catch let problem as ScanReportFileProblem {
      throw context.fail(
        Messages.scanReportUnusable,
        [
          .file: Sanitizer.neutralize(InputFile.displayName(path)), .reason: Sanitizer.neutralize(problem.reason),
        ])
    }
  }

  /// The document's language: `--lang` when given, else the profile's, else the interface's.
  func documentLang(_ profile: Profile, context: CommandContext) -> Lang {
    global.lang == nil ? profile.lang ?? context.lang : context.lang
  }
}
