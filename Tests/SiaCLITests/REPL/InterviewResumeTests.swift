import Foundation
import XCTest

/// The interview survives a `kill -9`: every answer is saved atomically before the next
/// question is shown, and `/reprendre` continues exactly where it stopped.
final class InterviewResumeTests: XCTestCase {
  func testResumesAfterKillNine() throws {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    let process = Process()
    process.executableURL = SiaRunner.executable
    process.environment = runner.environment
    process.currentDirectoryURL = runner.home
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data("/evaluer\n-\n3\n1\n".utf8))
    let state = runner.home.appendingPathComponent(".local/state/sia/interview.json")
    // Wait (bounded) until the third answer is on disk, then kill without warning.
    var saved = ""
    for _ in 0..<200 where !saved.contains("\"plateforme\"") {
      usleep(50_000)
      saved = (try? String(contentsOf: state, encoding: .utf8)) ?? ""
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    XCTAssertTrue(saved.contains("\"plateforme\" : \"interne\""), saved)
    let mode = try FileManager.default.attributesOfItem(atPath: state.path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)

    let resumed = try runner.run([], input: "/reprendre\n/quitter\n")
    XCTAssertEqual(resumed.status, 0)
    XCTAssertTrue(
      resumed.stdout.contains("Reprise de l'évaluation commencée le 2026-11-29 (2 réponse(s) déjà données)."),
      resumed.stdout)
    XCTAssertTrue(
      resumed.stdout.contains("Question 4/20 — Quelles données allez-vous fournir au système"), resumed.stdout)
  }

  func testNothingToResumeAndCancelForgetsTheState() throws {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    XCTAssertTrue(try runner.run([], input: "/reprendre\n").stdout.contains("Aucune évaluation en cours."))
    _ = try runner.run([], input: "/evaluer\n-\n")
    let state = runner.home.appendingPathComponent(".local/state/sia/interview.json")
    // Start-up says it is waiting; /evaluer asks before replacing it, and « non » keeps it.
    let kept = try runner.run([], input: "/evaluer\nnon\n")
    XCTAssertTrue(kept.stdout.contains("Un entretien commencé le 2026-11-29 n'est pas fini"), kept.stdout)
    XCTAssertTrue(kept.stdout.contains("Le remplacer") && kept.stdout.contains("(oui/non)"), kept.stdout)
    XCTAssertTrue(kept.stdout.contains("Rien n'est remplacé"), kept.stdout)
    XCTAssertTrue(FileManager.default.fileExists(atPath: state.path))
    _ = try runner.run([], input: "/evaluer\noui\n/annuler\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: state.path))
  }
}
