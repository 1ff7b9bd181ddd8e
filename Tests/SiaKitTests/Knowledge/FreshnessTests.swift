import Foundation
import XCTest

@testable import SiaKit

/// Freshness as data: review intervals, due dates, the stale check on a fixture whose
/// entries fall due at known dates, and the human date shown beside the guide's hash.
final class FreshnessTests: XCTestCase {
  static let fixtures = Fixtures.folder

  func testIntervalsInMonthsOrYearsInEnglishOrFrench() {
    XCTAssertEqual(Freshness.interval("6 months"), 6)
    XCTAssertEqual(Freshness.interval("1 year"), 12)
    XCTAssertEqual(Freshness.interval("2 ans"), 24)
    XCTAssertEqual(Freshness.interval("6 mois"), 6)
    XCTAssertEqual(Freshness.interval("18"), 18)
    for wrong in ["", "souvent", "0 months", "-3 months", "6 weeks", "6 months ago", "six months"] {
      XCTAssertNil(Freshness.interval(wrong), wrong)
    }
  }

  func testDueDayAddsMonthsAndClampsToTheEndOfAShorterMonth() {
    XCTAssertEqual(Freshness(reviewed: "2026-12-07", reviewEveryMonths: 6).dueDay, "2027-06-07")
    XCTAssertEqual(Freshness(reviewed: "2026-08-31", reviewEveryMonths: 6).dueDay, "2027-02-28")
    XCTAssertEqual(Freshness(reviewed: "2027-08-31", reviewEveryMonths: 6).dueDay, "2028-02-29")
    XCTAssertEqual(Freshness(reviewed: "2026-12-07", reviewEveryMonths: 12).dueDay, "2027-12-07")
    // review_by wins over review_every; no schedule, no due date.
    XCTAssertEqual(Freshness(reviewed: "2026-12-07", reviewEveryMonths: 6, reviewBy: "2027-01-31").dueDay, "2027-01-31")
    XCTAssertNil(Freshness(reviewed: "2026-12-07").dueDay)
    XCTAssertNil(Freshness(reviewed: "", reviewEveryMonths: 6).dueDay)
  }

  func testDueMeansStrictlyAfterTheDueDay() {
    let freshness = Freshness(reviewed: "2026-12-07", reviewEveryMonths: 6)
    XCTAssertFalse(freshness.isDue(onDay: "2027-06-07"))
    XCTAssertTrue(freshness.isDue(onDay: "2027-06-08"))
    XCTAssertFalse(Freshness(reviewed: "2000-01-01").isDue(onDay: "2099-01-01"), "no schedule: never stale")
  }

  func testTheFixtureListsExactlyWhatIsPastDueWarningOrErrorWhenStrict() {
    let root = Self.fixtures.appendingPathComponent("freshness/stale").path
    let loaded = KnowledgeLoader.load(root: root)
    XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }.map(\.description), [])
    let knowledge = loaded.knowledge
    XCTAssertEqual(FreshnessLint.stale(knowledge, onDay: "2026-07-15"), [], "nothing is due yet on the due day itself")
    let warnings = FreshnessLint.stale(knowledge, onDay: "2026-12-07")
    XCTAssertEqual(warnings.map(\.id), ["faq-ancienne", "ancienne", "echeance"])
    XCTAssertTrue(warnings.allSatisfy { $0.severity == .warning })
    XCTAssertEqual(
      warnings[1].description,
      "guide/ancienne.md:2: warning: ancienne: past its review date (reviewed 2026-01-15, due 2026-07-15): check it against its sources"
    )
    let errors = FreshnessLint.stale(knowledge, onDay: "2026-12-07", strict: true)
    XCTAssertEqual(errors.map(\.id), warnings.map(\.id))
    XCTAssertTrue(errors.allSatisfy { $0.severity == .error })
    // Years later, the recent ones fall due too; the undated 'stable' section never does.
    XCTAssertEqual(
      Set(FreshnessLint.stale(knowledge, onDay: "2030-01-01").compactMap(\.id)),
      ["faq-ancienne", "faq-fraiche", "ancienne", "echeance", "recente"])
  }

  func testTheOldUpdatedKeyStillReadsAsReviewed() throws {
    let root = Self.fixtures.appendingPathComponent("freshness/stale").path
    let stable = try XCTUnwrap(KnowledgeLoader.load(root: root).knowledge.section("stable"))
    XCTAssertEqual(stable.reviewed, "2020-01-01")
    XCTAssertFalse(stable.freshness.hasSchedule)
  }

  func testTheNewestReviewedDateIsTheGuidesHumanDate() {
    let knowledge = KnowledgeLoader.load(root: Self.fixtures.appendingPathComponent("freshness/stale").path).knowledge
    XCTAssertEqual(knowledge.newestReviewed, "2026-12-01")
    XCTAssertEqual(HumanDate.text("2026-12-07", .fr), "7 décembre 2026")
    XCTAssertEqual(HumanDate.text("2027-07-01", .fr), "1er juillet 2027")
    XCTAssertEqual(HumanDate.text("2026-12-07", .en), "7 December 2026")
    XCTAssertEqual(HumanDate.text("not a date", .en), "not a date")
  }

  func testEveryChangedPartOfTheShippedGuideIsDatedAndEveryToolScheduled() {
    let root = Fixtures.knowledgeRoot
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    for section in knowledge.sections {
      XCTAssertNotNil(Freshness.Day(section.reviewed), "\(section.id): reviewed '\(section.reviewed)'")
    }
    for entry in knowledge.faq {
      XCTAssertNotNil(Freshness.Day(entry.freshness.reviewed), "\(entry.id): no reviewed date")
    }
    for tool in FreshnessLint.tools(knowledge) {
      XCTAssertTrue(tool.freshness.hasSchedule, "\(tool.id): no review interval")
    }
  }

  func testTheGuideDateAppearsBesideTheHashInADeclarationAndOldOnesHaveNone() throws {
    var declaration = try DocumentContentTests.fullDeclaration()
    declaration.guideReviewed = nil
    let old = try DeclarationRenderer(declaration).markdown()
    XCTAssertFalse(old.contains("guide vérifié au"))
    XCTAssertFalse(old.contains("guideReviewed"), "an older document's block is unchanged")
    declaration.guideReviewed = "2026-12-07"
    let french = try DeclarationRenderer(declaration).markdown()
    XCTAssertTrue(french.contains("\(declaration.guideVersion) (guide vérifié au 7 décembre 2026)"), french)
    declaration.lang = .en
    XCTAssertTrue(try DeclarationRenderer(declaration).markdown().contains("(guide reviewed as of 7 December 2026)"))
  }
}
