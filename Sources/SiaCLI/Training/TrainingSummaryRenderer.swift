import Foundation
import SiaKit

/// `sia train --summary FILE…`: the group's results for the terminal and as a
/// printable, self-contained HTML page (inline CSS, no script, a CSP that forbids
/// loading anything).
struct TrainingSummaryRenderer {
  let summary: TrainingGroupSummary
  let lang: Lang

  func kind(_ attendee: TrainingGroupSummary.Attendee) -> String {
    attendee.kind == .trainerAttested
      ? Messages.summaryTrainer.text(lang, ["trainer": attendee.trainer ?? "?"]) : Messages.summarySelf.text(lang)
  }

  func score(_ right: Int, _ total: Int, _ percent: Int) -> String {
    "\(right)/\(total) (\(percent)\(lang == .fr ? " %" : "%"))"
  }

  func percent(_ value: Int) -> String { "\(value)\(lang == .fr ? " %" : "%")" }

  /// The terminal text: columns first, then the text that may wrap under its own column.
  func text(console: Console) -> String {
    var lines = [console.bold(Messages.summaryTitle.text(lang, ["count": "\(summary.attendees.count)"]))]
    lines += ["", console.bold(Messages.summaryPeople.text(lang))]
    let scores = summary.attendees.map { score($0.right, $0.total, $0.percent) }
    let scoreWidth = scores.map(\.count).max() ?? 0
    for (attendee, score) in zip(summary.attendees, scores) {
      let columns = "  \(attendee.date)  \(score.padding(toLength: scoreWidth, withPad: " ", startingAt: 0))  "
      lines += wrap(attendee.name + " — " + kind(attendee), width: console.width, indent: columns)
    }
    lines += ["", console.bold(Messages.summaryThemes.text(lang))]
    let ratios = summary.themes.map { "\($0.right)/\($0.total)" }
    let ratioWidth = ratios.map(\.count).max() ?? 0
    for (theme, ratio) in zip(summary.themes, ratios) {
      let columns = "  " + ratio.leftPadded(ratioWidth) + "  " + percent(theme.percent).leftPadded(5) + "  "
      lines += wrap(theme.label, width: console.width, indent: columns)
    }
    lines += ["", console.bold(Messages.summaryMissed.text(lang))]
    if summary.missed.isEmpty { lines.append("  " + Messages.summaryMissedNone.text(lang)) }
    let shown = Array(summary.missed.prefix(10))
    let counts = shown.map { Messages.summaryMissedCount.text(lang, ["missed": "\($0.missed)", "asked": "\($0.asked)"]) }
    let countWidth = counts.map(\.count).max() ?? 0
    for (missed, count) in zip(shown, counts) {
      let columns = "  " + count.leftPadded(countWidth) + "  "
      lines += wrap("\(missed.title) [\(missed.id)]", width: console.width, indent: columns)
    }
    return lines.joined(separator: "\n")
  }

  /// The printable page: every text goes through `HTMLNode`, escaped by construction.
  func html(date: String) -> String {
    let t = { (message: Message) in message.text(lang) }
    let people = HTMLNode.el("table", [
      .el("thead", [row([t(Messages.summaryColumnName), t(Messages.summaryColumnDate), t(Messages.summaryColumnScore),
        t(Messages.summaryColumnKind)], header: true)]),
      .el("tbody", summary.attendees.map {
        row([$0.name, $0.date, score($0.right, $0.total, $0.percent), kind($0)])
      }),
    ])
    let themes = HTMLNode.el("table", [
      .el("thead", [row([t(Messages.summaryColumnTheme), t(Messages.summaryColumnScore), t(Messages.summaryColumnRate)], header: true)]),
      .el("tbody", summary.themes.map { theme in
        .el("tr", [
          .el("td", theme.label), .el("td", attrs: [("class", "num")], "\(theme.right)/\(theme.total)"),
          .el("td", attrs: [("class", "num")], [
            .el("span", attrs: [("class", "bar"), ("style", "width:\(max(0, min(100, theme.percent)))px")], ""),
            .text(" " + percent(theme.percent)),
          ]),
        ])
      }),
    ])
    let missed: HTMLNode = summary.missed.isEmpty
      ? .el("p", t(Messages.summaryMissedNone))
      : .el("table", [
        .el("thead", [row([t(Messages.summaryColumnExercise), t(Messages.summaryColumnMissed)], header: true)]),
        .el("tbody", summary.missed.map { missed in
          .el("tr", [
            .el("td", [.text(missed.title + " "), .el("code", missed.id)]),
            .el("td", attrs: [("class", "num")],
              Messages.summaryMissedCount.text(lang, ["missed": "\(missed.missed)", "asked": "\(missed.asked)"])),
          ])
        }),
      ])
    let title = t(Messages.summaryHTMLTitle)
    let page = HTMLNode.el("html", attrs: [("lang", lang.rawValue)], [
      .el("head", [
        .el("meta", attrs: [("charset", "utf-8")], [HTMLNode]()),
        .el("meta", attrs: [("http-equiv", "Content-Security-Policy"), ("content", "default-src 'none'; style-src 'unsafe-inline'")], [HTMLNode]()),
        .el("meta", attrs: [("name", "viewport"), ("content", "width=device-width, initial-scale=1")], [HTMLNode]()),
        .el("title", title),
        .el("style", Self.css),
      ]),
      .el("body", [
        .el("h1", title),
        .el("p", attrs: [("class", "note")],
          Messages.summaryHTMLNote.text(lang, ["count": "\(summary.attendees.count)", "date": date])),
        .el("h2", t(Messages.summaryThemes)), themes,
        .el("h2", t(Messages.summaryMissed)), missed,
        .el("h2", t(Messages.summaryPeople)), people,
      ]),
    ])
    return "<!DOCTYPE html>\n" + page.rendered + "\n"
  }

  func row(_ cells: [String], header: Bool = false) -> HTMLNode {
    .el("tr", cells.map { .el(header ? "th" : "td", $0) })
  }

  static let css = """
    body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}\
    h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #999}\
    table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}\
    td.num{white-space:nowrap}.bar{display:inline-block;height:.7rem;background:#2a6;vertical-align:middle;-webkit-print-color-adjust:exact;print-color-adjust:exact}\
    code{font-size:.85em;color:#555}.note{color:#444}\
    @media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
    """
}
