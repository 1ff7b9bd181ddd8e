/// `sia lint`: actions that say opposite things (`conflicts_with` in `actions.yaml`) must
/// never be shown together, and a « non autorisé » rule must not ask for an action that
/// only applies when the use goes ahead (it would never be shown).
///
/// Two actions are shown together when a rule asking for one and a rule asking for the
/// other can fire on the same answers. An action marked `applies: allowed` is dropped
/// under « non autorisé », so the pair is also safe when the two rules firing together
/// imply a single « non autorisé » rule. Both questions are settled by `Satisfiability`,
/// which errs towards "can fire": a reported pair may be a false alarm, never a miss.
enum ActionConflictLint {
  static func problems(_ model: DecisionModel, solver: Satisfiability) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let forbidding = model.rules.filter { $0.level == .interdit }
    for rule in forbidding {
      for id in rule.actions where model.action(id)?.onlyIfAllowed == true {
        diagnostics.append(
          Diagnostic(
            file: rule.file, line: rule.line, id: rule.id,
            Messages.diagInterditAsksAllowedOnly, [.action: id]))
      }
    }
    var reported = Set<String>()
    for action in model.actions {
      for otherID in action.conflictsWith {
        guard let other = model.action(otherID) else { continue }
        let pair = [action.id, otherID].sorted().joined(separator: "|")
        guard !reported.contains(pair) else { continue }
        if let clash = coFiring(action, other, model: model, forbidding: forbidding, solver: solver) {
          reported.insert(pair)
          diagnostics.append(
            Diagnostic(
              file: action.file, line: action.line, id: action.id,
              Messages.diagActionsConflict, [.other: otherID, .first: clash.0, .second: clash.1]))
        }
      }
    }
    return diagnostics
  }

  /// Two rules, one asking for each action, that can fire together with both actions shown.
  static func coFiring(
    _ first: ActionDefinition, _ second: ActionDefinition, model: DecisionModel, forbidding: [Rule],
    solver: Satisfiability
  ) -> (String, String)? {
    let askingFirst = model.rules.filter { $0.actions.contains(first.id) }
    let askingSecond = model.rules.filter { $0.actions.contains(second.id) }
    let droppedWhenForbidden = first.onlyIfAllowed || second.onlyIfAllowed
    for one in askingFirst {
      for two in askingSecond {
        // An action only for allowed uses is never shown beside a forbidding rule's actions.
        if (first.onlyIfAllowed && two.level == .interdit) || (second.onlyIfAllowed && one.level == .interdit) {
          continue
        }
        if one.level == .interdit && two.level == .interdit && droppedWhenForbidden { continue }
        let both = Condition.all([one.when, two.when].compactMap { $0 })
        guard solver.isSatisfiable(both) else { continue }
        if droppedWhenForbidden,
          forbidding.contains(where: { rule in
            rule.when.map { !solver.isSatisfiable(.all([both, .not($0)])) } ?? true
          })
        {
          continue
        }
        return (one.id, two.id)
      }
    }
    return nil
  }
}
