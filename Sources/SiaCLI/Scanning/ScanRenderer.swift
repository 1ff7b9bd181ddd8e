import Foundation
import SiaKit

/// A scan report as text (grouped by family, `line:column`, category, confidence,
/// masked excerpt, counts, conclusion) or as JSON for scripts. Excerpts are masked by
/// the kit and neutralised here: a pasted text cannot drive the terminal.
struct ScanRenderer {
  var lang: Lang
  var showLow = false
  /// The terminal's width: longer lines are wrapped at words, a finding's excerpt goes
  /// under its location. 0 leaves every line whole.
  var width = 0

  func visible(_ report: ScanReport) -> [ScanFinding] {
    report.findings.filter { showLow || $0.confidence >= .medium }
  }

  func text(_ report: ScanReport, findings showFindings: Bool = true) -> String {
    var lines: [String] = []
    let source = Sanitizer.neutralize(report.source)
    let shown = visible(report)
    if report.total == 0 {
      lines.append(Messages.scanHeaderNothing.text(lang, [.source: source, .lines: "\(report.lines)"]))
    } else {
      lines.append(
        Messages.scanHeader.text(lang, [.source: source, .count: "\(report.total)", .lines: "\(report.lines)"]))
    }
    if showFindings, !shown.isEmpty {
      // Labels and excerpts made once: a large file shows thousands of rows.
      let labels = Dictionary(
        uniqueKeysWithValues: ScanCategory.allCases.map { ($0, Messages.scanCategory($0).text(lang)) })
      let confidences = Dictionary(
        uniqueKeysWithValues: ScanConfidence.allCases.map { ($0, Messages.scanConfidence($0).text(lang)) })
      let rows = shown.map { (finding: $0, excerpt: Sanitizer.neutralize($0.excerpt)) }
      let labelWidth = shown.map { labels[$0.category]?.count ?? 0 }.max() ?? 0
      let confidenceWidth = confidences.values.map(\.count).max() ?? 0
      // When one row does not fit, every excerpt goes under its location: one layout per report.
      let rowWidth = 4 + 8 + 1 + labelWidth + 2 + confidenceWidth + 2
      let stacked = width > 0 && rows.contains { rowWidth + $0.excerpt.unicodeScalars.count > width }
      for group in ScanGroup.allCases {
        let members = rows.filter { $0.finding.category.group == group }
        guard !members.isEmpty else { continue }
        lines.append("  " + Messages.scanGroup(group).text(lang))
        for (finding, excerpt) in members {
          let location = pad("\(finding.line):\(finding.column)", 8)
          let label = labels[finding.category] ?? ""
          let confidence = confidences[finding.confidence] ?? ""
          if !stacked {
            lines.append("    \(location) \(pad(label, labelWidth))  \(pad(confidence, confidenceWidth))  \(excerpt)")
            continue
          }
          lines.append("    \(location) \(pad(label, labelWidth))  \(confidence)")
          // Most excerpts fit under their row; only the longer ones are wrapped.
          if 6 + excerpt.unicodeScalars.count <= width {
            lines.append("      " + excerpt)
          } else {
            lines += wrap(excerpt, width: width, indent: "      ")
          }
        }
      }
      if report.omitted > 0 { lines.append("  " + Messages.scanOmitted.text(lang, [.count: "\(report.omitted)"])) }
    }
    let low = report.findings.filter { $0.confidence < .medium }.count
    if !showLow, low > 0 { lines.append("  " + Messages.scanLowHidden.text(lang, [.count: "\(low)"])) }
    if report.total > 0 { lines.append(Messages.scanCounts.text(lang, [.list: countList(report.counts)])) }
    let conclusion = report.conclusion
    lines.append(Messages.scanConclusionLabel.text(lang, [.text: conclusion.text(lang)]))
    if conclusion.dataClass == .identifying, conclusion.health || (report.counts[.name] ?? 0) == 0 {
      lines.append(Messages.scanIdentifyingAdvice.text(lang))
    }
    if conclusion.secrets { lines.append(Messages.scanSecretsAdvice.text(lang)) }
    guard width > 0 else { return lines.joined(separator: "\n") }
    return lines.flatMap { line -> [String] in
      guard line.unicodeScalars.count > width else { return [line] }
      let indent = String(line.prefix { $0 == " " })
      return wrap(String(line.dropFirst(indent.count)), width: width, indent: indent)
    }.joined(separator: "\n")
  }

  /// « date de naissance 1, ville 1, contenu de santé 4 », in category order.
  func countList(_ counts: [ScanCategory: Int]) -> String {
    counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }
      .map { "\(Messages.scanCategory($0.key).text(lang)) \($0.value)" }.joined(separator: ", ")
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  // MARK: JSON

  struct JSONFinding: Encodable {
    var category: String
    var group: String
    var confidence: String
    var line: Int
    var column: Int
    var length: Int
    var masked: String
    var excerpt: String
  }

  struct JSONConclusion: Encodable {
    var data: String
    var health: Bool
    var secrets: Bool
    var text: String
  }

  struct JSONSource: Encodable {
    var source: String
    var lines: Int
    var bytes: Int
    var counts: [String: Int]
    var findings: [JSONFinding]
    var omitted: Int
    var conclusion: JSONConclusion
  }

  struct JSONReport: Encodable {
    var sources: [JSONSource]
    var counts: [String: Int]
    var conclusion: JSONConclusion
  }

  func json(_ reports: [ScanReport]) -> String {
    func conclusion(_ value: ScanConclusion) -> JSONConclusion {
      JSONConclusion(
        data: value.dataClass.rawValue, health: value.health, secrets: value.secrets, text: value.text(lang))
    }
    func counts(_ value: [ScanCategory: Int]) -> [String: Int] {
      Dictionary(uniqueKeysWithValues: value.filter { $0.value > 0 }.map { ($0.key.rawValue, $0.value) })
    }
    let sources = reports.map { report in
      JSONSource(
        source: report.source, lines: report.lines, bytes: report.bytes, counts: counts(report.counts),
        findings: visible(report).map {
          JSONFinding(
            category: $0.category.rawValue, group: $0.category.group.rawValue, confidence: $0.confidence.name,
            line: $0.line,
            column: $0.column, length: $0.length, masked: $0.masked, excerpt: $0.excerpt)
        }, omitted: report.omitted, conclusion: conclusion(report.conclusion))
    }
    let total = ScanReport.merged(reports, source: "")
    let report = JSONReport(sources: sources, counts: counts(total.counts), conclusion: conclusion(total.conclusion))
    return (try? StableJSON.string(report)) ?? "{}"
  }
}
