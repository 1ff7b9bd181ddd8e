import Foundation
import XCTest

/// `sia lint --stale` with an injected clock (`SIA_NOW`) on a fixture whose entries fall
/// due at known dates, `sia lint --strict` on the shipped knowledge, and the review date
/// under a guide section.
final class StaleLintTests: XCTestCase {
  var runner: SiaRunner!

  override func setUpWithError() throws { runner = try SiaRunner() }
  override func tearDown() { runner.cleanUp() }

  let fixture = SiaRunner.repositoryRoot.appendingPathComponent("Tests/SiaKitTests/Fixtures/freshness/stale").path

  func testPastDueEntriesAreWarningsAndErrorsWithStrict() throws {
    let now = ["SIA_NOW": "2026-12-07T09:00:00Z"]
    let warned = try runner.run(["lint", "--stale", "--knowledge", fixture], extraEnvironment: now)
    XCTAssertEqual(warned.status, 0, warned.stdout)
    XCTAssertTrue(
      warned.stdout.contains(
        "guide/ancienne.md:2: avertissement : ancienne : date de révision dépassée (vérifié le 2026-01-15, échéance 2026-07-15)"
      ),
      warned.stdout)
    XCTAssertTrue(warned.stdout.contains("faq/base.yaml:1: avertissement : faq-ancienne : date de révision dépassée"))
    XCTAssertTrue(warned.stdout.contains("guide/echeance.md:2: avertissement : echeance : date de révision dépassée"))
    let english = try runner.run(["--lang", "en", "lint", "--stale", "--knowledge", fixture], extraEnvironment: now)
    XCTAssertTrue(
      english.stdout.contains(
        "guide/ancienne.md:2: warning: ancienne: past its review date (reviewed 2026-01-15, due 2026-07-15)"),
      english.stdout)
    XCTAssertFalse(warned.stdout.contains("recente"))
    XCTAssertTrue(warned.stdout.contains("3 élément(s) à revérifier au 7 décembre 2026."), warned.stdout)

    let strict = try runner.run(["lint", "--stale", "--strict", "--knowledge", fixture], extraEnvironment: now)
    XCTAssertEqual(strict.status, 1)
    XCTAssertTrue(
      strict.stdout.contains("guide/ancienne.md:2: erreur : ancienne : date de révision dépassée"), strict.stdout)

    // Without --stale the clock plays no part: the same knowledge is not reported.
    let plain = try runner.run(["lint", "--knowledge", fixture], extraEnvironment: now)
    XCTAssertFalse(plain.stdout.contains("date de révision dépassée"))
  }

  func testNothingDueIsSaidInTheUsersLanguage() throws {
    let early = ["SIA_NOW": "2026-06-01T09:00:00Z"]
    let french = try runner.run(["lint", "--stale", "--knowledge", fixture], extraEnvironment: early)
    XCTAssertEqual(french.status, 0)
    XCTAssertTrue(french.stdout.contains("Rien n'a dépassé sa date de révision au 1er juin 2026."), french.stdout)
    let english = try runner.run(["lint", "--stale", "--lang", "en", "--knowledge", fixture], extraEnvironment: early)
    XCTAssertTrue(english.stdout.contains("Nothing is past its review date on 1 June 2026."), english.stdout)
  }

  func testTheShippedKnowledgeIsCleanEvenWithStrict() throws {
    let result = try runner.run(["lint", "--strict"])
    XCTAssertEqual(result.status, 0, result.stdout)
  }

  func testADeclarationCarriesTheGuidesReviewDateBesideItsHash() throws {
    try runner.setUpPeople(labHead: false)
    let text = try runner.read(try runner.declare())
    XCTAssertNotNil(
      text.range(
        of: #"sha256:[0-9a-f]{64} \(guide vérifié au [0-9]{1,2}(er)? [a-zéû]+ 20[0-9]{2}\)"#,
        options: .regularExpression), text)
    XCTAssertTrue(text.contains("\"guideReviewed\""), "the date is part of the signed block")
  }

  func testASectionShowsWhenItWasReviewed() throws {
    let french = try runner.run(["guide", "ai-act-calendrier"])
    XCTAssertTrue(french.stdout.contains("Vérifié le 7 décembre 2026"), french.stdout)
    let english = try runner.run(["guide", "ai-act-calendrier", "--lang", "en"])
    XCTAssertTrue(english.stdout.contains("Reviewed on 7 December 2026"))
  }
}
