import Foundation
import XCTest

@testable import SiaKit

/// Issue 13's faults on the real binary: `kill -9` at random moments of
/// `approve --force` and `declare --force` (200 kills each), and 8 concurrent writers
/// of one name, leave only pairs that verify — the old one or the new one. Checked in
/// process with the same `DocumentVerifier` that `sia verify` runs, to keep it quick.
final class PairFaultTests: XCTestCase {
  static let kills = 200
  static let writers = 8

  var sia: SiaRunner!

  override func setUpWithError() throws {
    sia = try SiaRunner()
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
  }

  override func tearDown() { sia.cleanUp() }

  var answers: String { SiaRunner.fixtures.appendingPathComponent("engine-bibliographie.yaml").path }

  var verifier: DocumentVerifier {
    let text = (try? sia.read("allowed_signers")) ?? ""
    return DocumentVerifier(
      allowedSigners: AllowedSigners.parse(text, file: "allowed_signers").0,
      now: Date(timeIntervalSince1970: 1_795_000_000 + 30 * 86_400))
  }

  /// The document verifies and, when `approved`, so does its approval.
  func assertVerifiable(
    _ name: String, approved: Bool, _ context: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let report = verifier.verify(path: sia.path(name))
    XCTAssertEqual(report.status, .trusted, "\(context): \(String(describing: report.problem))", file: file, line: line)
    if approved {
      XCTAssertEqual(
        report.approval?.status, .trusted, "\(context): approval \(String(describing: report.approval?.problem))",
        file: file, line: line)
    }
  }

  func start(_ arguments: [String], env: [String: String] = [:]) throws -> Process {
    let process = Process()
    process.executableURL = SiaRunner.executable
    process.arguments = arguments
    process.environment = sia.environment.merging(env) { $1 }
    process.currentDirectoryURL = sia.home
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// How long one uninterrupted run takes here: the kills are spread over it.
  func duration(_ arguments: [String], env: [String: String] = [:]) throws -> useconds_t {
    let began = Date()
    let process = try start(arguments, env: env)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, arguments.joined(separator: " "))
    return useconds_t(max(Date().timeIntervalSince(began), 0.01) * 1_000_000)
  }

  /// Runs `arguments(i)` `kills` times, each killed after a random delay within 1.5×
  /// a whole run (the longer of two, the machine may be busy); returns how many runs
  /// the kill cut short.
  func killLoop(seed: UInt64, env: [String: String] = [:], _ arguments: (Int) -> [String], check: (Int) -> Void) throws
    -> Int
  {
    let whole = max(try duration(arguments(-1), env: env), try duration(arguments(-1), env: env))
    var random = SplitMix64(seed: seed)
    var cut = 0
    for index in 0..<Self.kills {
      let process = try start(arguments(index), env: env)
      usleep(useconds_t(random.below(Int(whole) * 3 / 2 + 1)))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if process.terminationReason == .uncaughtSignal { cut += 1 }
      check(index)
    }
    return cut
  }

  func testKillsDuringApproveForceLeaveAVerifiablePair() throws {
    let document = try sia.declare(extra: ["--slug", "kill"])
    let approve = { (index: Int) in
      ["approve", document, "--force", "--allowed-signers", "allowed_signers", "--comment", "décision \(index)"]
    }
    try sia.expect(0, approve(-2), env: sia.labHead)
    var comments = Set<String>()
    let cut = try killLoop(seed: 13_7, env: sia.labHead, approve) { index in
      assertVerifiable(document, approved: true, "after kill \(index)")
      if let text = try? sia.read(document + ".approval"), let approval = Approval.parse(text) {
        comments.insert(approval.comment)
      }
    }
    XCTAssertGreaterThan(cut, 0, "no run was cut short: the delays miss the runs")
    XCTAssertGreaterThan(comments.count, 1, "no new decision was ever written: the kills all came too early")
  }

  func testKillsDuringDeclareForceLeaveAVerifiablePair() throws {
    let declare = { (index: Int) in
      [
        "declare", "--answers", self.answers, "--accept-all", "--force", "--slug", "kill", "--use",
        "Usage numéro \(index)",
      ]
    }
    let document = try sia.declare(extra: ["--slug", "kill", "--use", "Premier usage"])
    let cut = try killLoop(seed: 13_8, declare) { index in
      assertVerifiable(document, approved: false, "after kill \(index)")
    }
    XCTAssertGreaterThan(cut, 0, "no run was cut short: the delays miss the runs")
  }

  /// 8 writers of one name at once: each either writes or is told another sia is
  /// writing; the pair left verifies, and is one writer's whole output.
  func testConcurrentWritersAreSerialised() throws {
    let document = try sia.declare(extra: ["--slug", "same"])
    for round in 0..<3 {
      let processes = try (0..<Self.writers).map { index in
        try start([
          "declare", "--answers", answers, "--accept-all", "--force", "--slug", "same", "--use",
          "Écrivain \(round)-\(index)",
        ])
      }
      var statuses: [Int32] = []
      for process in processes {
        process.waitUntilExit()
        statuses.append(process.terminationStatus)
      }
      XCTAssertTrue(statuses.allSatisfy { $0 == 0 || $0 == 2 }, "\(statuses)")
      XCTAssertTrue(statuses.contains(0), "\(statuses)")
      assertVerifiable(document, approved: false, "round \(round)")
      let text = try sia.read(document)
      XCTAssertEqual((0..<Self.writers).filter { text.contains("Écrivain \(round)-\($0)") }.count, 1, "round \(round)")
    }
    // The same for approvals, concurrently with the lab head's key.
    let approvals = try (0..<Self.writers).map { index in
      try start(
        ["approve", document, "--force", "--allowed-signers", "allowed_signers", "--comment", "avis \(index)"],
        env: sia.labHead)
    }
    for process in approvals { process.waitUntilExit() }
    XCTAssertTrue(approvals.contains { $0.terminationStatus == 0 })
    assertVerifiable(document, approved: true, "concurrent approvals")
  }

  func testABusyWriterGetsAClearMessage() throws {
    let document = try sia.declare(extra: ["--slug", "busy"])
    // Hold the lock as a running writer would.
    let lock = open(sia.path("." + document + ".lock"), O_RDWR | O_CREAT, 0o644)
    XCTAssertGreaterThanOrEqual(lock, 0)
    XCTAssertEqual(flock(lock, LOCK_EX | LOCK_NB), 0)
    let refused = try sia.expect(2, ["declare", "--answers", answers, "--accept-all", "--force", "--slug", "busy"])
    XCTAssertTrue(refused.stderr.contains("est en cours d'écriture par un autre sia"), refused.stderr)
    close(lock)
    try sia.expect(0, ["declare", "--answers", answers, "--accept-all", "--force", "--slug", "busy"])
    assertVerifiable(document, approved: false, "after the lock was released")
  }
}
