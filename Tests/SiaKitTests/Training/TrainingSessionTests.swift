import Foundation
import SiaKit
import XCTest

/// The session in progress and its saved form: saved after each answer, private, and
/// resumed exactly where it stopped.
final class TrainingSessionTests: XCTestCase {
  let exercises = (1...12).map { TrainingFixtures.exercise("ex-\($0)") }
  let now = ISO8601DateFormatter().date(from: "2026-11-29T10:00:00Z") ?? Date()

  func testAdvancesOneExerciseAtATime() throws {
    var session = TrainingSession(plan: TrainingPlan(seed: 3), exercises: exercises, startedAt: now, guideVersion: "v")
    XCTAssertEqual(session.exerciseIDs.count, 10)
    XCTAssertEqual(session.position, 1)
    let first = try XCTUnwrap(session.currentID)
    session.answer(["b"], to: try XCTUnwrap(exercises.first { $0.id == first }))
    XCTAssertEqual(session.position, 2)
    XCTAssertNotEqual(session.currentID, first)
    XCTAssertEqual(session.score.overall, .init(right: 1, total: 1))
    XCTAssertFalse(session.isFinished)
  }

  func testSavesPrivatelyAndLoadsTheSameSession() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("sia-store-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    let store = TrainingStore(paths: Paths(stateFolder: home.path + "/state", configFolder: home.path + "/config"))
    XCTAssertNil(try store.load())
    var session = TrainingSession(
      plan: TrainingPlan(theme: "donnees", count: 3, seed: 9), exercises: exercises, startedAt: now, guideVersion: "v")
    session.answer(["a", "c"], to: TrainingFixtures.exercise(session.currentID ?? ""))
    try store.save(session)
    XCTAssertEqual(try store.load(), session)
    let mode = try FileManager.default.attributesOfItem(atPath: store.progressFile)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    store.clear()
    XCTAssertNil(try store.load())
    try AtomicFile.write("{", to: store.progressFile)
    XCTAssertThrowsError(try store.load(), "a damaged file is reported, not ignored")
  }

  func testResumingDropsExercisesRemovedFromTheGuide() throws {
    var session = TrainingSession(
      plan: TrainingPlan(count: 4, seed: 5), exercises: exercises, startedAt: now, guideVersion: "v")
    let ids = session.exerciseIDs
    session.answer(["b"], to: TrainingFixtures.exercise(ids[0]))
    let dropped = session.dropMissing(keeping: Set([ids[1], ids[3]]))
    XCTAssertEqual(dropped, [ids[2]])
    XCTAssertEqual(session.exerciseIDs, [ids[0], ids[1], ids[3]], "the answered one stays")
    XCTAssertEqual(session.currentID, ids[1])
  }
}
