import Foundation
@testable import SiaCLI
@testable import SiaKit
import SiaRegistry
import XCTest

/// The group page a trainer prints: whatever a trainee's attestation holds (a name with
/// markup, quotes in a title), it stays text — escaping by construction — and the page
/// loads nothing: inline CSS, no script, a CSP that forbids every fetch.
final class TrainingSummaryHTMLTests: XCTestCase {
  func testHostileNamesStayTextAndThePageLoadsNothing() {
    let hostile = "<script>alert(1)</script>\" onmouseover=\"x"
    let summary = TrainingGroupSummary(
      format: TrainingGroupSummary.formatID,
      attendees: [
        .init(
          file: "a.md", name: hostile, email: "a@example.org", date: "2026-11-29", right: 9, total: 10, percent: 90,
          kind: .trainerAttested, trainer: "<b>irene</b>@example.org")
      ],
      themes: [.init(id: "donnees", label: "Données & <santé>", right: 9, total: 10, percent: 90)],
      missed: [.init(id: "ex-1", title: "L'« exercice » <img src=x>", missed: 1, asked: 1)], rejected: [])
    let html = TrainingSummaryRenderer(summary: summary, lang: .fr).html(date: "2026-11-29")
    XCTAssertFalse(html.contains("<script"), html)
    XCTAssertFalse(html.contains("<img"), html)
    XCTAssertFalse(html.contains("<b>"), html)
    // A text node: markup escaped; a quote is plain text there (no attribute holds file text).
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;\" onmouseover=\"x"), html)
    XCTAssertTrue(html.contains("Données &amp; &lt;santé&gt;"), html)
    XCTAssertTrue(html.contains("content=\"\(HTMLPage.contentSecurityPolicy)\""), html)
    XCTAssertTrue(HTMLPage.contentSecurityPolicy.hasPrefix("default-src 'none';"))
    XCTAssertFalse(html.contains("src=\"") || html.contains("href="), "nothing to load")
    XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
    XCTAssertTrue(html.contains("<style>") && html.contains("@media print"))
  }
}
