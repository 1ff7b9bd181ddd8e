import SiaKit

/// Renders a recognised tool (provider, country, training default, retention, sources
/// with their date) and the pre-answers proposed for confirmation.
struct ToolRenderer {
  let console: Console
  let lang: Lang
  let model: DecisionModel

  func tool(_ tool: Tool) -> String {
    var lines = wrap(
      Messages.toolRecognized.text(
        lang, [.name: tool.displayName(lang), .provider: tool.provider, .country: tool.country.pick(lang)]),
      width: console.width, indent: "")
    lines += wrap(
      Messages.toolTraining.text(lang, [.note: tool.trainingNote.pick(lang)]), width: console.width, indent: "  ")
    lines += wrap(
      Messages.toolRetention.text(lang, [.retention: tool.retention.pick(lang)]), width: console.width, indent: "  ")
    lines += wrap(
      Messages.toolSources.text(
        lang, [.date: tool.asOf, .sources: tool.sources.joined(separator: lang == .en ? "; " : " ; ")]),
      width: console.width, indent: "  ")
    return lines.map(Sanitizer.neutralize).joined(separator: "\n")
  }

  /// One inferred answer to confirm or change: « Forme des données : identifiantes
  /// (d'après « dates de naissance ») — est-ce exact ? (oui/non) ».
  func confirmation(_ preAnswer: PreAnswer) -> String {
    guard let question = model.question(preAnswer.question) else { return Messages.preanswersConfirm.text(lang) }
    let values = question.labels(of: preAnswer.values, lang).joined(separator: ", ")
    let fromWords = preAnswer.sources.contains { $0.hasPrefix("intent:") } && !preAnswer.matched.isEmpty
    let message = fromWords ? Messages.prefillOneFrom : Messages.prefillOne
    return Sanitizer.neutralize(
      message.text(lang, [.label: question.label.pick(lang), .values: values, .matched: preAnswer.matched]))
  }

  func proposal(_ pending: [PreAnswer]) -> String {
    var lines = [Messages.preanswersTitle.text(lang)]
    for preAnswer in pending {
      guard let question = model.question(preAnswer.question) else { continue }
      let values = question.labels(of: preAnswer.values, lang).joined(separator: ", ")
      let colon = lang == .en ? ": " : " : "
      lines += wrap(question.label.pick(lang) + colon + values, width: console.width, indent: "  • ")
    }
    return lines.map(Sanitizer.neutralize).joined(separator: "\n")
  }
}

/// `?` during the interview: the question's help, then for each section it cites the
/// title and the « En bref » of the guide, with the command that opens it in full.
struct GuideExcerptRenderer {
  let console: Console
  let lang: Lang

  func help(_ question: Question, knowledge: KnowledgeBase) -> String {
    let text = question.help.pick(lang)
    guard !text.isEmpty else { return Messages.helpNone.text(lang) }
    var lines = wrap(Sanitizer.neutralize(CitationText.plain(text)), width: console.width, indent: "")
    for id in CrossReference.ids(in: text) {
      guard let section = knowledge.section(id) else { continue }
      lines.append("")
      lines.append(console.bold("§\(id) — \(section.title(lang))"))
      let excerpt = Self.excerpt(section, lang)
      lines += wrap(Sanitizer.neutralize(excerpt), width: console.width, indent: "  ")
      lines.append("  " + Messages.helpReadMore.text(lang, [.id: id]))
    }
    return lines.joined(separator: "\n")
  }

  /// What is shown of a cited section: its « In brief » paragraph in the UI language
  /// (the English summary when the section has no English text yet).
  static func excerpt(_ section: GuideSection, _ lang: Lang) -> String {
    if lang == .en {
      if let english = section.english { return inBrief(english.body) }
      if !section.summaryEn.isEmpty { return section.summaryEn }
    }
    return inBrief(section.body)
  }

  /// The lines of the summary section (`GuideHeading.summary`, « En bref » or « In
  /// brief »: a body in either language) joined as one paragraph, without Markdown emphasis.
  static func inBrief(_ body: String) -> String {
    let titles = [GuideHeading.summary.fr, GuideHeading.summary.en]
    let summary = MarkdownReader.section(MarkdownReader.blocks(body), titled: titles)
    return summary.flatMap(\.source).joined(separator: " ").replacingOccurrences(of: "**", with: "")
      .replacingOccurrences(of: "`", with: "")
  }
}
