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
        diagnostics.append(Diagnostic(
          .warning, file: section.file, line: 2, id: section.id,
          message: "states a fact that moves (« à la date du ») but has no 'review_every' or 'review_by'"))
      }
    }
    for entry in knowledge.faq {
      if entry.freshness.reviewed.isEmpty {
        diagnostics.append(Diagnostic(
          .warning, file: entry.file, line: entry.line, id: entry.id, message: "no 'reviewed' date (YYYY-MM-DD of the last check)"))
      }
      let answer = entry.answer.fr.lowercased()
      if !entry.freshness.hasSchedule, movingMarkers.contains(where: answer.contains) {
        diagnostics.append(Diagnostic(
          .warning, file: entry.file, line: entry.line, id: entry.id,
          message: "states a fact that moves (« à la date du ») but has no 'review_every' or 'review_by'"))
      }
    }
    for tool in tools(knowledge) where !tool.freshness.hasSchedule {
      diagnostics.append(Diagnostic(
        .warning, file: tool.file, line: tool.line, id: tool.id,
        message: "a catalogue entry needs 'review_every' or 'review_by': providers change their terms"))
    }
    return diagnostics
  }

  /// Everything past its review date on `day` (`YYYY-MM-DD`): sections, Q&A, catalogue
  /// entries. Warnings, or errors when `strict` (so `--strict` fails on them).
  public static func stale(_ knowledge: KnowledgeBase, onDay day: String, strict: Bool = false) -> [Diagnostic] {
    let severity: Diagnostic.Severity = strict ? .error : .warning
    func report(_ freshness: Freshness, file: String, line: Int, id: String) -> Diagnostic? {
      guard freshness.isDue(onDay: day), let due = freshness.dueDay else { return nil }
      let reviewed = freshness.reviewed.isEmpty ? "" : "reviewed \(freshness.reviewed), "
      return Diagnostic(
        severity, file: file, line: line, id: id, message: "past its review date (\(reviewed)due \(due)): check it against its sources")
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
