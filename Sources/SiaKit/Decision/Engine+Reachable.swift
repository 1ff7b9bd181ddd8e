/// The strictest verdict the answers so far can still lead to: while questions remain,
/// the provisional verdict is "incomplete" with this level as the worst case, never a
/// lenient verdict that a later answer could overturn.
extension Engine {
  /// Depth-first over the open applicable questions, riskiest options first, stopping
  /// at `interdit`. Past `budget` verdict evaluations the answer is `interdit`: an
  /// unexplored branch may reach it, and overstating the worst case is the safe error.
  public func worstReachable(_ answers: Answers, budget: Int = 4_000) -> Verdict {
    var remaining = budget
    var worst = verdict(answers)
    var exhausted = false

    func explore(_ answers: Answers, skipped: Set<String>) {
      guard worst < .interdit, !exhausted else { return }
      guard
        let question = applicableQuestions(answers).first(where: {
          !answers.isAnswered($0.id) && !skipped.contains($0.id)
        })
      else { return }
      for values in candidateAnswers(question) {
        remaining -= 1
        if remaining < 0 {
          exhausted = true
          return
        }
        var next = answers
        next[question.id] = values
        worst = max(worst, verdict(next))
        explore(next, skipped: skipped)
        if worst == .interdit || exhausted { return }
      }
      // An optional question may stay unanswered.
      if !question.required { explore(answers, skipped: skipped.union([question.id])) }
    }

    explore(answers, skipped: [])
    return exhausted ? .interdit : worst
  }

  /// The answers worth trying for a question: each option, the riskiest first; for a
  /// multiple choice, every non-exclusive option at once too; any text for a text question.
  func candidateAnswers(_ question: Question) -> [[String]] {
    switch question.kind {
    case .text:
      return [["…"]]
    case .multiple:
      let plain = question.options.filter { !$0.exclusive }.map(\.id)
      return [plain] + riskiestFirst(question).map { [$0] }
    case .single, .yesno:
      return riskiestFirst(question).map { [$0] }
    }
  }

  func riskiestFirst(_ question: Question) -> [String] {
    // Fewer options riskier than it: riskier itself. A stable order for ties.
    let ids = question.optionIDs
    let rank = Dictionary(uniqueKeysWithValues: ids.map { ($0, question.risk.riskier(than: $0).count) })
    return ids.enumerated().sorted { (rank[$0.element] ?? 0, $0.offset) < (rank[$1.element] ?? 0, $1.offset) }.map(
      \.element)
  }
}
