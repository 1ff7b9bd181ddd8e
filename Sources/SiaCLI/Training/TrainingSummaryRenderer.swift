import Foundation
import Plot
import SiaKit
import SiaRegistry

/// `sia train --summary FILE…`: the group's results for the terminal and as a
/// printable, self-contained HTML page (inline CSS, no script, a CSP that forbids
/// loading anything).
struct TrainingSummaryRenderer {
  let summary: TrainingGroupSummary
  let lang: Lang

  func kind(_ attendee: TrainingGroupSummary.Attendee) -> String {
    attendee.kind == .trainerAttested
      ? Messages.summaryTrainer.text(lang, [.trainer: attendee.trainer ?? "?"]) : Messages.summarySelf.text(lang)
  }

  func score(_ right: Int, _ total: Int, _ percent: Int) -> String {
    "\(right)/\(total) (\(percent)\(lang == .fr ? " %" : "%"))"
  }

  func percent(_ value: Int) -> String { "\(value)\(lang == .fr ? " %" : "%")" }

  /// The terminal text: columns first, then the text that may wrap under its own column.
  func text(console: Console) -> String {
    var lines = [console.bold(Messages.summaryTitle.text(lang, [.count: "\(summary.attendees.count)"]))]
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
    let counts = shown.map {
      Messages.summaryMissedCount.text(lang, [.missed: "\($0.missed)", .asked: "\($0.asked)"])
    }
    let countWidth = counts.map(\.count).max() ?? 0
    for (missed, count) in zip(shown, counts) {
      let columns = "  " + count.leftPadded(countWidth) + "  "
      lines += wrap("\(missed.title) [\(missed.id)]", width: console.width, indent: columns)
    }
    return lines.joined(separator: "\n")
  }

  typealias Body = Node<HTML.BodyContext>

  /// The printable page, built with Plot like the registry's pages (`HTMLPage`: one
  /// self-contained file, a policy that loads nothing): every text read from an
  /// attestation is a Plot text node, escaped by construction, and control or bidi
  /// characters are made visible; attributes are only constants and numbers.
  func html(date: String) -> String {
    let t = { (message: Message) in message.text(lang) }
    let people: Body = .table(
      .thead(
        row(
          [
            t(Messages.summaryColumnName), t(Messages.summaryColumnDate), t(Messages.summaryColumnScore),
            t(Messages.summaryColumnKind),
          ], header: true)),
      .tbody(.forEach(summary.attendees) { row([$0.name, $0.date, score($0.right, $0.total, $0.percent), kind($0)]) }))
    let themes: Body = .table(
      .thead(
        row(
          [t(Messages.summaryColumnTheme), t(Messages.summaryColumnScore), t(Messages.summaryColumnRate)], header: true)
      ),
      .tbody(
        .forEach(summary.themes) { theme in
          .tr(
            .td(HTMLPage.text(theme.label)), .td(.class("num"), .text("\(theme.right)/\(theme.total)")),
            .td(
              .class("num"),
              .span(.class("bar"), .attribute(named: "style", value: "width:\(max(0, min(100, theme.percent)))px")),
              .text(" " + percent(theme.percent))))
        }))
    let missed: Body =
      summary.missed.isEmpty
      ? .p(.text(t(Messages.summaryMissedNone)))
      : .table(
        .thead(row([t(Messages.summaryColumnExercise), t(Messages.summaryColumnMissed)], header: true)),
        .tbody(
          .forEach(summary.missed) { missed in
            .tr(
              .td(HTMLPage.text(missed.title + " "), .code(HTMLPage.text(missed.id))),
              .td(
                .class("num"),
                .text(
                  Messages.summaryMissedCount.text(lang, [.missed: "\(missed.missed)", .asked: "\(missed.asked)"]))))
          }))
    let title = t(Messages.summaryHTMLTitle)
    let note = Messages.summaryHTMLNote.text(lang, [.count: "\(summary.attendees.count)", .date: date])
    return HTMLPage.render(
      lang: lang, title: title, css: Self.css,
      body: [
        .h1(.text(title)), .p(.class("note"), HTMLPage.text(note)),
        .h2(.text(t(Messages.summaryThemes))), themes,
        .h2(.text(t(Messages.summaryMissed))), missed,
        .h2(.text(t(Messages.summaryPeople))), people,
      ])
  }

  func row(_ cells: [String], header: Bool = false) -> Node<HTML.TableContext> {
    .tr(.forEach(cells) { header ? .th(HTMLPage.text($0)) : .td(HTMLPage.text($0)) })
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
