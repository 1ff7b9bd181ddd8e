import SiaKit

/// The command table. Each feature contributes its commands from its own file.
enum ReplCommands {
  static var all: [ReplCommand] {
    core + guide + decision + evaluation + declaration + training + retrieval + scan
  }

  static let core: [ReplCommand] = [
    ReplCommand("aide", aliases: ["help", "?"], summary: Messages.cmdHelp) { session, _ in
      session.showHelp()
    },
    ReplCommand("quitter", aliases: ["quit", "exit"], summary: Messages.cmdQuit) { session, _ in
      session.sayGoodbye()
      session.stop()
    },
    ReplCommand(
      "langue", aliases: ["lang", "language"], arguments: "fr|en", summary: Messages.cmdLang,
      complete: { _, _ in ["fr", "en"] }
    ) { session, arguments in
      guard let lang = Lang(argument: arguments) else {
        session.say(Messages.langUsage)
        return
      }
      session.lang = lang
      session.say(Messages.langNow)
    },
    ReplCommand("effacer", aliases: ["clear"], summary: Messages.cmdClear) { session, _ in
      session.console.clearScreen()
      if !session.console.styled { session.say(Messages.cleared) }
    },
  ]
}

extension ReplSession {
  static let englishAlready: Set<String> = ["guide", "alternatives"]
  static let englishArguments = ["MOTS": "WORDS", "[THÈME…]": "[THEME…]"]

  func showHelp() {
    say(console.bold(Messages.helpTitle.text(lang)))
    let rows = commands.map { command -> (String, String) in
      // In English the English name (the first alias, by convention) leads, unless the
      // French name is an English word too.
      var names = [command.name] + command.aliases.filter { $0 != "?" }
      if lang == .en, names.count > 1, !Self.englishAlready.contains(command.name) { names.swapAt(0, 1) }
      var usage = "/" + names[0]
      if let arguments = command.arguments {
        usage += " " + (lang == .en ? Self.englishArguments[arguments] ?? arguments : arguments)
      }
      if names.count > 1 {
        usage += " (" + names.dropFirst().map { "/" + $0 }.joined(separator: ", ") + ")"
      }
      return (usage, command.summary.text(lang))
    }
    let width = min(rows.map(\.0.count).max() ?? 0, 34)
    for (usage, summary) in rows {
      let padded = usage.count < width ? usage + String(repeating: " ", count: width - usage.count) : usage
      // The summary wraps under itself, so a narrow terminal never cuts a word.
      say(wrap(summary, width: console.width, indent: "  " + padded + "  ").joined(separator: "\n"))
    }
    say(Messages.helpFooter)
  }
}
