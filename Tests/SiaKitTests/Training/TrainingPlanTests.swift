import SiaKit
import XCTest

/// The seeded order: same seed, same exercises, on every machine.
final class TrainingPlanTests: XCTestCase {
  func testSplitMix64MatchesTheReferenceSequence() {
    var generator = SplitMix64(seed: 0)
    XCTAssertEqual(generator.next(), 0xE220_A839_7B1D_CDAF)
    XCTAssertEqual(generator.next(), 0x6E78_9E6A_A1B9_65F4)
    XCTAssertEqual(generator.next(), 0x06C4_5D18_8009_454F)
  }

  func testBelowStaysInRange() {
    var generator = SplitMix64(seed: 42)
    for bound in 1...20 {
      for _ in 0..<50 { XCTAssert((0..<bound).contains(generator.below(bound))) }
    }
  }

  func testSameSeedSameOrderDifferentSeedDifferentOrder() {
    let exercises = (1...20).map { TrainingFixtures.exercise("ex-\($0)") }
    let first = TrainingPlan(count: 10, seed: 7).select(from: exercises).map(\.id)
    let again = TrainingPlan(count: 10, seed: 7).select(from: exercises.reversed()).map(\.id)
    let other = TrainingPlan(count: 10, seed: 8).select(from: exercises).map(\.id)
    XCTAssertEqual(first, again, "the input order must not matter")
    XCTAssertNotEqual(first, other)
    XCTAssertEqual(first.count, 10)
    XCTAssertEqual(Set(first).count, 10)
  }

  func testFiltersByAnyTagAndLevel() {
    var advanced = TrainingFixtures.exercise("ex-avance", tags: ["securite", "donnees"])
    advanced.level = .avance
    let exercises = [
      TrainingFixtures.exercise("ex-donnees"), TrainingFixtures.exercise("ex-securite", tags: ["securite"]), advanced,
    ]
    XCTAssertEqual(
      Set(TrainingPlan(theme: "donnees", seed: 1).select(from: exercises).map(\.id)), ["ex-donnees", "ex-avance"])
    XCTAssertEqual(
      TrainingPlan(theme: "donnees", level: .avance, seed: 1).select(from: exercises).map(\.id), ["ex-avance"])
    XCTAssertEqual(TrainingPlan(count: 2, seed: 1).select(from: exercises).count, 2)
    XCTAssertTrue(TrainingPlan(theme: "frugalite", seed: 1).select(from: exercises).isEmpty)
  }

  func testLevelsParseInFrenchAndEnglish() {
    XCTAssertEqual(ExerciseLevel(argument: "débutant"), .debutant)
    XCTAssertEqual(ExerciseLevel(argument: "Advanced"), .avance)
    XCTAssertNil(ExerciseLevel(argument: "expert"))
  }
}
