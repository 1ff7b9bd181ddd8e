import SiaKit

extension AppContext {
  /// The questionnaire and rules from the knowledge base; a user-facing error (exit 1)
  /// when they do not load cleanly, since a verdict from broken rules cannot be trusted.
  func decisionModel() throws -> DecisionModel {
    let loaded = DecisionLoader.load(root: knowledge.root, institute: knowledge.institute)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty || loaded.model.questions.isEmpty {
      for diagnostic in errors.prefix(10) { console.warn(Sanitizer.neutralize(diagnostic.rendered(lang))) }
      throw UserFacingError(Messages.decisionUnavailable.text(lang), exitCode: 1)
    }
    return loaded.model
  }
}
