import Foundation
import SiaKit
import XCTest

/// A passed, signed training session is what the declaration cites for "training
/// followed": the document names the attestation (date, score, file), in the prose and
/// in the signed JSON block; without one, the line is absent.
final class TrainingInDeclarationTests: XCTestCase {
  /// The answers to `sia train --seed 42`, all right but the sixth (9/10, 90 %), computed
  /// from the shipped exercises so that adding one does not silently break this test.
  static var passingAnswers: String {
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    let series = TrainingPlan(count: 10, seed: 42).select(from: ExerciseLoader.load(knowledge: knowledge).exercises)
    return series.enumerated().map { index, exercise in
      let right = exercise.correctIDs.sorted()
      let wrong = exercise.choices.map(\.id).filter { !exercise.correctIDs.contains($0) }.prefix(1)
      return (index == 5 ? Array(wrong) : right).joined(separator: ",")
    }.joined(separator: "\n") + "\n"
  }

  func testTheDeclarationCitesAValidAttestation() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople(labHead: false)
    let before = try sia.read(try sia.declare(extra: ["--slug", "sans-formation"]))
    XCTAssertFalse(before.contains("**Formation**"))
    XCTAssertFalse(before.contains("\"training\""))

    try sia.expect(0, ["train", "--seed", "42"], input: Self.passingAnswers)
    let after = try sia.read(try sia.declare(extra: ["--slug", "avec-formation"]))
    XCTAssertTrue(
      after.contains(
        "- **Formation** : attestation du 2026-11-29, 9/10 (90 %), signée (attestation-formation-2026-11-29.md)"),
      after)
    XCTAssertTrue(after.contains("\"training\":{\"date\":\"2026-11-29\""), after)
  }

  func testATamperedAttestationIsNotCited() throws {
    let sia = try SiaRunner()
    defer { sia.cleanUp() }
    try sia.setUpPeople(labHead: false)
    try sia.expect(0, ["train", "--seed", "42"], input: Self.passingAnswers)
    let attestation = ".local/state/sia/training/attestations/attestation-formation-2026-11-29.md"
    try sia.write(try sia.read(attestation).replacingOccurrences(of: "9/10", with: "10/10"), to: attestation)
    let document = try sia.read(try sia.declare())
    XCTAssertFalse(document.contains("**Formation**"), "an altered attestation must not be cited")
  }
}
