import SiaKit

/// Shows the guide: the index by theme (`/guide`, `sia guide`), one section (`/lire`),
/// and the generated Markdown index of the knowledge base (`sia guide --markdown`).
struct GuideRenderer {
  let console: Console
  let lang: Lang

  func index(_ knowledge: KnowledgeBase) -> String {
    var values: [MessageArgument: String] = [
      .count: "\(knowledge.sections.count)", .version: KnowledgeVersion.short(knowledge.version),
    ]
    var title = Messages.guideTitle
    if let reviewed = knowledge.newestReviewed {
      values[.date] = HumanDate.text(reviewed, lang)
      title = Messages.guideTitleReviewed
    }
    var lines = [console.bold(title.text(lang, values))]
    for (theme, sections) in knowledge.sectionsByTheme {
      lines.append("")
      lines.append(console.bold(theme.label.pick(lang)))
      let width = sections.map(\.id.count).max() ?? 0
      for section in sections {
        let id = section.id.padding(toLength: width, withPad: " ", startingAt: 0)
        lines.append("  \(id)  \(Sanitizer.neutralize(section.title(lang)))")
      }
    }
    return lines.joined(separator: "\n")
  }

  func section(_ section: GuideSection, knowledge: KnowledgeBase) -> String {
    var lines = [console.bold("\(Sanitizer.neutralize(section.title(lang))) [§\(section.id)]")]
    if lang == .en && section.english == nil {
      // No English text yet: the English summary, then the French body, announced as such.
      lines.append("")
      lines.append(Messages.sectionSummaryEn.text(lang))
      lines += wrap(Sanitizer.neutralize(section.summaryEn), width: console.width, indent: "")
    }
    lines.append("")
    lines.append(MarkdownRenderer(console: console).render(section.body(lang)))
    lines.append("")
    let themes = section.tags.compactMap { knowledge.theme($0)?.label.pick(lang) }
    let colon = lang == .fr ? "\u{A0}:" : ":"
    lines += wrap(
      Messages.sectionThemes.text(lang) + colon + " " + themes.joined(separator: " · "), width: console.width,
      indent: ""
    )
    .map(console.dim)
    lines.append(console.dim(Messages.sectionSources.text(lang) + colon))
    for source in section.sources {
      lines += wrap(Sanitizer.neutralize(source), width: console.width, indent: "  - ").map(console.dim)
    }
    lines.append(console.dim(Messages.sectionUpdated.text(lang, [.date: HumanDate.text(section.reviewed, lang)])))
    return lines.joined(separator: "\n")
  }

  /// The Markdown index committed as `Knowledge/README.md`.
  static func markdownIndex(_ knowledge: KnowledgeBase) -> String {
    var lines = [
      Messages.generatedIndexHeader.text(.fr), "",
      "# Guide de l'usage de l'IA — index", "",
      "\(knowledge.sections.count) sections et \(knowledge.faq.count) questions-réponses. "
        + "Les formats des fichiers sont décrits dans [FORMAT.md](FORMAT.md).",
    ]
    for (theme, sections) in knowledge.sectionsByTheme {
      lines += ["", "## \(theme.label.fr)", ""]
      for section in sections {
        lines.append(
          "- **[\(section.title)](guide/\(section.id).md)** (`\(section.id)`, *\(section.titleEn)*) — "
            + Messages.sectionUpdated.text(.fr, [.date: HumanDate.text(section.reviewed, .fr)]).lowercased())
        for source in section.sources { lines.append("  - \(source)") }
      }
    }
    lines += ["", "## Questions-réponses", ""]
    for entry in knowledge.faq.sorted(by: { $0.id < $1.id }) {
      lines.append("- \(entry.question.fr) (`\(entry.id)` → \(entry.see.map { "`\($0)`" }.joined(separator: ", ")))")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
