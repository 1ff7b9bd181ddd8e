import SiaKit

extension GuideRenderer {
  /// One Q&A entry in full (`/lire faq-…`, `sia guide faq-…`): the question, the answer,
  /// the sections it relies on. Search results cite these ids like sections.
  func faq(_ entry: FAQEntry) -> String {
    var lines = wrap(
      console.bold(
        Messages.searchFAQ.text(lang) + " — " + Sanitizer.neutralize(entry.question.pick(lang)) + " [§\(entry.id)]"),
      width: console.width, indent: "")
    lines.append("")
    let answer = lang == .en && !entry.answer.en.isEmpty ? entry.answer.en : entry.answer.fr
    lines.append(MarkdownRenderer(console: console).render(answer))
    if !entry.see.isEmpty {
      lines.append("")
      let references = entry.see.map { "[§\($0)]" }.joined(separator: ", ")
      lines += wrap(Messages.searchSee.text(lang, [.references: references]), width: console.width, indent: "").map(
        console.dim)
    }
    return lines.joined(separator: "\n")
  }

  /// A section or a Q&A entry by id, nil when the knowledge base has neither.
  func passage(_ id: String, knowledge: KnowledgeBase) -> String? {
    if let section = knowledge.section(id) { return self.section(section, knowledge: knowledge) }
    if let entry = knowledge.faqEntry(id) { return faq(entry) }
    return nil
  }
}
