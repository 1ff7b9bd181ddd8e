import Foundation
import SiaKit
import XCTest

/// `kill -9` at many different moments — during an interview and while a declaration
/// is written — never leaves a half-written state or document: the interview file is
/// absent or whole, holds only answers really given, and `/reprendre` continues; a
/// declaration is absent or complete (its JSON block parses), and `sia verify` answers.
final class KillNineTests: XCTestCase {
  /// The answers of Transcripts/interview/ok-traduction-interne.txt, in order.
  static let interview = ["/evaluer", "-", "3", "1", "2", "2", "1", "oui", "3", "1"]
  static let delaysMicroseconds: [useconds_t] = [
    0, 1_000, 3_000, 6_000, 10_000, 15_000, 25_000, 40_000, 60_000, 90_000,
  ]

  func testInterviewSurvivesKillsAtEveryMoment() throws {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    let store = InterviewStore(paths: Paths(environment: runner.environment))
    // For each k: the first k-1 lines are sent one by one, each waited for until its
    // answer is on disk (so they are "confirmed"); line k is sent and the process is
    // killed at a different moment of its processing each time.
    for k in 2..<Self.interview.count {
      store.delete()
      let delay = Self.delaysMicroseconds[k % 5]
      let confirmedSteps = try killed(runner, lines: Array(Self.interview.prefix(k)), store: store, after: delay)
      switch store.load() {
      case .none:
        XCTFail("after a kill at line \(k), \(confirmedSteps) confirmed answer(s) were lost")
      case let .unreadable(reason):
        XCTFail("after a kill at line \(k) (\(delay) µs) the interview state is unreadable: \(reason)")
      case let .state(state):
        // Every confirmed answer is there, and at most the one being processed more.
        XCTAssertTrue(
          (confirmedSteps...confirmedSteps + 1).contains(state.steps.count),
          "kill at line \(k): \(state.steps.count) steps saved, \(confirmedSteps) confirmed")
        let resumed = try runner.run([], input: "/reprendre\n/quitter\n")
        XCTAssertEqual(resumed.status, 0)
        XCTAssertTrue(resumed.stdout.contains("Reprise de l'évaluation"), resumed.stdout)
      }
    }
  }

  /// Sends `lines` to a new `sia`, waiting after each but the last until the saved
  /// interview has one more step; kills it `delay` µs after the last. Returns the
  /// number of steps confirmed on disk before the last line.
  func killed(_ runner: SiaRunner, lines: [String], store: InterviewStore, after delay: useconds_t) throws -> Int {
    let process = try start(runner, arguments: [])
    defer { process.process.waitUntilExit() }
    var steps = 0
    for (index, line) in lines.enumerated() {
      process.input.write(Data((line + "\n").utf8))
      if index == lines.count - 1 { break }
      let expected = index == 0 ? 0 : steps + 1
      for _ in 0..<500 {  // at most 5 s
        if case let .state(state) = store.load(), state.steps.count >= expected { steps = state.steps.count; break }
        usleep(10_000)
      }
    }
    usleep(delay)
    kill(process.process.processIdentifier, SIGKILL)
    return steps
  }

  func testDeclarationIsAbsentOrCompleteAfterKills() throws {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    try runner.setUpPeople(labHead: false)
    let answers = SiaRunner.fixtures.appendingPathComponent("engine-bibliographie.yaml").path
    for (index, delay) in Self.delaysMicroseconds.enumerated() {
      let folder = runner.home.appendingPathComponent("run-\(index)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let process = try start(
        runner, arguments: ["declare", "--answers", answers, "--accept-all", "--output", folder.path])
      usleep(delay)
      kill(process.process.processIdentifier, SIGKILL)
      process.process.waitUntilExit()
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        XCTAssertNotNil(DeclarationFile.parse(text), "\(name) is incomplete after a kill at \(delay) µs")
        let verified = try runner.run(["verify", folder.appendingPathComponent(name).path])
        XCTAssertTrue(
          [0, 2, 3].contains(verified.status), "verify: \(verified.status) \(verified.stdout) \(verified.stderr)")
        XCTAssertFalse(verified.stderr.contains("Fatal error"))
      }
    }
  }

  func start(_ runner: SiaRunner, arguments: [String]) throws -> (process: Process, input: FileHandle) {
    let process = Process()
    process.executableURL = SiaRunner.executable
    process.arguments = arguments
    process.environment = runner.environment
    process.currentDirectoryURL = runner.home
    let pipe = Pipe()
    process.standardInput = pipe
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return (process, pipe.fileHandleForWriting)
  }
}
