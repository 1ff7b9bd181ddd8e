import Foundation
import SiaKit
import XCTest

@testable import SiaRegistry

/// The lab head's questions: pending, expiring soon, one person, one system, one
/// verdict, since a day — and the summary's counts.
final class RegistryQueryTests: XCTestCase {
  var fixtures: RegistryFixtures!
  var index: RegistryIndex!
  var paths: [String: String] = [:]

  override func setUpWithError() throws {
    fixtures = try RegistryFixtures()
    let day = { (text: String) in ISO8601DateFormatter().date(from: text + "T09:00:00Z")! }
    paths["approved"] = try fixtures.write(try RegistryFixtures.declaration(date: day("2026-10-02")), slug: "approuvee")
    try fixtures.approve(paths["approved"]!)
    paths["refused"] = try fixtures.write(
      try RegistryFixtures.declaration(
        "answers-interdit.yaml", name: "Irène JOLIOT", email: "irene.joliot@inserm.fr", date: day("2026-11-10"),
        justification: "Pseudonymisé."),
      slug: "refusee")
    try fixtures.approve(paths["refused"]!, decision: .refused)
    paths["soon"] = try fixtures.write(try RegistryFixtures.declaration(date: day("2025-12-15")), slug: "bientot")
    paths["expired"] = try fixtures.write(
      try RegistryFixtures.declaration("answers-conditions.yaml", date: day("2025-03-01"), months: 6), slug: "expiree")
    paths["unsigned"] = try fixtures.write(
      try RegistryFixtures.declaration(date: day("2026-11-28")), slug: "brouillon", sign: false)
    index = RegistryIndex()
    _ = try fixtures.scanner().scan([fixtures.folder], index: index)
  }

  override func tearDown() { fixtures.remove() }

  func names(_ query: RegistryQuery) throws -> [String] {
    try index.entries(under: [fixtures.folder], matching: query).map { entry in
      paths.first { $0.value == entry.path }?.key ?? entry.path
    }
  }

  func testEveryStateIsRead() throws {
    let entries = try index.entries(under: [fixtures.folder], matching: fixtures.query())
    let byName = Dictionary(
      uniqueKeysWithValues: entries.map { entry in (paths.first { $0.value == entry.path }!.key, entry) })
    XCTAssertEqual(byName["approved"]?.approval, .approved)
    XCTAssertEqual(byName["approved"]?.signature, .trusted)
    XCTAssertEqual(byName["refused"]?.approval, .refused)
    XCTAssertEqual(byName["refused"]?.kind, .exceptionRequest)
    XCTAssertEqual(byName["refused"]?.kindFR, "dérogation")
    XCTAssertEqual(byName["refused"]?.verdict, .interdit)
    XCTAssertEqual(byName["refused"]?.outcome, .refused)
    XCTAssertEqual(byName["unsigned"]?.signature, .unsigned)
    XCTAssertEqual(byName["unsigned"]?.outcome, .unverifiable)
    XCTAssertEqual(byName["expired"]?.outcome, .expired)
    XCTAssertEqual(byName["soon"]?.validUntil, "2026-12-15")
    XCTAssertFalse(byName["approved"]?.fingerprint.isEmpty ?? true)
  }

  /// Each line holds the very state `sia verify --json` gives the file, in both
  /// languages, and its outcome: the registry cannot say otherwise than verify.
  func testEveryLineIsWhatVerifySays() throws {
    let verifier = fixtures.verifier()
    let lines = try index.entries(under: [fixtures.folder], matching: fixtures.query(), withStates: true)
    XCTAssertEqual(lines.count, 5)
    XCTAssertTrue(
      try index.entries(under: [fixtures.folder], matching: fixtures.query()).allSatisfy { $0.stateFR.isEmpty })
    for entry in lines {
      let report = verifier.verify(path: entry.path)
      XCTAssertEqual(entry.state(.fr), report.state(lang: .fr, currentGuide: nil), entry.path)
      XCTAssertEqual(entry.state(.en), report.state(lang: .en, currentGuide: nil), entry.path)
      XCTAssertEqual(entry.outcome, report.outcome, entry.path)
      XCTAssertEqual(entry.kindEN, report.state(lang: .en, currentGuide: nil).kindLabel(.en, short: true), entry.path)
    }
  }

