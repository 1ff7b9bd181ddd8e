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
  static let delaysMicroseconds: [useconds_t] = [0, 1_000, 3_000, 6_000, 10_000, 15_000, 25_000, 40_000, 60_000, 90_000]

  func testInterviewSurvivesKillsAtEveryMoment() throws {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    let paths = Paths(environment: runner.environment)
    var resumedSomething = false
    // Kill after the k-th line, at a different moment of its processing each time.
    for k in 1..<Self.interview.count {
      let delay = Self.delaysMicroseconds[k % 5]
      try killed(runner, arguments: [], lines: Array(Self.interview.prefix(k)), gap: 30_000, after: delay)
      switch InterviewStore(paths: paths).load() {
      case .none:
        continue
      case let .unreadable(reason):
        XCTFail("after a kill at \(delay) µs the interview state is unreadable: \(reason)")
      case let .state(state):
        resumedSomething = true
        // Only answers really given: never more than the lines sent after /evaluer.
        XCTAssertLessThanOrEqual(state.answers.values.count, k - 1, "after a kill at line \(k)")
        let resumed = try runner.run([], input: "/reprendre\n/quitter\n")
        XCTAssertEqual(resumed.status, 0)
        XCTAssertTrue(resumed.stdout.contains("Reprise de l'évaluation"), resumed.stdout)
      }
    }
    XCTAssertTrue(resumedSomething, "no kill landed after the first answer: the delays are too short for this machine")
  }

  func testDeclarationIsAbsentOrCompleteAfterKills() throws {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    try runner.setUpPeople(labHead: false)
    let answers = SiaRunner.fixtures.appendingPathComponent("engine-bibliographie.yaml").path
    for (index, delay) in Self.delaysMicroseconds.enumerated() {
      let folder = runner.home.appendingPathComponent("run-\(index)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try killed(
        runner, arguments: ["declare", "--answers", answers, "--accept-all", "--output", folder.path], lines: [], gap: 0,
        after: delay)
      for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        XCTAssertNotNil(DeclarationFile.parse(text), "\(name) is incomplete after a kill at \(delay) µs")
        let verified = try runner.run(["verify", folder.appendingPathComponent(name).path])
        XCTAssertTrue([0, 2, 3].contains(verified.status), "verify: \(verified.status) \(verified.stdout) \(verified.stderr)")
        XCTAssertFalse(verified.stderr.contains("Fatal error"))
      }
    }
  }

  /// Starts `sia`, feeds `lines` with `gap` µs between them, waits `delay` µs more and
  /// kills it with SIGKILL.
  func killed(_ runner: SiaRunner, arguments: [String], lines: [String], gap: useconds_t, after delay: useconds_t) throws {
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
    for line in lines {
      pipe.fileHandleForWriting.write(Data((line + "\n").utf8))
      usleep(gap)
    }
    usleep(delay)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try? pipe.fileHandleForWriting.close()
  }
}
