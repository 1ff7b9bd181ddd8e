import SiaKit

extension ReplCommands {
  static let guide: [ReplCommand] = [
    ReplCommand("guide", aliases: ["sommaire", "toc"], summary: Messages.cmdGuide) { session, _ in
      session.say(GuideRenderer(console: session.console, lang: session.lang).index(session.knowledge))
      session.say(Messages.guideReadHint)
    },
    ReplCommand(
      "lire", aliases: ["read", "voir"], arguments: "ID", summary: Messages.cmdRead,
      complete: { session, _ in session.knowledge.passageIDs }
    ) { session, arguments in
      session.readSection(arguments)
    },
  ]
}

extension ReplSession {
  func readSection(_ arguments: String) {
    let id = arguments.split(separator: " ").first.map { String($0).replacingOccurrences(of: "§", with: "") } ?? ""
    guard !id.isEmpty else {
      say(Messages.readUsage)
      return
    }
    if let text = GuideRenderer(console: console, lang: lang).passage(id.lowercased(), knowledge: knowledge) {
      say(text)
    } else if let suggestion = EditDistance.closest(to: id.lowercased(), in: knowledge.passageIDs, limit: 4) {
      say(Messages.readUnknown, [.id: Sanitizer.neutralize(id), .suggestion: suggestion])
    } else {
      say(Messages.readUnknownNoHint, [.id: Sanitizer.neutralize(id)])
    }
  }
}
