import Foundation
import XCTest

/// `sia registry` and `sia export` through the real binary: the bad inputs of the
/// issue (unreadable file, folder without permission, damaged index, read-only data
/// folder, malformed filters, tampered documents) each give a clear message, never a crash.
final class RegistryCommandTests: XCTestCase {
  var runner: SiaRunner!

  override func setUpWithError() throws {
    runner = try SiaRunner()
    let made = try runner.shell("bash '\(SiaRunner.fixtures.path)/registry/make-folder.sh' registre")
    XCTAssertEqual(made.status, 0, made.stderr)
  }

  override func tearDown() { runner.cleanUp() }

  let registry = ["registry", "registre", "--allowed-signers", "registre/allowed_signers"]

  func testAFolderAndAFileWithoutPermissionAreReportedAndTheRestListed() throws {
    // As an ordinary user (root reads everything): `nobody` through setpriv.
    if geteuid() == 0 {
      runner.wrapper = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
      XCTAssertEqual(try runner.shell("chmod -R a+rwX .").status, 0)
    }
    XCTAssertEqual(
      try runner.shell("chmod 000 registre/irene registre/marie/declaration-2026-11-20-deepl-traduction.md").status, 0)
    defer { _ = try? runner.shell("chmod -R u+rwX registre") }
    let result = try runner.expect(0, registry)
    XCTAssertTrue(result.stderr.contains("Dossier illisible (permission ?), ignoré : registre/irene"), result.stderr)
    let line = result.stdout.split(separator: "\n").first { $0.contains("INVÉRIFIABLE") }
    XCTAssertNotNil(line, result.stdout)
    XCTAssertFalse(
      result.stdout.contains("REFUSÉE (Paul Langevin)"), "the unreadable folder (the refusal is in it) is not listed")
    XCTAssertTrue(result.stdout.contains("Frédéric Joliot"), "the rest is listed")
    let csv = try runner.expect(0, registry + ["--csv", "--declarant", "nobody-knows"])
    XCTAssertFalse(csv.stdout.contains("Irène"))
    let all = try runner.expect(0, registry + ["--csv"])
    XCTAssertTrue(all.stdout.contains("fichier illisible (permission ?)"), all.stdout)
  }

  func testADamagedIndexIsRebuiltWithAMessage() throws {
    try runner.expect(0, registry)
    let index = runner.path(".local/share/sia/registry.sqlite")
    try Data(repeating: 0x5A, count: 4096).write(to: URL(fileURLWithPath: index))
    let result = try runner.expect(0, registry)
    XCTAssertTrue(result.stderr.contains("Index du registre endommagé"), result.stderr)
    XCTAssertTrue(result.stdout.contains("Index : 11 nouveau(x)"), result.stdout)
    let again = try runner.expect(0, registry)
    XCTAssertEqual(again.stderr, "")
    XCTAssertTrue(again.stdout.contains("11 inchangé(s)"), again.stdout)
  }

  func testAReadOnlyDataFolderWorksWithoutTheIndexAndSaysSo() throws {
    try runner.write("not a folder", to: "donnees")
    let result = try runner.expect(0, registry, env: ["XDG_DATA_HOME": runner.path("donnees")])
    XCTAssertTrue(result.stderr.contains("registre calculé sans index"), result.stderr)
    XCTAssertTrue(result.stdout.contains("11 usage(s)"), result.stdout)
  }

  func testMalformedFiltersAreUsageErrors() throws {
    for (arguments, message) in [
      (["--expiring", "trente"], "Durée invalide « trente »"), (["--since", "2026-13"], "Date invalide « 2026-13 »"),
      (["--verdict", "peut-être"], "Verdict inconnu « peut-être »"), (["--sort", "hasard"], "Tri inconnu « hasard »"),
    ] {
      let result = try runner.expect(2, registry + arguments)
      XCTAssertTrue(result.stderr.contains(message), result.stderr)
    }
  }

  func testExportRefusesADocumentThatDoesNotVerifyUnlessAsked() throws {
    let tampered = "registre/divers/declaration-2026-09-15-modifiee.md"
    let refused = try runner.expect(1, ["export", tampered, "--html", "--allowed-signers", "registre/allowed_signers"])
    XCTAssertTrue(refused.stderr.contains("export refusé"), refused.stderr)
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: runner.path("registre/divers/declaration-2026-09-15-modifiee.html")))
    try runner.expect(0, ["export", tampered, "--html", "--allow-invalid", "-o", "rouge.html"])
    XCTAssertTrue(try runner.read("rouge.html").contains("class=\"status bad\""))
    let fine = try runner.expect(
      0,
      [
        "export", "registre/marie/declaration-2026-10-02-chatgpt-bibliographie.md", "--html",
        "--allowed-signers", "registre/allowed_signers",
      ])
    XCTAssertTrue(
      fine.stdout.contains("HTML écrit : registre/marie/declaration-2026-10-02-chatgpt-bibliographie.html"), fine.stdout
    )
    let html = try runner.read("registre/marie/declaration-2026-10-02-chatgpt-bibliographie.html")
    XCTAssertTrue(html.contains("class=\"status ok\""))
    XCTAssertTrue(html.contains("default-src 'none'"))
    try runner.expect(2, ["export", "registre/divers/notes.md", "--html"])
    try runner.expect(2, ["export", "registre/absent.md", "--html"])
  }

  func testTheHTMLReportIsOneSelfContainedFile() throws {
    let result = try runner.expect(0, registry + ["--html", "rapport.html", "--pending"])
    XCTAssertTrue(result.stderr.contains("Rapport écrit : rapport.html"))
    let html = try runner.read("rapport.html")
    XCTAssertTrue(html.contains("<svg"))
    XCTAssertFalse(html.contains("<script"))
    XCTAssertFalse(html.contains("<link"))
    XCTAssertEqual(html.components(separatedBy: "<tr>").count - 1, 7, "header + the 6 pending uses")
  }
}
