/// Freshness checks. Always (part of `sia lint`): every Q&A and catalogue entry says when
/// it was checked, and what moves carries a review interval — a section that dates a fact
/// (« à la date du … ») and every catalogue entry (providers change their terms). On
/// demand (`sia lint --stale`, which needs today's date): what is past its review date.
public enum FreshnessLint {
  /// The phrase the guide uses for a fact that may change (FORMAT.md asks for it).
  static let movingMarkers = ["à la date du", "à la date de"]

  public static let check: Linter.Check = { knowledge in
    var diagnostics: [Diagnostic] = []
    for section in knowledge.sections {
      let body = section.body.lowercased()
      if !section.freshness.hasSchedule, movingMarkers.contains(where: body.contains) {
        diagnostics.append(
          Diagnostic(
            .warning, file: section.file, line: 2, id: section.id,
            Messages.diagMovingFactNoSchedule))
      }
    }
    for entry in knowledge.faq {
      if entry.freshness.reviewed.isEmpty {
        diagnostics.append(
          Diagnostic(
            .warning, file: entry.file, line: entry.line, id: entry.id, Messages.diagNoReviewedDate))
      }
      let answer = entry.answer.fr.lowercased()
      if !entry.freshness.hasSchedule, movingMarkers.contains(where: answer.contains) {
        diagnostics.append(
          Diagnostic(
            .warning, file: entry.file, line: entry.line, id: entry.id,
            Messages.diagMovingFactNoSchedule))
      }
    }
    for tool in tools(knowledge) where !tool.freshness.hasSchedule {
      diagnostics.append(
        Diagnostic(
          .warning, file: tool.file, line: tool.line, id: tool.id,
          Messages.diagToolNeedsSchedule))
    }
    return diagnostics
  }

  /// Everything past its review date on `day` (`YYYY-MM-DD`): sections, Q&A, catalogue
  /// entries. Warnings, or errors when `strict` (so `--strict` fails on them).
  public static func stale(_ knowledge: KnowledgeBase, onDay day: String, strict: Bool = false) -> [Diagnostic] {
    let severity: Diagnostic.Severity = strict ? .error : .warning
    func report(_ freshness: Freshness, file: String, line: Int, id: String) -> Diagnostic? {
      guard freshness.isDue(onDay: day), let due = freshness.dueDay else { return nil }
      let reviewed =
        freshness.reviewed.isEmpty
        ? Bilingual(fr: "", en: "") : Messages.diagReviewedOn.both([.date: freshness.reviewed])
      return Diagnostic(
        severity, file: file, line: line, id: id,
        Bilingual(
          fr: Messages.diagPastReviewDate.text(.fr, [.reviewed: reviewed.fr, .due: "\(due)"]),
          en: Messages.diagPastReviewDate.text(.en, [.reviewed: reviewed.en, .due: "\(due)"])))
    }
    var diagnostics: [Diagnostic] = []
    diagnostics += knowledge.sections.compactMap { report($0.freshness, file: $0.file, line: 2, id: $0.id) }
    diagnostics += knowledge.faq.compactMap { report($0.freshness, file: $0.file, line: $0.line, id: $0.id) }
    diagnostics += tools(knowledge).compactMap { report($0.freshness, file: $0.file, line: $0.line, id: $0.id) }
    return diagnostics.sortedForReport
  }

  /// The catalogue, when the knowledge base has one (a guide-only base has none).
  static func tools(_ knowledge: KnowledgeBase) -> [Tool] {
    guard FileExists.at("\(knowledge.root)/\(DecisionLoader.toolsFile)") else { return [] }
    return DecisionLoader.load(root: knowledge.root, institute: knowledge.institute).model.tools
  }
}

extension KnowledgeBase {
  /// The newest `reviewed` date of the guide and the Q&A: the human date shown beside
  /// the guide's hash ("guide as of …"); nil when nothing is dated.
  public var newestReviewed: String? {
    (sections.map(\.reviewed) + faq.map(\.freshness.reviewed)).filter { !$0.isEmpty }.max()
  }
}
