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
  /// The context the document commands use, built from the REPL's own.
  var context: CommandContext {
    CommandContext(
      lang: lang, clock: app.clock, paths: app.paths, console: console, environment: app.environment, wraps: true)
  }

  /// Called by the interview when it ends, so /declaration declares this assessment.
  public func rememberForDeclaration(answers: Answers, assessment: Assessment, model: DecisionModel) {
    featureState.assessment = AssessmentSummary(answers: answers, assessment: assessment, model: model)
  }

  /// `/declaration`: the assessment of the interview just finished, or the evaluation
  /// saved and not yet declared (after a restart), or one saved as YAML
  /// (`/declaration FILE`), becomes a declaration after the use is described and the
  /// commitments accepted. Stops for a missing profile or key, which `/profil` and
  /// `/cle` set up before coming back here.
  func startDeclaration(_ arguments: String) {
    var unsigned = false
    var words: [String] = []
    for word in arguments.split(separator: " ").map(String.init) {
      switch word {
      case "--sans-signature", "--unsigned", "--no-sign": unsigned = true
      case "--force": say(Messages.declarationForceIgnored)
      default:
        // An option is never read as a file name.
        if word.hasPrefix("--") { return say(Messages.declarationUsage) }
        words.append(word)
      }
    }
    let file = words.joined(separator: " ")
    let saved = EvaluationStore(paths: app.paths).saved
    var sentence: String?
    let assessment: AssessmentSummary
    if !file.isEmpty {
      let source = AssessmentSource(context: context, knowledgeRoot: knowledge.root, use: nil, verification: nil) {
        [weak self] in
        self?.say(Sanitizer.neutralize($0.rendered(self?.lang ?? .fr)))
      }
      do {
        assessment = try source.load(file)
      } catch let error as UserFacingError {
        return say(error.message)
      } catch {
        return say("\(error)")
      }
    } else if conversation is InterviewConversation {
      return say(Messages.replFinishInterviewFirst)
    } else if let finished = featureState.assessment {
      assessment = finished
    } else if let answers = featureState.lastAnswers ?? saved?.answers,
      let model = decisionModel()
    {
      // The interview just completed, or saved before a restart: assess its answers
      // with the rules of today (the same as the card's unless Knowledge/ changed).
      let result = Engine(model: model).assess(answers, alternatives: false)
      assessment = AssessmentSummary(answers: answers, assessment: result, model: model)
      sentence = saved?.sentence
    } else {
      return say(Messages.replNoAssessment)
    }
    let profile: Profile
    do {
      guard let stored = try Profile.load(app.paths), stored.isComplete else {
        featureState.awaitingDeclaration = arguments
        return sayWrapped(Messages.needProfile.text(lang))
      }
      profile = stored
    } catch let error as ProfileError {
      featureState.awaitingDeclaration = arguments
      say(error.text(lang))
      return sayWrapped(Messages.needProfile.text(lang))
    } catch {
      return say("\(error)")
    }
    if !unsigned && !KeyStore(paths: app.paths).exists {
      let offer = KeyOfferConversation(arguments: arguments, lang: lang)
      conversation = offer
      return offer.begin(session: self)
    }
    var input = DeclarationInput(
      profile: profile, assessment: assessment, guideVersion: knowledge.version, toolVersion: Sia.version)
    input.guideReviewed = knowledge.newestReviewed
    input.training = TrainingReference.current(paths: app.paths, now: app.clock.now())
    // The counts of the /verifier that informed the evaluation (none for an assessment read from a file).
    if file.isEmpty { input.scan = saved?.scan }
    if let scan = input.scan {
      let list = scan.counts.isEmpty ? Messages.scanDeclarationNothing.text(lang) : scan.countList(lang)
      sayWrapped(Messages.scanReportAttached.text(lang, [.list: list, .conclusion: scan.conclusion.text(lang)]))
    }
    let dialogue = DeclarationConversation(input: input)
    dialogue.suggestedUse = file.isEmpty ? sentence : nil
    dialogue.askUse = file.isEmpty
    dialogue.unsigned = unsigned
    dialogue.folder = app.paths.documentsFolder
    if file.isEmpty {
      // Declared: the saved evaluation is done with.
      dialogue.onWritten = { session in
        EvaluationStore(paths: session.app.paths).delete()
        session.featureState.lastAnswers = nil
        session.featureState.assessment = nil
      }
    }
    conversation = dialogue
    dialogue.begin(session: self)
  }
}
