import Foundation
import SiaKit

/// The dialogue of /declaration: each required action accepted with an explicit
/// `oui`, then agreement with the verdict (or a written justification), then the
/// document is written, signed when a key exists, and the publication statement shown.
/// For an `interdit` verdict: the refusal and the alternative, and a justification only
/// if the person wants to request an exemption.
final class DeclarationConversation: Conversation {
  enum Step: Equatable {
    /// The use in the person's own words, prefilled from the sentence given to /evaluer.
    case use
    case commitment(Int)
    /// The system's version, when the assessment does not name it (publication statement).
    case version
    /// How the person checks the outputs, when the assessment does not say (publication statement).
    case verification
    case agreement
    case justification
  }

  private(set) var input: DeclarationInput
  private(set) var step: Step = .agreement
  private var accepted = Set<String>()
  var actions: [RequiredAction] { input.assessment.actions }

  /// The sentence given to /evaluer, offered as the use (Enter keeps it).
  var suggestedUse: String?
  /// False when the assessment comes from a file, which states the use itself.
  var askUse = true
  /// Where the document goes (`Paths.documentsFolder`), and whether to leave it unsigned.
  var folder = "."
  var unsigned = false
  /// Called once the document is written (the saved evaluation is then done with).
  var onWritten: (ReplSession) -> Void = { _ in }

  init(input: DeclarationInput) { self.input = input }

  var acceptsEmptyLine: Bool { step == .use }

  /// The interface language, for the prompt (set when the dialogue begins).
  var lang: Lang = .fr

  var prompt: String {
    func label(_ message: Message) -> String { message.text(lang) }
    switch step {
    case .use: return "sia[\(label(Messages.promptUse))]> "
    case .commitment(let index): return "sia[\(label(Messages.promptCommitment)) \(index + 1)/\(actions.count)]> "
    case .version: return "sia[\(label(Messages.promptVersion))]> "
    case .verification: return "sia[\(label(Messages.promptVerification))]> "
    case .agreement: return "sia[\(label(Messages.promptVerdict))]> "
    case .justification: return "sia[\(label(Messages.promptJustification))]> "
    }
  }

  var commands: [ReplCommand] {
    [
      ReplCommand("annuler", aliases: ["cancel"], summary: Messages.cmdCancelDeclaration) { session, _ in
        session.conversation = nil
        session.say(Messages.replDeclarationCancelled)
      }
    ]
  }

  /// First the use in the person's words, then the verdict and the commitments.
  func begin(session: ReplSession) {
    lang = session.lang
    if askUse { ask(.use, session) } else { beginCommitments(session: session) }
  }

  func beginCommitments(session: ReplSession) {
    let verdict = input.assessment.verdict
    let label = session.console.bold(VerdictLabel.message(verdict.id).text(session.lang) + ".")
    session.sayWrapped(label + " " + Sanitizer.neutralize(verdict.rationale.pick(session.lang)))
    if verdict.id == .interdit {
      session.sayWrapped(Messages.replForbidden.text(session.lang))
      if let alternative = verdict.alternative {
        session.sayWrapped(
          Messages.declAlternative.text(
            session.lang, [.alternative: Sanitizer.neutralize(alternative.pick(session.lang))]))
      }
      ask(.justification, session)
    } else if actions.isEmpty {
      ask(afterCommitments, session)
    } else {
      session.say(Messages.declareCommitmentsTitle, [.count: "\(actions.count)"])
      ask(.commitment(0), session)
    }
  }

  /// The version and verification questions only when the assessment does not say them.
  var afterCommitments: Step {
    input.assessment.system.version.isEmpty ? .version : afterVersion
  }

  var afterVersion: Step {
    input.assessment.humanVerification.fr.isEmpty ? .verification : .agreement
  }

  func ask(_ next: Step, _ session: ReplSession) {
    step = next
    switch next {
    case .use:
      if let suggestedUse, !suggestedUse.isEmpty {
        session.sayWrapped(Messages.usePrompt.text(session.lang))
        // Each language's quotation marks, as the rest of the interface uses them.
        let (open, close) = session.lang == .fr ? ("« ", " »") : ("“", "”")
        session.sayWrapped("  " + open + Sanitizer.neutralize(suggestedUse) + close)
      } else {
        session.sayWrapped(Messages.usePromptEmpty.text(session.lang))
      }
    case .commitment(let index):
      session.sayWrapped(
        Messages.replCommitment.text(
          session.lang,
          [
            .index: "\(index + 1)", .count: "\(actions.count)",
            .text: Sanitizer.neutralize(actions[index].text.pick(session.lang)),
          ]))
    case .version:
      session.sayWrapped(
        Messages.replVersionPrompt.text(session.lang, [.system: Sanitizer.neutralize(input.assessment.system.name)]))
    case .verification: session.sayWrapped(Messages.replVerificationPrompt.text(session.lang))
    case .agreement: session.sayWrapped(Messages.replAgreePrompt.text(session.lang))
    case .justification: session.sayWrapped(Messages.replJustificationPrompt.text(session.lang))
    }
  }

  func handle(_ line: String, session: ReplSession) {
    switch step {
    case .use:
      let typed = line.trimmingCharacters(in: .whitespaces)
      let use = typed.isEmpty ? (suggestedUse ?? "") : typed
      guard !use.isEmpty else { return ask(.use, session) }
      input.assessment.intendedUse = Bilingual(fr: use, en: use)
      beginCommitments(session: session)
    case .commitment(let index):
      guard let answer = CommitmentDialogue.parse(line) else { return session.say(Messages.declareCommitmentRetry) }
      guard answer else {
        session.conversation = nil
        return session.sayWrapped(DeclarationRefusal.commitmentRefused(actions[index]).text(session.lang))
      }
      accepted.insert(actions[index].id)
      ask(index + 1 < actions.count ? .commitment(index + 1) : afterCommitments, session)
    case .version:
      input.assessment.system.version = line == "-" ? "" : line
      ask(afterVersion, session)
    case .verification:
      let text = line == "-" ? "" : line
      input.assessment.humanVerification = Bilingual(fr: text, en: text)
      ask(.agreement, session)
    case .agreement:
      guard let answer = CommitmentDialogue.parse(line) else { return session.say(Messages.declareCommitmentRetry) }
      if answer { produce(justification: nil, session) } else { ask(.justification, session) }
    case .justification:
      produce(justification: line, session)
    }
  }

  func interrupt(session: ReplSession) { ask(step, session) }

  func produce(justification: String?, _ session: ReplSession) {
    let context = session.context
    let builder = DeclarationBuilder(
      input: input, acceptedActions: accepted, justification: justification, date: context.clock.now(),
      lang: session.lang)
    let store = KeyStore(paths: context.paths)
    var writing = DeclarationWriting(
      context: context, folder: folder, slug: nil, force: false, key: nil,
      unsignedReason: store.exists ? Messages.declareUnsignedRepl : Messages.declareNoKeyRepl)
    do {
      try AtomicFile.makeFolder(folder, mode: 0o755)
      if store.exists && !unsigned { writing.key = try context.signingKey(explicit: nil) }
      try writing.produce(builder)
      session.conversation = nil
      onWritten(session)
    } catch let error as UserFacingError {
      session.say(error.message)
      session.conversation = nil
    } catch {
      session.say("\(error)")
      session.conversation = nil
    }
  }
}

extension ReplSession {
  /// Says a text wrapped to the terminal width, paragraph by paragraph.
  func sayWrapped(_ text: String) {
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      say(wrap(String(paragraph), width: console.width, indent: "").joined(separator: "\n"))
    }
  }
}