  func testFilters() throws {
    var query = fixtures.query()
    query.pending = true
    XCTAssertEqual(Set(try names(query)), ["soon", "expired", "unsigned"])
    query = fixtures.query()
    query.expiringWithinDays = 30
    XCTAssertEqual(try names(query), ["soon"])
    query = fixtures.query()
    query.declarant = "irene joliot"  // accents and case folded
    XCTAssertEqual(try names(query), ["refused"])
    query = fixtures.query()
    query.verdict = .interdit
    XCTAssertEqual(try names(query), ["refused"])
    query = fixtures.query()
    query.since = "2026-11-01"
    XCTAssertEqual(try names(query), ["unsigned", "refused"])
    query.system = "%"  // a LIKE wildcard is a character like any other
    XCTAssertEqual(try names(query), [])
  }

  func testSortAndSummary() throws {
    var query = fixtures.query()
    query.sort = .validUntil
    XCTAssertEqual(try names(query).first, "expired")
    query.sort = .approval
    XCTAssertEqual(try names(query).last, "approved")
    let summary = RegistrySummary(
      try index.entries(under: [fixtures.folder], matching: fixtures.query()), today: "2026-11-29")
    XCTAssertEqual(
      [
        summary.count, summary.pending, summary.approved, summary.refused, summary.expiring, summary.expired,
        summary.bad,
      ],
      [5, 3, 1, 1, 1, 1, 1])
    XCTAssertEqual(summary.outcomes, ["valid": 2, "refused": 1, "expired": 1, "unverifiable": 1])
    XCTAssertEqual(
      RegistryLabels(lang: .fr, today: "2026-11-29").outcomes(summary),
      "2 valide(s), 1 invérifiable(s), 1 expiré(s), 1 refusé(s)")
  }

  func testDeclarantTodoListsWhatIsMissing() throws {
    var query = fixtures.query()
    query.declarant = "marie"
    let entries = try index.entries(under: [fixtures.folder], matching: query)
    XCTAssertEqual(RegistryTodo.soleDeclarant(entries), "Marie Curie")
    let items = RegistryTodo.items(
      entries, labels: RegistryLabels(lang: .fr, today: "2026-11-29"),
      displayPath: { URL(fileURLWithPath: $0).lastPathComponent })
    XCTAssertTrue(items.contains { $0.contains("brouillon") && $0.contains("à signer") }, "\(items)")
    XCTAssertTrue(items.contains { $0.contains("bientot") && $0.contains("approbation de Paul Langevin") }, "\(items)")
    XCTAssertTrue(
      items.contains { $0.contains("bientot") && $0.contains("à renouveler avant le 2026-12-15") }, "\(items)")
    XCTAssertTrue(items.contains { $0.contains("expiree") && $0.contains("expirée le 2025-09-01") }, "\(items)")
    XCTAssertFalse(items.contains { $0.contains("approuvee") }, "an approved, valid declaration needs nothing")
  }

  func testDurationsAndDays() {
    XCTAssertEqual(RegistryQuery.days("30d"), 30)
    XCTAssertEqual(RegistryQuery.days("4w"), 28)
    XCTAssertEqual(RegistryQuery.days("30"), 30)
    XCTAssertNil(RegistryQuery.days("trente"))
    XCTAssertNil(RegistryQuery.days("-3d"))
    XCTAssertTrue(RegistryQuery.isDay("2026-01-31"))
    XCTAssertFalse(RegistryQuery.isDay("2026-1-31"))
    XCTAssertEqual(RegistryQuery.day("2026-12-20", plus: 30), "2027-01-19")
  }
}
