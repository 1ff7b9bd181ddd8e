import Foundation
import Plot
import SiaKit

/// `sia registry … --html OUT`: the summary, four charts (by verdict, by system, by
/// month, validity ends in the coming weeks) and the table of every use, as one
/// self-contained page that prints in A4 landscape.
public struct RegistryReport {
  public var labels: RegistryLabels
  /// ISO timestamp of the run, printed in the header.
  public var generated: String

  public init(labels: RegistryLabels, generated: String) {
    self.labels = labels
    self.generated = generated
  }

  typealias Body = Node<HTML.BodyContext>

  public func render(_ entries: [RegistryEntry], summary: RegistrySummary, displayPath: (String) -> String) -> String {
    let lang = labels.lang
    let title = Messages.reportTitle.text(lang)
    let summaryLine = Messages.registrySummary.text(
      lang,
      [
        .count: "\(summary.count)", .pending: "\(summary.pending)", .approved: "\(summary.approved)",
        .refused: "\(summary.refused)", .expiring: "\(summary.expiring)", .days: "\(summary.days)",
        .outcomes: labels.outcomes(summary),
      ])
    let body: [Body] = [
      .h1(.text(title)),
      .p(.class("muted"), .text(Messages.reportGenerated.text(lang, [.date: generated]))),
      .p(.class("summary"), .text(summaryLine)),
      .div(.class("charts"), .group(charts(entries).map { $0.node() })),
      .h2(.text(Messages.reportTable.text(lang))),
      table(entries),
    ]
    return HTMLPage.render(lang: lang, title: title, css: HTMLPage.baseCSS + RegistryReport.css, body: body)
  }

  func charts(_ entries: [RegistryEntry]) -> [SVGChart] {
    let lang = labels.lang
    let uses = entries.filter { $0.verdict != nil }
    let verdicts = Verdict.allCases.map { verdict in
      SVGChart.Bar(
        label: labels.verdictWord(verdict), count: uses.filter { ($0.verdictToday ?? $0.verdict) == verdict }.count,
        style: "bar-\(verdict.rawValue)")
    }
    var bySystem: [String: Int] = [:]
    for entry in uses { bySystem[entry.system.isEmpty ? "—" : entry.system, default: 0] += 1 }
    let ranked = bySystem.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    var systems = ranked.prefix(8).map { SVGChart.Bar(label: $0.key, count: $0.value, style: "bar") }
    if ranked.count > 8 {
      systems.append(
        SVGChart.Bar(
          label: Messages.reportOthers.text(lang), count: ranked.dropFirst(8).map(\.value).reduce(0, +),
          style: "bar-muted"))
    }
    let months = lastMonths(12)
    var byMonth: [String: Int] = [:]
    for entry in uses { byMonth[String(entry.date.prefix(7)), default: 0] += 1 }
    let monthBars = months.map { SVGChart.Bar(label: $0, count: byMonth[$0] ?? 0, style: "bar") }
    var weekBars: [SVGChart.Bar] = []
    for week in 0..<8 {
      let start = RegistryQuery.day(labels.today, plus: week * 7)
      let end = RegistryQuery.day(labels.today, plus: week * 7 + 6)
      let count = entries.filter { !$0.validUntil.isEmpty && $0.validUntil >= start && $0.validUntil <= end }.count
      weekBars.append(
        SVGChart.Bar(
          label: Messages.reportWeek.text(lang, [.date: String(start.dropFirst(5))]), count: count,
          style: "bar-conditions"))
    }
    return [
      SVGChart(title: Messages.reportByVerdict.text(lang), bars: verdicts),
      SVGChart(title: Messages.reportBySystem.text(lang), bars: systems),
      SVGChart(title: Messages.reportByMonth.text(lang), bars: monthBars),
      SVGChart(title: Messages.reportExpiring.text(lang), bars: weekBars),
    ]
  }

  /// The twelve months up to today's, oldest first (`YYYY-MM`).
  func lastMonths(_ count: Int) -> [String] {
    let parts = labels.today.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return [] }
    var year = parts[0]
    var month = parts[1]
    var months: [String] = []
    for _ in 0..<count {
      months.append(String(format: "%04d-%02d", year, month))
      month -= 1
      if month == 0 {
        month = 12
        year -= 1
      }
    }
    return months.reversed()
  }

  func table(_ entries: [RegistryEntry]) -> Body {
    let headers = labels.headers + [Messages.registryColDate.text(labels.lang)]
    return .table(
      .class("registry"),
      .thead(.tr(.group(headers.map { Node<HTML.TableRowContext>.th(.text($0)) }))),
      .tbody(.group(entries.map(row)))
    )
  }

  func row(_ entry: RegistryEntry) -> Node<HTML.TableContext> {
    let cells = labels.cells(entry) + [entry.date]
    let approvalClass: String
    switch entry.approval {
    case .approved: approvalClass = "verdict-ok"
    case .refused, .invalid: approvalClass = "verdict-interdit"
    case .pending: approvalClass = "verdict-validation"
    case .notNeeded: approvalClass = ""
    }
    let outcomeClass: String
    switch entry.outcome {
    case .valid: outcomeClass = ""
    case .invalid, .unverifiable, .refused: outcomeClass = "verdict-interdit"
    case .unknownSigner, .expired, .verdictStricter, .exceptionRequest: outcomeClass = "verdict-validation"
    }
    let validClass =
      entry.isExpired(today: labels.today)
      ? "verdict-interdit"
      : (entry.isExpiring(today: labels.today, limit: labels.soonLimit) ? "verdict-validation" : "")
    let verdictClass = (entry.verdictToday ?? entry.verdict).map { "verdict-\($0.rawValue)" } ?? ""
    let classes = ["", "", "", verdictClass, "", approvalClass, validClass, outcomeClass, ""]
    return .tr(
      .group(
        cells.enumerated().map { index, cell -> Node<HTML.TableRowContext> in
          .td(.class(classes[index]), HTMLPage.text(cell))
        }))
  }

  static let css = """
    @page { size: A4 landscape; margin: 12mm; }
    body { max-width: 277mm; }
    .summary { font-weight: 600; font-size: 10.5pt; }
    .charts { display: flex; flex-wrap: wrap; gap: 4mm 8mm; margin: 3mm 0 2mm; }
    .chart { break-inside: avoid; }
    .chart h3 { margin: 0 0 1mm; font-size: 9.5pt; color: #44505c; }
    svg .lbl { font-size: 10px; fill: #1b1f23; }
    svg .num { font-size: 10px; fill: #44505c; }
    svg .bar { fill: #3b78b0; } svg .bar-muted { fill: #9aa7b3; }
    svg .bar-ok { fill: #2e9a48; } svg .bar-conditions { fill: #d69a1c; } svg .bar-validation { fill: #d2691e; } svg .bar-interdit { fill: #c4162a; }
    table.registry { font-size: 8.5pt; }
    table.registry th { background: #eef2f6; position: sticky; top: 0; }
    table.registry tr:nth-child(even) td { background: #fafbfc; }
    """
}
