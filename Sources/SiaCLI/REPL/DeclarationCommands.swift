import Foundation
import SiaKit

extension ReplCommands {
  static let declaration: [ReplCommand] = [
    // `/declaration FILE` also takes an assessment saved as YAML (see AssessmentFile).
    ReplCommand("declaration", aliases: ["declare"], summary: Messages.cmdDeclaration) { session, arguments in
      session.startDeclaration(arguments)
    }
  ]
}

extension ReplSession {
  /// Where the interview leaves its result for /declaration (set by the decision feature).
  public static let assessmentKey = "declaration.assessment"

  /// The context the document commands use, built from the REPL's own.
  var tool: ToolContext {
    ToolContext(lang: lang, clock: app.clock, paths: app.paths, console: console, environment: app.environment)
  }

  /// `/declaration`: the assessment of the interview just finished, or one saved as YAML
  /// (`/declaration FILE`), becomes a declaration after the commitments are accepted.
  func startDeclaration(_ arguments: String) {
    let assessment: AssessmentSummary
    if !arguments.isEmpty {
      guard let data = FileManager.default.contents(atPath: arguments) else {
        return say(Messages.fileMissing, ["path": Sanitizer.neutralize(arguments)])
      }
      let (parsed, problems) = AssessmentFile.parse(String(decoding: data, as: UTF8.self), file: arguments)
      for problem in problems { say(Sanitizer.neutralize(problem.description)) }
      guard let parsed else { return say(Messages.declareAnswersInvalid, ["count": "\(problems.count)"]) }
      assessment = parsed
    } else if let finished = featureState[ReplSession.assessmentKey] as? AssessmentSummary {
      assessment = finished
    } else {
      return say(Messages.replNoAssessment)
    }
    let profile: Profile
    do {
      guard let stored = try Profile.load(app.paths) else { return say(Messages.profileNone) }
      profile = stored
    } catch let error as ProfileError {
      return say(error.text(lang))
    } catch {
      return say("\(error)")
    }
    guard profile.isComplete else {
      return say(ProfileError.incomplete(profile.missingFields + profile.invalidEmails).text(lang))
    }
    let input = DeclarationInput(
      profile: profile, assessment: assessment, guideVersion: knowledge.version, toolVersion: Sia.version)
    let dialogue = DeclarationConversation(input: input)
    conversation = dialogue
    dialogue.begin(session: self)
  }
}
