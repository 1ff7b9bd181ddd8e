import ArgumentParser
import SiaKit

/// `sia guide [ID] [--markdown]`: the index by theme, one section, or the generated
/// Markdown index of the knowledge base.
struct GuideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "guide", abstract: "List the guide's sections by theme, or print one section.")

  @OptionGroup var global: GlobalOptions

  @Flag(name: .long, help: "Print the Markdown index (Knowledge/README.md).")
  var markdown = false

  @Flag(name: .long, help: "Print the index, or the section, as JSON (docs/schemas/guide-*.schema.json).")
  var json = false

  @Argument(
    help: "A section or Q&A id to print (as results cite them).",
    completion: .custom { _, _, prefix in GuideCompletion.ids(prefix: prefix) })
  var id: String?

  func run() throws {
    let app = try AppContext.make(options: global)
    let renderer = GuideRenderer(console: app.console, lang: app.lang)
    if markdown {
      app.console.emit(GuideRenderer.markdownIndex(app.knowledge))
    } else if let id {
      let wanted = id.replacingOccurrences(of: "§", with: "").lowercased()
      guard let text = renderer.passage(wanted, knowledge: app.knowledge) else {
        let shown = Sanitizer.neutralize(id)
        if let suggestion = EditDistance.closest(to: wanted, in: app.knowledge.passageIDs, limit: 4) {
          throw UserFacingError(Messages.readUnknownCLIHint.text(app.lang, [.id: shown, .suggestion: suggestion]))
        }
        throw UserFacingError(Messages.readUnknownCLI.text(app.lang, [.id: shown]))
      }
      if json, let section = app.knowledge.section(wanted) {
        return app.console.say(
          try StableJSON.string(GuideSectionJSON(section, knowledge: app.knowledge, lang: app.lang)))
      }
      app.console.say(text)
    } else if json {
      app.console.say(try StableJSON.string(GuideIndexJSON(app.knowledge, lang: app.lang)))
    } else {
      app.console.say(renderer.index(app.knowledge))
    }
  }
}
