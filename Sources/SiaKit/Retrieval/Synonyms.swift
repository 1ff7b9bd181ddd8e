import Foundation
import Yams

/// `synonyms.yaml`: groups of equivalent terms (RGPD = GDPR, AIPD = DPIA = PIA). A
/// question containing one member also searches the others. Optional: without the file
/// the search still works on the guide's own aliases and keywords.
public struct SynonymGroup: Sendable, Hashable {
  public var terms: [String]
  public var line: Int
}

public enum Synonyms {
  public static let file = "synonyms.yaml"

  /// The groups, with every structural problem as a diagnostic (groups with errors are
  /// left out). A missing file is not a problem.
  public static func load(root: String) -> (groups: [SynonymGroup], diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    guard FileManager.default.fileExists(atPath: "\(root)/\(file)"),
      let text = KnowledgeFiles.read(root: root, relative: file, &diagnostics)
    else { return ([], diagnostics) }
    let document = YAMLDocument(file: file, text: text, diagnostics: &diagnostics)
    guard let root = document.root else { return ([], diagnostics) }
    guard case let .sequence(items) = root else {
      diagnostics.append(Diagnostic(file: file, line: document.line(of: root), Messages.diagExpectedGroups))
      return ([], diagnostics)
    }
    var groups: [SynonymGroup] = []
    for item in items {
      let line = document.line(of: item)
      guard case let .sequence(members) = item else {
        diagnostics.append(Diagnostic(file: file, line: line, Messages.diagGroupMustBeList))
        continue
      }
      var terms: [String] = []
      var valid = true
      for member in members {
        guard case let .scalar(scalar) = member else {
          diagnostics.append(Diagnostic(file: file, line: document.line(of: member), Messages.diagTermMustBeText))
          valid = false
          continue
        }
        let term = String(scalar.string.trimmed)
        if term.isEmpty {
          diagnostics.append(Diagnostic(file: file, line: document.line(of: member), Messages.diagEmptyTerm))
          valid = false
        } else if terms.contains(where: { TextFolding.fold($0) == TextFolding.fold(term) }) {
          diagnostics.append(
            Diagnostic(
              .warning, file: file, line: document.line(of: member), Messages.diagTermTwiceInGroup, [.term: term]))
        } else {
          terms.append(term)
        }
      }
      if terms.count < 2 {
        diagnostics.append(Diagnostic(file: file, line: line, Messages.diagGroupTwoTerms))
        valid = false
      }
      if valid { groups.append(SynonymGroup(terms: terms, line: line)) }
    }
    return (groups, diagnostics)
  }

  /// The lint check: load problems, terms made only of stop words (they could never
  /// match), and terms shared by several groups (merge them).
  public static let check: Linter.Check = { knowledge in
    var (groups, diagnostics) = load(root: knowledge.root)
    let analyzer = Analyzer()
    var seen: [String: Int] = [:]
    for group in groups {
      for term in group.terms {
        if analyzer.analyze(term).isEmpty {
          diagnostics.append(Diagnostic(file: file, line: group.line, Messages.diagOnlyStopWords, [.term: term]))
        }
        let key = TextFolding.fold(term)
        if let other = seen[key], other != group.line {
          diagnostics.append(
            Diagnostic(
              .warning, file: file, line: group.line, Messages.diagTermInGroupAt, [.term: term, .line: "\(other)"]))
        }
        seen[key] = seen[key] ?? group.line
      }
    }
    return diagnostics
  }
}
