extension DocumentState {
  /// The document's kind as people read it: `sia verify`'s line, or (`short`) a cell of
  /// the registry's table, CSV and HTML report. The one place that names a kind, so a
  /// later detail of it (who attests a training, say) added here shows in `verify`,
  /// `registry` and `export` alike.
  public func kindLabel(_ lang: Lang, short: Bool = false) -> String {
    switch kind {
    case .declaration: return (short ? Messages.registryKindDeclaration : Messages.kindDeclaration).text(lang)
    case .contestedDeclaration: return (short ? Messages.registryKindContested : Messages.kindContested).text(lang)
    case .exceptionRequest: return (short ? Messages.registryKindExemption : Messages.kindException).text(lang)
    case .attestation:
      // The registry's cell says which kind of training it is (issue 18); `verify` has a
      // line of its own for it.
      guard short else { return Messages.kindAttestation.text(lang) }
      switch training?.kind {
      case .selfDeclared: return Messages.registryKindTrainingSelf.text(lang)
      case .trainerAttested: return Messages.registryKindTrainingAttested.text(lang)
      case nil: return Messages.registryKindTraining.text(lang)
      }
    case .approval: return (short ? Messages.registryKindApproval : Messages.kindApproval).text(lang)
    case .unknown: return (short ? Messages.registryKindUnknown : Messages.kindUnknown).text(lang)
    }
  }
}
