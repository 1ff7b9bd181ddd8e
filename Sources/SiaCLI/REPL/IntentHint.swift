import SiaKit

/// Free text that describes an intended use (« je voudrais utiliser ChatGPT pour
/// résumer des comptes rendus de patients ») gets the guide's answer, then an offer to
/// assess that very use: `/evaluer` alone then starts the interview from the sentence.
extension ReplSession {
  /// The guide's answer, plus the offer when the sentence names a use pattern of
  /// `intents.yaml` (a tool named alone is a question about the tool, not a use).
  func answerFreeTextWithIntent(_ line: String) {
    answerQuestion(line)
    featureState.pendingSentence = nil
    guard conversation == nil, let model = decisionModel(quietly: true) else { return }
    let found = IntentRecognizer(model: model).recognize(line)
    guard found.contains(where: { $0.sources.contains { $0.hasPrefix("intent:") } }) else { return }
    featureState.pendingSentence = line
    say("")
    say(Messages.intentOffer)
  }

  /// The sentence `/evaluer` without arguments starts from, consumed once.
  func takePendingSentence() -> String? {
    defer { featureState.pendingSentence = nil }
    return featureState.pendingSentence
  }
}
