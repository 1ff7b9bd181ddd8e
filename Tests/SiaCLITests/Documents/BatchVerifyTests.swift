import Foundation
import SiaKit
import XCTest

/// `sia verify FILE…` checks its files on every core: what it prints (text in both
/// languages, `--json`) and its exit status must be exactly those of the files verified
/// one by one, in the order given — whatever order the threads finish in.
final class BatchVerifyTests: XCTestCase {
  var sia: SiaRunner!
  /// Every state a lab head must act on, each file on its own: name → expected outcome.
  var files: [(name: String, outcome: DocumentOutcome)] = []

  override func setUpWithError() throws {
    sia = try SiaRunner()
    try sia.setUpPeople()
    try sia.writeAllowedSigners()
    // The lab head approves only signers listed in their own file.
    try FileManager.default.copyItem(
      atPath: sia.path("allowed_signers"), toPath: sia.path("labhead/sia/allowed_signers"))
    let valid = try sia.declare()
    files.append((valid, .valid))

    try copy(valid, "declaration-2026-11-29-alteree.md")  // tampered after signing
    try sia.write(
      try sia.read(valid).replacingOccurrences(of: "Marie Curie", with: "Marie Curle"),
      to: "declaration-2026-11-29-alteree.md")
    files.append(("declaration-2026-11-29-alteree.md", .invalid))

    try copy(valid, "declaration-2026-11-29-inconnue.md")  // signed by a key not listed for it
    try sia.expect(0, ["sign", "declaration-2026-11-29-inconnue.md", "--force"], env: sia.labHead)
    files.append(("declaration-2026-11-29-inconnue.md", .unknownSigner))

    try forge(valid, "declaration-2026-11-29-expiree.md") { declaration in
      declaration.date = "2024-01-02"
      declaration.validUntil = "2025-01-02"
    }
    files.append(("declaration-2026-11-29-expiree.md", .expired))

    try forge(valid, "declaration-2026-11-29-ancien-ok.md") { declaration in
      declaration.guideVersion = "sha256:ancien"
      declaration.verdict = VerdictSummary(id: .ok, rationale: Bilingual(fr: "Rien à signaler.", en: "Nothing."))
    }
    files.append(("declaration-2026-11-29-ancien-ok.md", .verdictStricter))

    let request = try sia.declare(
      "engine-comptes-rendus.yaml", extra: ["--justification", "Pseudonymisation préalable."])
    files.append((request, .exceptionRequest))

    let refused = try sia.declare(extra: ["--slug", "refusee"])
    try sia.expect(0, ["approve", refused, "--refuse", "--comment", "Non."], env: sia.labHead)
    files.append((refused, .refused))

    let approved = try sia.declare(extra: ["--slug", "approuvee"])
    try sia.expect(0, ["approve", approved], env: sia.labHead)
    files.append((approved, .valid))
    files.append((approved + ".approval", .valid))

    try sia.write(try sia.read(valid), to: "declaration-2026-11-29-sans-signature.md")
    files.append(("declaration-2026-11-29-sans-signature.md", .unverifiable))
    files.append(("declaration-absente.md", .unverifiable))
  }

  override func tearDown() { sia.cleanUp() }

  func copy(_ from: String, _ to: String) throws {
    for suffix in ["", ".sig"] {
      try FileManager.default.copyItem(atPath: sia.path(from + suffix), toPath: sia.path(to + suffix))
    }
  }

  /// The declaration changed, rendered by sia's own renderer and signed by the declarant.
  func forge(_ from: String, _ name: String, _ change: (inout Declaration) -> Void) throws {
    var declaration = try XCTUnwrap(DeclarationFile.parse(try sia.read(from)))
    change(&declaration)
    try sia.write(try DeclarationRenderer(declaration).markdown(), to: name)
    try sia.expect(0, ["sign", name, "--force"])
  }

  /// The files in an order of their own, one of them twice: the output follows it.
  var order: [String] {
    let names = files.map(\.name)
    return names.enumerated().sorted { ($0.offset * 5) % names.count < ($1.offset * 5) % names.count }.map(\.element)
      + [names[0]]
  }

  /// Each file alone: its exit status is its expected outcome's.
  func alone(_ options: [String]) throws -> [String: SiaRunner.Result] {
    var results: [String: SiaRunner.Result] = [:]
    for (name, outcome) in files {
      results[name] = try sia.expect(outcome.exitCode, ["verify"] + options + [name])
    }
    return results
  }

  func worst(_ names: [String]) -> DocumentOutcome {
    DocumentOutcome.worst(names.compactMap { name in files.first { $0.name == name }?.outcome })
  }

  func testTheTextOfABatchIsEachFilesTextInTheOrderGiven() throws {
    for options in [
      ["--allowed-signers", "allowed_signers"], ["--allowed-signers", "allowed_signers", "--lang", "en"],
    ] {
      let single = try alone(options)
      let batch = try sia.expect(worst(order).exitCode, ["verify"] + options + order)
      let expected = order.compactMap { single[$0]?.stdout }.joined(separator: "\n") + "\n"
      XCTAssertTrue(
        batch.stdout.hasPrefix(expected), unifiedDiff(expected: expected, actual: batch.stdout, label: "batch"))
      // Then only the count of each outcome.
      let summary = String(batch.stdout.dropFirst(expected.count))
      XCTAssertTrue(
        summary.hasPrefix("\(order.count) fichier(s) :") || summary.hasPrefix("\(order.count) file(s):"), summary)
      XCTAssertFalse(summary.contains("\n\n"), summary)
    }
  }

  /// Options among the files, and files after `--`, read as when the options come first
  /// (sia, not the parser, collects a batch's files: `BatchArguments`).
  func testOptionsAmongTheFilesReadAsBefore() throws {
    let first = try sia.expect(
      worst(order).exitCode, ["verify", "--allowed-signers", "allowed_signers", "--lang", "en"] + order)
    let mixed = try sia.expect(
      worst(order).exitCode,
      ["verify", order[0], "--allowed-signers", "allowed_signers"] + order[1..<3] + ["--lang", "en", "--"]
        + order[3...])
    XCTAssertEqual(mixed.stdout, first.stdout)
    XCTAssertEqual(mixed.stderr, first.stderr)
    // A mistyped option is still the parser's usage error, wherever it stands.
    try sia.expect(64, ["verify", order[0], "--allowed-signer", "allowed_signers", order[1]])
  }

  func testTheJSONOfABatchIsEachFilesStateInTheOrderGiven() throws {
    let options = ["--json", "--allowed-signers", "allowed_signers"]
    let single = try alone(options)
    let batch = try sia.expect(worst(order).exitCode, ["verify"] + options + order)
    let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(batch.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(json["outcome"] as? String, worst(order).rawValue)
    XCTAssertEqual(json["exitCode"] as? Int, Int(worst(order).exitCode))
    let states = try XCTUnwrap(json["files"] as? [[String: Any]])
    XCTAssertEqual(states.compactMap { $0["file"] as? String }, order)
    for (name, state) in zip(order, states) {
      let alone = try XCTUnwrap(
        JSONSerialization.jsonObject(with: Data(try XCTUnwrap(single[name]).stdout.utf8)) as? [String: Any])
      let expected = try XCTUnwrap((alone["files"] as? [[String: Any]])?.first)
      XCTAssertEqual(NSDictionary(dictionary: state), NSDictionary(dictionary: expected), name)
    }
  }
}
