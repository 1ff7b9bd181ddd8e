import Foundation

/// `sia lint`: loads the whole knowledge base and runs every check, returning all
/// problems at once. Each part of `sia` that owns data files adds its check here.
public enum Linter {
  public typealias Check = @Sendable (_ knowledge: KnowledgeBase) -> [Diagnostic]

  /// The checks beyond loading, one per kind of data.
  public static let checks: [Check] = [
    GuideLint.check,
    ParityLint.check,
    DecisionLint.check,
    SituationLint.check,
    ExerciseLint.check,
    TrainingSeriesLint.check,
    Synonyms.check,
    FreshnessLint.check,
    PlaceholderLint.check,
  ]

  public static func lint(root: String) -> [Diagnostic] {
    let loaded = KnowledgeLoader.load(root: root)
    var diagnostics = loaded.diagnostics
    for check in checks { diagnostics += check(loaded.knowledge) }
    // The scanner's medical lexicon, where the folder has one.
    if FileManager.default.fileExists(atPath: root + "/" + MedicalLexiconLoader.relativePath) {
      diagnostics += MedicalLexiconLoader.load(root: root).diagnostics
    }
    return Array(Set(diagnostics)).sortedForReport
  }
}

/// Checks on the guide and the Q&A: unique ids, known themes, resolvable `[§id]`,
/// sources present, bodies not empty and following the expected headings.
public enum GuideLint {
  static let idPattern = #/^[a-z0-9]+(-[a-z0-9]+)*$/#
  static let requiredHeadings = GuideHeading.required.map { "## " + $0.fr }

  public static let check: Linter.Check = { knowledge in
    var diagnostics: [Diagnostic] = []
    let themeIDs = Set(knowledge.themes.map(\.id))
    let sectionIDs = Set(knowledge.sectionIDs)
    if knowledge.sections.isEmpty {
      diagnostics.append(Diagnostic(file: "guide", line: 1, Messages.diagGuideHasNoSection))
    }
    var seen: [String: String] = [:]
    for section in knowledge.sections {
      let id = section.id
      if let other = seen[id] {
        diagnostics.append(
          Diagnostic(file: section.file, line: 2, id: id, Messages.diagDuplicateIDAlsoIn, [.other: other]))
      }
      seen[id] = section.file
      if (try? idPattern.wholeMatch(in: id)) == nil {
        diagnostics.append(Diagnostic(file: section.file, line: 2, id: id, Messages.diagBadID))
      }
      for tag in section.tags where !themeIDs.contains(tag) {
        diagnostics.append(
          Diagnostic(file: section.file, line: 2, id: id, Messages.diagUnknownThemeInTags, [.tag: tag]))
      }
      if section.sources.isEmpty {
        diagnostics.append(Diagnostic(file: section.file, line: 2, id: id, Messages.diagSectionNoSources))
      }
      if section.body.trimmed.isEmpty {
        diagnostics.append(
          Diagnostic(file: section.file, line: section.bodyLine, id: id, Messages.diagSectionBodyEmpty))
      } else {
        for heading in requiredHeadings where !section.body.contains(heading) {
          diagnostics.append(
            Diagnostic(
              .warning, file: section.file, line: section.bodyLine, id: id, Messages.diagMissingHeading,
              [.heading: heading]))
        }
      }
      for reference in CrossReference.references(in: section.body) where !sectionIDs.contains(reference.id) {
        diagnostics.append(
          Diagnostic(
            file: section.file, line: section.bodyLine + reference.line, id: id,
            Messages.diagDanglingReference, [.id: reference.id]))
      }
      if section.summaryEn.split(separator: " ").count < 8 {
        diagnostics.append(Diagnostic(.warning, file: section.file, line: 2, id: id, Messages.diagSummaryEnTooShort))
      }
    }
    var faqSeen: [String: String] = [:]
    for entry in knowledge.faq {
      if let other = faqSeen[entry.id] {
        diagnostics.append(
          Diagnostic(file: entry.file, line: entry.line, id: entry.id, Messages.diagDuplicateFAQ, [.other: other]))
      }
      if sectionIDs.contains(entry.id) {
        diagnostics.append(Diagnostic(file: entry.file, line: entry.line, id: entry.id, Messages.diagFAQClashesSection))
      }
      faqSeen[entry.id] = entry.file
      for target in entry.see where !sectionIDs.contains(target) {
        diagnostics.append(
          Diagnostic(
            file: entry.file, line: entry.line, id: entry.id, Messages.diagSeeMissingSection, [.section: target]))
      }
      for reference in CrossReference.ids(in: entry.answer.fr + "\n" + entry.answer.en)
      where !sectionIDs.contains(reference) {
        diagnostics.append(
          Diagnostic(
            file: entry.file, line: entry.line, id: entry.id, Messages.diagDanglingReference, [.id: reference]))
      }
      if entry.see.isEmpty && CrossReference.ids(in: entry.answer.fr).isEmpty {
        diagnostics.append(
          Diagnostic(file: entry.file, line: entry.line, id: entry.id, Messages.diagAnswerCitesNothing))
      }
    }
    return diagnostics
  }
}
