import SiaKit

extension ReplCommands {
  /// The evaluation as a saved object: discard it; set up the profile and the key the
  /// declaration needs without leaving the REPL.
  static let evaluation: [ReplCommand] = [
    ReplCommand("abandonner", aliases: ["discard"], summary: Messages.cmdDiscard) { session, _ in
      let store = EvaluationStore(paths: session.app.paths)
      guard case .evaluation = store.load() else { return session.say(Messages.nothingToDiscard) }
      store.delete()
      session.featureState.lastAnswers = nil
      session.featureState.assessment = nil
      session.featureState.awaitingDeclaration = nil
      session.say(Messages.discarded)
    },
    ReplCommand("profil", aliases: ["profile"], summary: Messages.cmdProfileRepl) { session, _ in
      ProfileConversation.start(session: session)
    },
    ReplCommand("cle", aliases: ["key", "clé"], summary: Messages.cmdKeyRepl) { session, _ in
      session.createKey()
    },
  ]
}

extension ReplSession {
  /// At start-up: an unfinished interview or an undeclared evaluation is waiting.
  func announceWaiting() {
    let paths = app.paths
    if case let .state(state) = InterviewStore(paths: paths).load() {
      sayWrapped(
        Messages.waitingInterview.text(
          lang,
          [
            .date: HumanDate.text(String(state.startedAt.prefix(10)), lang), .count: "\(state.answers.values.count)",
          ]))
    }
    if let saved = EvaluationStore(paths: paths).saved {
      sayWrapped(
        Messages.waitingEvaluation.text(
          lang,
          [
            .date: HumanDate.text(String(saved.finishedAt.prefix(10)), lang),
            .verdict: saved.verdict.label.text(lang),
          ]))
    }
  }

  /// Leaving: says what stays saved and how to come back to it.
  func sayGoodbye() {
    if let interview = conversation as? InterviewConversation {
      return sayWrapped(
        Messages.goodbyeInterview.text(lang, [.count: "\(interview.interview.state.answers.values.count)"]))
    }
    if EvaluationStore(paths: app.paths).saved != nil {
      return sayWrapped(Messages.goodbyeEvaluation.text(lang))
    }
    say(Messages.goodbye)
  }

  /// `/cle`: the Ed25519 key, created once, its public half and fingerprint shown; then
  /// back to the declaration that was waiting for it.
  func createKey() {
    let store = KeyStore(paths: app.paths)
    if store.exists, let key = try? store.load() {
      say(Messages.keyExistsRepl, [.fingerprint: key.publicKey.fingerprint])
      return continueWaitingDeclaration()
    }
    guard let profile = (try? Profile.load(app.paths)) ?? nil, Person.isValidEmail(profile.declarant.email) else {
      return say(Messages.keyNeedsProfile)
    }
    let key: OpenSSHPrivateKey
    do {
      key = try store.generate(comment: profile.declarant.email, force: false)
    } catch let error as SSHKeyError {
      return say(error.text(lang))
    } catch {
      return say(Messages.fileUnwritable, [.path: store.privateKeyPath, .reason: "\(error)"])
    }
    say(Messages.keygenCreated, [.path: store.privateKeyPath])
    say(Messages.keygenFingerprint, [.fingerprint: key.publicKey.fingerprint])
    say(Messages.keygenAllowedSigner)
    say(
      AllowedSigners.line(
        principal: profile.declarant.email, key: key.publicKey, namespaces: DocumentKind.declarantNamespaces))
    continueWaitingDeclaration()
  }

  /// After `/profil` or `/cle`: back to the declaration they were set up for.
  func continueWaitingDeclaration() {
    guard let arguments = featureState.awaitingDeclaration else { return }
    featureState.awaitingDeclaration = nil
    say("")
    say(Messages.backToDeclaration)
    startDeclaration(arguments)
  }
}
