import Foundation
import XCTest

/// Helpers for the signed-document tests: a declarant with a profile and a key, a lab
/// head with their own configuration folder, and the fixture assessments.
extension SiaRunner {
  static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures")

  /// The lab head's own configuration (another person, another key).
  var labHead: [String: String] { ["XDG_CONFIG_HOME": home.appendingPathComponent("labhead").path] }

  func path(_ name: String) -> String { home.appendingPathComponent(name).path }

  func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

  func write(_ text: String, to name: String) throws {
    try text.write(toFile: path(name), atomically: true, encoding: .utf8)
  }

  /// Runs `sia …` and checks the exit status, with the outputs in the failure message.
  @discardableResult
  func expect(
    _ status: Int32, _ arguments: [String], input: String = "", env: [String: String] = [:],
    file: StaticString = #filePath, line: UInt = #line
  ) throws -> Result {
    let result = try run(arguments, input: input, extraEnvironment: env)
    XCTAssertEqual(
      result.status, status, "sia \(arguments.joined(separator: " "))\n\(result.stdout)\n\(result.stderr)", file: file,
      line: line)
    XCTAssertFalse(
      result.stderr.contains("Fatal error") || result.stderr.contains("crashed"), result.stderr, file: file, line: line)
    return result
  }

  /// Profile + key for the declarant Marie Curie (and, with `labHead: true`, for Paul Langevin).
  func setUpPeople(labHead withLabHead: Bool = true) throws {
    let profile = [
      "profile", "--name", "Marie Curie", "--email", "marie.curie@inserm.fr", "--unit", "Laboratoire de radiobiologie",
      "--unit-code", "U1234", "--lab-head", "Paul Langevin", "--lab-head-email", "paul.langevin@inserm.fr",
    ]
    try expect(0, profile)
    try expect(0, ["keygen"])
    guard withLabHead else { return }
    // A lab head's own profile names them as the lab head of their unit: approvals carry it.
    try expect(
      0,
      [
        "profile", "--name", "Paul Langevin", "--email", "paul.langevin@inserm.fr", "--unit",
        "Laboratoire de radiobiologie",
        "--unit-code", "U1234", "--lab-head", "Paul Langevin", "--lab-head-email", "paul.langevin@inserm.fr",
      ], env: labHead)
    try expect(0, ["keygen"], env: labHead)
  }

  /// An allowed_signers file listing the declarant (declarations) and the lab head (approvals).
  func writeAllowedSigners() throws {
    let marie = try String(contentsOfFile: path(".config/sia/id_ed25519.pub"), encoding: .utf8)
    let paul = try String(contentsOfFile: path("labhead/sia/id_ed25519.pub"), encoding: .utf8)
    let key = { (line: String) in line.split(separator: " ").prefix(2).joined(separator: " ") }
    try write(
      """
      # Unité U1234 — signataires reconnus
      marie.curie@inserm.fr namespaces="sia-declaration,sia-training" \(key(marie))
      paul.langevin@inserm.fr namespaces="sia-approval" \(key(paul))

      """, to: "allowed_signers")
  }

  /// The intended use the default declaration states in the declarant's own words.
  static let use = "Résumer des articles scientifiques déjà publiés pour préparer une revue de littérature."

  /// Declares the fixture (bare answers, assessed by the engine) with every commitment
  /// accepted; returns the document's file name.
  func declare(_ fixture: String = "engine-bibliographie.yaml", extra: [String] = []) throws -> String {
    let use = fixture == "engine-bibliographie.yaml" ? ["--use", SiaRunner.use] : []
    let result = try expect(
      0,
      ["declare", "--answers", SiaRunner.fixtures.appendingPathComponent(fixture).path, "--accept-all"] + use + extra)
    let written = result.stdout.split(separator: "\n").first {
      $0.hasPrefix("Document écrit : ") || $0.hasPrefix("Document written: ")
    }
    return URL(fileURLWithPath: String(written?.split(separator: " ").last ?? "")).lastPathComponent
  }
}
