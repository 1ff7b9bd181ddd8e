@testable import SiaKit
import XCTest

/// The scoring rule: right when the chosen set equals the correct set; per theme by
/// every tag; an attestation from 10 exercises and 80 %.
final class TrainingScoreTests: XCTestCase {
  func testAnExerciseIsRightOnlyWhenTheSetsAreEqual() {
    let exercise = TrainingFixtures.exercise("ex-two", correct: ["a", "c"], letters: ["a", "b", "c", "d"])
    XCTAssertTrue(RecordedAnswer(exercise: exercise, chosen: ["c", "a"]).isCorrect)
    XCTAssertFalse(RecordedAnswer(exercise: exercise, chosen: ["a"]).isCorrect, "a missing right answer is wrong")
    XCTAssertFalse(RecordedAnswer(exercise: exercise, chosen: ["a", "b", "c"]).isCorrect, "an extra answer is wrong")
    XCTAssertFalse(RecordedAnswer(exercise: exercise, chosen: ["b"]).isCorrect)
  }

  func testScoresOverallAndByEveryTag() {
    let data = TrainingFixtures.exercise("ex-data")
    let both = TrainingFixtures.exercise("ex-both", tags: ["securite", "donnees"])
    let security = TrainingFixtures.exercise("ex-sec", tags: ["securite"])
    let score = TrainingScore(answers: [
      RecordedAnswer(exercise: data, chosen: ["b"]),
      RecordedAnswer(exercise: both, chosen: ["a"]),
      RecordedAnswer(exercise: security, chosen: ["b"]),
    ])
    XCTAssertEqual(score.overall, .init(right: 2, total: 3))
    XCTAssertEqual(score.overall.percent, 66, "rounded down")
    XCTAssertEqual(score.byTheme["donnees"], .init(right: 1, total: 2))
    XCTAssertEqual(score.byTheme["securite"], .init(right: 1, total: 2))
    XCTAssertEqual(score.missed, ["ex-both"])
    let knowledge = TrainingFixtures.knowledge()
    XCTAssertEqual(score.orderedThemes(knowledge.themes), ["donnees", "securite"], "in the order of themes.yaml")
    let cited = TrainingFixtures.exercise(
      "ex-both", tags: ["securite", "donnees"], cite: ["secrets-code", "donnees-sante"])
    let revisit = score.themesToRevisit(knowledge: knowledge, exercises: ["ex-both": cited])
    XCTAssertEqual(revisit.map(\.theme), ["donnees", "securite"])
    XCTAssertEqual(revisit.map(\.sections), [["donnees-sante"], ["secrets-code"]], "each theme's own sections")
  }

  func testAttestationThresholdIsTenExercisesAndEightyPercentExactly() {
    func score(right: Int, total: Int) -> TrainingScore {
      let exercises = (0..<total).map { TrainingFixtures.exercise("ex-\($0)") }
      return TrainingScore(
        answers: exercises.enumerated().map { RecordedAnswer(exercise: $1, chosen: $0 < right ? ["b"] : ["a"]) })
    }
    XCTAssertTrue(score(right: 8, total: 10).earnsAttestation)
    XCTAssertFalse(score(right: 7, total: 10).earnsAttestation)
    XCTAssertFalse(score(right: 9, total: 9).earnsAttestation, "fewer than 10 exercises")
    XCTAssertFalse(score(right: 11, total: 14).earnsAttestation, "78.6 % is below 80 %")
    XCTAssertTrue(score(right: 12, total: 15).earnsAttestation)
    XCTAssertTrue(TrainingScore.Tally(right: 4, total: 5).reaches(80))
    XCTAssertFalse(TrainingScore.Tally(right: 0, total: 0).reaches(80))
  }
}
