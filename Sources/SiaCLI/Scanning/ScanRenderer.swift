import Foundation
import SiaKit

/// A scan report as text (grouped by family, `line:column`, category, confidence,
/// masked excerpt, counts, conclusion) or as JSON for scripts. Excerpts are masked by
/// the kit and neutralised here: a pasted text cannot drive the terminal.
struct ScanRenderer {
  var lang: Lang
  var showLow = false

  func visible(_ report: ScanReport) -> [ScanFinding] {
    report.findings.filter { showLow || $0.confidence >= .medium }
  }

  func text(_ report: ScanReport, findings showFindings: Bool = true) -> String {
    var lines: [String] = []
    let source = Sanitizer.neutralize(report.source)
    let shown = visible(report)
    if report.total == 0 {
      lines.append(Messages.scanHeaderNothing.text(lang, ["source": source, "lines": "\(report.lines)"]))
    } else {
      lines.append(Messages.scanHeader.text(lang, ["source": source, "count": "\(report.total)", "lines": "\(report.lines)"]))
    }
    if showFindings, !shown.isEmpty {
      let labelWidth = shown.map { Messages.scanCategory($0.category).text(lang).count }.max() ?? 0
      let confidenceWidth = ScanConfidence.allCases.map { Messages.scanConfidence($0).text(lang).count }.max() ?? 0
      for group in ScanGroup.allCases {
        let members = shown.filter { $0.category.group == group }
        guard !members.isEmpty else { continue }
        lines.append("  " + Messages.scanGroup(group).text(lang))
        for finding in members {
          let location = pad("\(finding.line):\(finding.column)", 8)
          let label = pad(Messages.scanCategory(finding.category).text(lang), labelWidth)
          let confidence = pad(Messages.scanConfidence(finding.confidence).text(lang), confidenceWidth)
          lines.append("    \(location) \(label)  \(confidence)  \(Sanitizer.neutralize(finding.excerpt))")
        }
      }
      if report.omitted > 0 { lines.append("  " + Messages.scanOmitted.text(lang, ["count": "\(report.omitted)"])) }
    }
    let low = report.findings.filter { $0.confidence < .medium }.count
    if !showLow, low > 0 { lines.append("  " + Messages.scanLowHidden.text(lang, ["count": "\(low)"])) }
    if report.total > 0 { lines.append(Messages.scanCounts.text(lang, ["list": countList(report.counts)])) }
    let conclusion = report.conclusion
    lines.append(Messages.scanConclusionLabel.text(lang, ["text": conclusion.text(lang)]))
    if conclusion.dataClass == .identifying, conclusion.health || (report.counts[.name] ?? 0) == 0 {
      lines.append(Messages.scanIdentifyingAdvice.text(lang))
    }
    if conclusion.secrets { lines.append(Messages.scanSecretsAdvice.text(lang)) }
    return lines.joined(separator: "\n")
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
      JSONConclusion(data: value.dataClass.rawValue, health: value.health, secrets: value.secrets, text: value.text(lang))
    }
    func counts(_ value: [ScanCategory: Int]) -> [String: Int] {
      Dictionary(uniqueKeysWithValues: value.filter { $0.value > 0 }.map { ($0.key.rawValue, $0.value) })
    }
    let sources = reports.map { report in
      JSONSource(
        source: report.source, lines: report.lines, bytes: report.bytes, counts: counts(report.counts),
        findings: visible(report).map {
          JSONFinding(
            category: $0.category.rawValue, group: $0.category.group.rawValue, confidence: $0.confidence.name, line: $0.line,
            column: $0.column, length: $0.length, masked: $0.masked, excerpt: $0.excerpt)
        }, omitted: report.omitted, conclusion: conclusion(report.conclusion))
    }
    let total = ScanReport.merged(reports, source: "")
    let report = JSONReport(sources: sources, counts: counts(total.counts), conclusion: conclusion(total.conclusion))
    return (try? StableJSON.string(report)) ?? "{}"
  }
}
