import SiaKit

/// `/declaration` without a signing key asks, right there, whether to create one: the
/// next line answers it. (Sending the person back to the main prompt with "type /cle"
/// let a justification typed next fall into the guide search.) Yes creates the key and
/// goes on with the same declaration; no goes on unsigned; /annuler stops.
final class KeyOfferConversation: Conversation {
  /// The arguments `/declaration` was given (a file, say), to go on with the same one.
  let arguments: String
  private let lang: Lang

  init(arguments: String, lang: Lang) {
    self.arguments = arguments
    self.lang = lang
  }

  var prompt: String { "sia[\(Messages.promptKeyOffer.text(lang))]> " }

  var commands: [ReplCommand] {
    [
      ReplCommand("annuler", aliases: ["cancel"], summary: Messages.cmdCancelDeclaration) { session, _ in
        session.conversation = nil
        session.featureState.awaitingDeclaration = nil
        session.say(Messages.replDeclarationCancelled)
      },
      // `/cle` here, as the main prompt advised before, means yes.
      ReplCommand("cle", aliases: ["key", "clé"], summary: Messages.cmdKeyRepl) { [self] session, _ in
        handle("oui", session: session)
      },
    ]
  }

  func begin(session: ReplSession) { session.sayWrapped(Messages.keyOffer.text(session.lang)) }

  func handle(_ line: String, session: ReplSession) {
    guard let yes = CommitmentDialogue.parse(line) else {
      return session.sayWrapped(Messages.keyOfferRetry.text(session.lang))
    }
    session.conversation = nil
    if yes {
      // `createKey` goes back to the declaration waiting for it, with these arguments.
      session.featureState.awaitingDeclaration = arguments
      session.createKey()
    } else {
      session.featureState.awaitingDeclaration = nil
      session.startDeclaration(String((arguments + " --sans-signature").trimmed))
    }
  }

  func interrupt(session: ReplSession) { begin(session: session) }
}
