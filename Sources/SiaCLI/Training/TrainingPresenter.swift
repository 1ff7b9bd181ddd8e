import Foundation
import SiaKit

/// `sia train --present` with `--exercise ID` or `--series ID`: one exercise per screen
/// for a classroom projector, in a narrow column of widely spaced text (the terminal's
/// font does the enlarging), the correction on a key press. On a terminal one key is
/// enough; from a pipe (or a transcript) one line stands for a key. `q` quits.
struct TrainingPresenter {
  let app: AppContext
  let catalogue: TrainingCatalogueRenderer

  /// A column a projected terminal shows in large type: at most 60 characters.
  var width: Int { min(app.console.width, 60) }
  var lang: Lang { app.lang }

  func present(_ exercises: [Exercise], seriesTitle: String?) {
    let console = app.console
    let keys = KeyPressReader()
    defer { keys.close() }
    for (index, exercise) in exercises.enumerated() {
      console.clearScreen()
      console.say(screen(exercise, position: index + 1, count: exercises.count))
      guard wait(Messages.presentReveal, position: index + 1, count: exercises.count, keys: keys) else { return }
      // The correction on a screen of its own, under the exercise's title.
      console.clearScreen()
      console.say(console.bold(Sanitizer.neutralize(exercise.title.pick(lang))) + "\n")
      console.say(correction(exercise))
      let last = index == exercises.count - 1
      if !last {
        guard wait(Messages.presentNext, position: index + 1, count: exercises.count, keys: keys) else { return }
      }
    }
    if let seriesTitle { console.say("\n" + Messages.presentEnd.text(lang, [.title: seriesTitle])) }
  }

  /// Shows the hint, waits for a key; false when the trainer quits (or the input ends).
  /// A transcript records the key as the input of a `sia[projecteur N/M]>` prompt.
  func wait(_ hint: Message, position: Int, count: Int, keys: KeyPressReader) -> Bool {
    app.console.say("")
    app.console.say(app.console.dim(hint.text(lang)))
    guard let key = keys.next() else { return false }
    let label = lang == .fr ? "projecteur" : "projector"
    app.console.echoInput(prompt: "sia[\(label) \(position)/\(count)]> ", line: key)
    return key.lowercased() != "q"
  }

  func screen(_ exercise: Exercise, position: Int, count: Int) -> String {
    let console = app.console
    let heading = Messages.trainHeading.text(
      lang,
      [
        .position: "\(position)", .count: "\(count)", .theme: catalogue.renderer.themeLabel(exercise.theme),
        .level: exercise.level.label(lang),
      ])
    var lines = wrap(heading, width: width, indent: "").map(console.bold)
    lines += ["", console.bold(Sanitizer.neutralize(exercise.title.pick(lang))), ""]
    lines += wrap(Sanitizer.neutralize(exercise.situation.pick(lang)), width: width, indent: "")
    for choice in exercise.choices {
      lines.append("")
      lines += wrap(Sanitizer.neutralize(choice.text.pick(lang)), width: width, indent: "  \(choice.id)) ")
    }
    return lines.joined(separator: "\n")
  }

  func correction(_ exercise: Exercise) -> String {
    let console = app.console
    let letters = exercise.correctIDs.sorted().joined(separator: ", ")
    var lines = [console.bold(Messages.trainRightAnswer.text(lang, [.letters: letters]))]
    for choice in exercise.choices {
      let mark = choice.correct ? "✓" : "✗"
      lines.append("")
      lines += wrap(
        "\(mark) " + Sanitizer.neutralize(TrainingCatalogueRenderer.firstSentence(choice.feedback.pick(lang))),
        width: width, indent: "  \(choice.id)) ")
    }
    return lines.joined(separator: "\n")
  }
}

/// One key from a terminal (non-canonical mode, restored at once), or one line from a
/// pipe; nil at the end of the input.
final class KeyPressReader {
  let lines = PlainLineReader()
  let terminal = isatty(STDIN_FILENO) == 1

  func next() -> String? {
    guard terminal else {
      if case .line(let line) = lines.read(prompt: "") { return line }
      return nil
    }
    // The hint is already on screen; a key press needs no prompt of its own.
    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    var byte: UInt8 = 0
    guard read(STDIN_FILENO, &byte, 1) == 1, byte != 4 else { return nil }
    if byte == 3 { return "q" }
    return byte == 10 || byte == 13 ? "" : String(decoding: [byte], as: UTF8.self)
  }

  func close() { lines.close() }
}
