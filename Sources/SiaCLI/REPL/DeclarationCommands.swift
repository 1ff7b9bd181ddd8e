import Foundation
import SiaKit

extension ReplCommands {
  static let declaration: [ReplCommand] = [
    // `/declaration FILE` also takes answers or a whole assessment saved as YAML (AssessmentSource).
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

  /// Called by the interview when it ends, so /declaration declares this assessment.
  public func rememberForDeclaration(answers: Answers, assessment: Assessment, model: DecisionModel) {
    featureState[ReplSession.assessmentKey] = AssessmentSummary(answers: answers, assessment: assessment, model: model)
  }

  /// `/declaration`: the assessment of the interview just finished, or one saved as YAML
  /// (`/declaration FILE`), becomes a declaration after the commitments are accepted.
  func startDeclaration(_ arguments: String) {
    let assessment: AssessmentSummary
    if !arguments.isEmpty {
      let source = AssessmentSource(tool: tool, knowledgeRoot: knowledge.root, use: nil, verification: nil) { [weak self] in
        self?.say(Sanitizer.neutralize($0.description))
      }
      do {
        assessment = try source.load(arguments)
      } catch let error as UserFacingError {
        return say(error.message)
      } catch {
        return say("\(error)")
      }
    } else if conversation is InterviewConversation {
      return say(Messages.replFinishInterviewFirst)
    } else if let finished = featureState[ReplSession.assessmentKey] as? AssessmentSummary {
      assessment = finished
    } else if let answers = featureState[ReplSession.lastAnswersKey] as? Answers, let model = decisionModel() {
      // The interview just completed: assess its answers with the same rules it used.
      let result = Engine(model: model).assess(answers, alternatives: false)
      assessment = AssessmentSummary(answers: answers, assessment: result, model: model)
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
    var input = DeclarationInput(
      profile: profile, assessment: assessment, guideVersion: knowledge.version, toolVersion: Sia.version)
    input.guideReviewed = knowledge.newestReviewed
    input.training = TrainingReference.current(paths: app.paths, now: app.clock.now())
    let dialogue = DeclarationConversation(input: input)
    conversation = dialogue
    dialogue.begin(session: self)
  }
}
