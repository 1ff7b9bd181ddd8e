import SiaKit

/// Shows the parts of a training session: an exercise, the correction of an answer,
/// the final score. Every text from the data files is neutralised and wrapped.
struct TrainingRenderer {
  let console: Console
  let lang: Lang
  let knowledge: KnowledgeBase

  func themeLabel(_ id: String) -> String {
    Sanitizer.neutralize(knowledge.theme(id)?.label.pick(lang) ?? id)
  }

  func exercise(_ exercise: Exercise, position: Int, count: Int) -> String {
    let heading = Messages.trainHeading.text(
      lang,
      [
        .position: "\(position)", .count: "\(count)", .theme: themeLabel(exercise.theme),
        .level: exercise.level.label(lang),
      ])
    var lines = [console.bold(heading) + "  " + console.dim("[\(exercise.id)]"), ""]
    lines += wrap(Sanitizer.neutralize(exercise.situation.pick(lang)), width: console.width, indent: "")
    lines.append("")
    for choice in exercise.choices {
      lines += wrap(Sanitizer.neutralize(choice.text.pick(lang)), width: console.width, indent: "  \(choice.id)) ")
    }
    return lines.joined(separator: "\n")
  }

  /// The verdict, the feedback of each choice made, the right choices not made, then
  /// why every other option is right or wrong — a right answer by luck teaches as much
  /// as a wrong one — and the sections to read.
  func correction(_ exercise: Exercise, answer: RecordedAnswer) -> String {
    var lines: [String] = []
    if answer.isCorrect {
      lines.append(console.bold(Messages.trainRight.text(lang)))
    } else {
      lines.append(
        console.bold(Messages.trainWrong.text(lang, [.letters: answer.correctChoices.joined(separator: ", ")])))
      lines.append(Messages.trainYourChoice.text(lang))
    }
    for letter in answer.chosen {
      if let choice = exercise.choice(letter) { lines += feedback(choice) }
    }
    let forgotten = exercise.choices.filter { $0.correct && !answer.chosen.contains($0.id) }
    if !forgotten.isEmpty {
      lines.append(Messages.trainMissed.text(lang))
      for choice in forgotten { lines += feedback(choice) }
    }
    let others = exercise.choices.filter { !answer.chosen.contains($0.id) && !forgotten.contains($0) }
    if !others.isEmpty {
      lines.append(Messages.trainOtherChoices.text(lang))
      for choice in others { lines += feedback(choice) }
    }
    lines += reading(exercise.cite)
    return lines.joined(separator: "\n")
  }

  func feedback(_ choice: ExerciseChoice) -> [String] {
    let mark = choice.correct ? "✓" : "✗"
    return wrap(
      "\(mark) " + Sanitizer.neutralize(choice.feedback.pick(lang)), width: console.width, indent: "  \(choice.id)) ")
  }

  /// `À lire :` then one line per section: `/lire id — title`.
  func reading(_ sections: [String]) -> [String] {
    guard !sections.isEmpty else { return [] }
    let command = lang == .en ? "/read" : "/lire"
    return [console.dim(Messages.trainToRead.text(lang))]
      + sections.map { id in
        let title = knowledge.section(id).map { " — " + Sanitizer.neutralize($0.title(lang)) } ?? ""
        return console.dim("  \(command) \(id)\(title)")
      }
  }

  func summary(_ score: TrainingScore, exercises: [String: Exercise]) -> String {
    var lines = [
      console.bold(
        Messages.trainSummary.text(
          lang,
          [
            .right: "\(score.overall.right)", .total: "\(score.overall.total)", .percent: "\(score.overall.percent)",
          ])),
      Messages.trainScoringRule.text(lang), "", Messages.trainByTheme.text(lang),
    ]
    let themes = score.orderedThemes(knowledge.themes)
    let labels = themes.map(themeLabel)
    let width = min(labels.map(\.count).max() ?? 0, console.width - 16)
    for (theme, label) in zip(themes, labels) {
      guard let tally = score.byTheme[theme] else { continue }
      let shown =
        label.count > width
        ? String(label.prefix(width - 1)) + "…" : label.padding(toLength: width, withPad: " ", startingAt: 0)
      let ratio = "\(tally.right)/\(tally.total)"
      lines.append("  \(shown)  \(ratio.leftPadded(5))  \(percent(tally.percent).leftPadded(5))")
    }
    lines.append("")
    let revisit = score.themesToRevisit(knowledge: knowledge, exercises: exercises)
    if revisit.isEmpty {
      lines.append(Messages.trainRevisitNone.text(lang))
    } else {
      lines.append(Messages.trainRevisit.text(lang))
      for (theme, sections) in revisit {
        lines += wrap(
          themeLabel(theme) + (lang == .fr ? " : " : ": ") + sections.joined(separator: ", "),
          width: console.width, indent: "  - ")
      }
      lines.append(console.dim(Messages.guideReadHint.text(lang)))
    }
    return lines.joined(separator: "\n")
  }

  func percent(_ value: Int) -> String { lang == .fr ? "\(value) %" : "\(value)%" }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
