import Foundation
import XCTest

/// The no-network promise, checked rather than assumed: every main path of `sia` —
/// the REPL, ask, the guide, lint, questions, assess, profile, keygen, declare, sign,
/// verify, approve, train — runs under `strace -f -e trace=network` and must open no
/// AF_INET/AF_INET6 socket; and the same paths must work with no network at all
/// (`unshare -n`, a namespace with only a loopback that is down).
final class NoNetworkTests: XCTestCase {
  func testNoPathOpensAnInternetSocket() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
      throw XCTSkip("strace is not installed (make deps installs it)")
    }
    var sia = try SiaRunner()
    defer { sia.cleanUp() }
    let log = sia.path("network.trace")
    sia.wrapper = ["/usr/bin/strace", "-f", "-qq", "-A", "-e", "trace=network", "-o", log]
    // The detector itself works: a program that opens a socket is caught.
    let probe = sia.path("probe.trace")
    _ = try sia.runProgram(
      "/usr/bin/strace",
      ["-f", "-qq", "-e", "trace=network", "-o", probe, "/usr/bin/python3", "-c", "import socket; socket.socket()"],
      input: "", extraEnvironment: [:])
    XCTAssertTrue(try String(contentsOfFile: probe, encoding: .utf8).contains("AF_INET"))
    try runEveryPath(sia)
    let trace = try String(contentsOfFile: log, encoding: .utf8)
    XCTAssertEqual(trace.split(separator: "\n").filter { $0.contains("AF_INET") }, [], "sia touched the network")
  }

  func testEveryPathWorksWithoutANetwork() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"), getuid() == 0 else {
      throw XCTSkip("unshare -n needs root here")
    }
    var sia = try SiaRunner()
    defer { sia.cleanUp() }
    sia.wrapper = ["/usr/bin/unshare", "-n"]
    try runEveryPath(sia)
  }

  /// Each main path once, through `sia.wrapper`; every command must succeed.
  func runEveryPath(_ sia: SiaRunner) throws {
    let session = "/aide\n/guide\n/lire donnees-sante\nquelle règle pour ChatGPT ?\n/evaluer\n1\n/annuler\n/quitter\n"
    try sia.expect(0, [], input: session)
    try sia.expect(0, ["lint"])
    try sia.expect(0, ["guide", "contacts"])
    try sia.expect(0, ["questions", "--json"])
    let answers = SiaRunner.fixtures.appendingPathComponent("engine-bibliographie.yaml").path
    try sia.expect(0, ["assess", "--answers", answers, "--json"])
    try sia.setUpPeople()
    let document = try sia.declare()
    try sia.expect(0, ["sign", document, "--force"])
    try sia.writeAllowedSigners()
    try sia.expect(0, ["verify", document, "--allowed-signers", "allowed_signers"])
    try sia.expect(0, ["approve", document, "--allowed-signers", "allowed_signers"], env: sia.labHead)
    try sia.expect(0, ["train", "--seed", "7", "--count", "2"], input: "a\nb\n")
  }
}
