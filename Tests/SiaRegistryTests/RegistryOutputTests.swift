import Foundation
import SiaKit
import XCTest

@testable import SiaRegistry

/// What leaves the registry: CSV a spreadsheet reads safely, HTML where every value from
/// a file is text and nothing can run or load.
final class RegistryOutputTests: XCTestCase {
  func entry(name: String, system: String = "ChatGPT") -> RegistryEntry {
    var entry = RegistryEntry.unreadable(path: "/tmp/declaration.md")
    entry.declarantName = name
    entry.declarantEmail = "eve@inserm.fr"
    entry.system = system
    entry.verdict = .conditions
    entry.signature = .trusted
    entry.outcome = .valid
    entry.kind = .declaration
    entry.approval = .pending
    entry.date = "2026-11-02"
    entry.validUntil = "2026-12-01"
    entry.problemFR = ""
    entry.problemEN = ""
    return entry
  }

  let hostile = "Eve <script>alert(1)</script><img src=x onerror=alert(2)></style>\u{202E}live"

  /// The table in a pipe; without the shared unit and approver when that fits the
  /// terminal; else short blocks, no line longer than the terminal.
  func testTheTableFitsTheTerminal() throws {
    var approved = entry(name: "Irène Joliot-Curie", system: "Microsoft Copilot")
    approved.unitCode = "U1234"
    approved.approval = .approved
    approved.approverName = "Paul Langevin"
    var pending = entry(name: "Marie Curie")
    pending.unitCode = "U1234"
    let table = RegistryTable(labels: RegistryLabels(lang: .fr, today: "2026-11-29"))
    let wide = table.render([approved, pending], width: nil)
    XCTAssertEqual(wide.count, 3)
    XCTAssertTrue(wide[1].contains("approuvée (Paul Langevin)"), "\(wide)")
    let widest = try XCTUnwrap(wide.map(\.count).max())
    let compact = table.render([approved, pending], width: widest - 1)
    XCTAssertEqual(compact.first, "Unité : U1234 · Décisions de Paul Langevin")
    XCTAssertFalse(compact.contains { $0.contains("(Paul Langevin)") }, "\(compact)")
    XCTAssertTrue(compact.allSatisfy { $0.count < widest }, "\(compact)")
    let narrow = table.render([approved, pending], width: 40)
    XCTAssertEqual(Array(narrow.prefix(2)), ["Irène Joliot-Curie · U1234", "  Microsoft Copilot"])
    XCTAssertTrue(narrow.allSatisfy { $0.count <= 40 }, "\(narrow)")
    XCTAssertTrue(narrow.contains { $0.trimmingCharacters(in: .whitespaces) == "sia verify : valide" }, "\(narrow)")
  }

  func testCSVWithBOMQuotesAndDefusesFormulas() throws {
    let labels = RegistryLabels(lang: .fr, today: "2026-11-29")
    let data = try RegistryExport.csv(
      [entry(name: "=HYPERLINK(\"http://x\")"), entry(name: "Curie, Marie")], labels: labels, bom: true)
    XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    let lines = text.components(separatedBy: "\r\n")
    XCTAssertTrue(lines[0].hasPrefix("Déclarant·e,Courriel,Unité,Système,Verdict"))
    XCTAssertTrue(lines[1].hasPrefix("\"'=HYPERLINK(\"\"http://x\"\")\","), lines[1])
    XCTAssertTrue(lines[2].hasPrefix("\"Curie, Marie\","), lines[2])
    XCTAssertTrue(lines[2].contains("2026-12-01 ⚠ bientôt"))
    let plain = try RegistryExport.csv([entry(name: "Ada")], labels: labels, bom: false)
    XCTAssertEqual(plain.first, UInt8(ascii: "D"))
  }

  func testJSONKeepsFactsAndFlags() throws {
    let labels = RegistryLabels(lang: .en, today: "2026-11-29")
    let entries = [entry(name: "Ada")]
    let text = try RegistryExport.json(entries, labels: labels, summary: RegistrySummary(entries, today: "2026-11-29"))
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    let uses = object?["uses"] as? [[String: Any]]
    XCTAssertEqual(uses?.count, 1)
    XCTAssertEqual(uses?.first?["expiringSoon"] as? Bool, true)
    XCTAssertEqual((uses?.first?["entry"] as? [String: Any])?["declarantName"] as? String, "Ada")
  }

