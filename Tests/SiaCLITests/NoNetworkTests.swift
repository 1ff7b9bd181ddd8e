import Foundation
import XCTest

/// The no-network promise, checked rather than assumed: every main path of `sia` runs
/// under `strace -f -e trace=network` and must open no AF_INET/AF_INET6 socket, and the
/// same paths must work in a process with no network at all (`unshare -n`).
final class NoNetworkTests: XCTestCase {
  /// (arguments, standard input) for each main path. Features add their paths here.
  static let paths: [([String], String)] = [
    ([], "/aide\n/guide\n/lire donnees-sante\nquelle règle pour ChatGPT ?\n/quitter\n"),
    (["lint"], ""),
    (["guide"], ""),
    (["guide", "contacts"], ""),
  ]

  func testNoPathOpensAnInternetSocket() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
      throw XCTSkip("strace is not installed (make deps installs it)")
    }
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    for (index, (arguments, input)) in Self.paths.enumerated() {
      let log = runner.home.appendingPathComponent("strace-\(index).log").path
      let result = try runner.runProgram(
        "/usr/bin/strace", ["-f", "-qq", "-e", "trace=network", "-o", log, SiaRunner.executable.path] + arguments,
        input: input, extraEnvironment: [:])
      XCTAssertEqual(result.status, 0, "sia \(arguments) failed under strace: \(result.stderr)")
      let trace = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
      let internet = trace.split(separator: "\n").filter { $0.contains("AF_INET") }
      XCTAssertEqual(internet, [], "sia \(arguments) touched the network")
    }
  }

  func testEveryPathWorksWithoutANetwork() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"), getuid() == 0 else {
      throw XCTSkip("unshare -n needs root here")
    }
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    for (arguments, input) in Self.paths {
      let result = try runner.runProgram(
        "/usr/bin/unshare", ["-n", SiaRunner.executable.path] + arguments, input: input, extraEnvironment: [:])
      XCTAssertEqual(result.status, 0, "sia \(arguments) failed without a network: \(result.stderr)")
    }
  }
}