  func testTheReportEscapesEveryValueAndForbidsScripts() {
    let labels = RegistryLabels(lang: .fr, today: "2026-11-29")
    let entries = [entry(name: hostile, system: "<svg onload=alert(3)>")]
    let html = RegistryReport(labels: labels, generated: "2026-11-29T10:00:00Z")
      .render(entries, summary: RegistrySummary(entries, today: "2026-11-29"), displayPath: { $0 })
    XCTAssertFalse(html.contains("<script"))
    XCTAssertFalse(html.contains("<img"))
    XCTAssertEqual(html.components(separatedBy: "</style>").count, 2, "only the page's own style element closes")
    XCTAssertFalse(html.contains("<svg onload"))
    XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertTrue(html.contains(Sanitizer.neutralize("\u{202E}live")), "bidi control shown, not applied")
    XCTAssertFalse(html.contains("\u{202E}"))
    XCTAssertTrue(html.contains("Content-Security-Policy"))
    XCTAssertTrue(html.contains("default-src 'none'"))
    XCTAssertFalse(html.contains("src=\""), "no external resource")
  }

  func testDocumentPageOfAHostileDeclaration() throws {
    let fixtures = try RegistryFixtures()
    defer { fixtures.remove() }
    var declaration = try RegistryFixtures.declaration(name: hostile)
    declaration.intendedUse = Bilingual(fr: "<iframe src=\"https://example.org\"></iframe>", en: "x")
    let path = try fixtures.write(declaration, slug: "hostile")
    let document = try XCTUnwrap(VerifiedDocument(path: path, verifier: fixtures.verifier()))
    XCTAssertEqual(document.entry.signature, .trusted)
    let html = DocumentPage(lang: .fr, today: "2026-11-29", generated: "2026-11-29").render(document: document)
    XCTAssertFalse(html.contains("<script"))
    XCTAssertFalse(html.contains("<iframe"))
    XCTAssertFalse(html.contains("<img"))
    XCTAssertTrue(html.contains("&lt;iframe"))
    XCTAssertTrue(html.contains(document.entry.fingerprint))
    XCTAssertTrue(html.contains("Usage autorisé sous conditions"))
    XCTAssertTrue(html.contains("class=\"status ok\""))
  }

  /// A document that holds but needs the lab head (here: expired) says what `sia verify`
  /// concludes, in amber; only what does not verify is red.
  func testAnExpiredDocumentSaysSoInAmber() throws {
    let fixtures = try RegistryFixtures()
    defer { fixtures.remove() }
    let day = try XCTUnwrap(ISO8601DateFormatter().date(from: "2025-03-01T09:00:00Z"))
    let path = try fixtures.write(try RegistryFixtures.declaration(date: day, months: 6), slug: "ancienne")
    let document = try XCTUnwrap(VerifiedDocument(path: path, verifier: fixtures.verifier()))
    XCTAssertEqual(document.entry.outcome, .expired)
    let html = DocumentPage(lang: .fr, today: "2026-11-29", generated: "2026-11-29").render(document: document)
    XCTAssertTrue(html.contains("class=\"status warn\""), html)
    XCTAssertTrue(html.contains("sia verify conclut : EXPIRÉE"), html)
    XCTAssertFalse(html.contains("class=\"status bad\""))
  }

  func testAnInvalidDocumentIsMarkedInRed() throws {
    let fixtures = try RegistryFixtures()
    defer { fixtures.remove() }
    let path = try fixtures.write(try RegistryFixtures.declaration(), slug: "modifiee")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "Paul Langevin", with: "Paul Langevim").write(
      toFile: path, atomically: true, encoding: .utf8)
    let document = try XCTUnwrap(VerifiedDocument(path: path, verifier: fixtures.verifier()))
    XCTAssertEqual(document.entry.signature, .invalid)
    let html = DocumentPage(lang: .fr, today: "2026-11-29", generated: "2026-11-29").render(document: document)
    XCTAssertTrue(html.contains("class=\"status bad\""))
    XCTAssertTrue(html.contains("CE DOCUMENT NE SE VÉRIFIE PAS"))
  }
}
