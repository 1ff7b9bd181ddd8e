import Foundation
import XCTest

/// The text check in the declaration, end to end: `sia scan --json` then `sia declare
/// --scan-report`, and in the REPL `/verifier`, `/evaluer`, `/declaration`. The document
/// records the counts, verifies, and the scanned text is in no file afterwards.
final class ScanDeclarationTests: XCTestCase {
  var sia: SiaRunner!

  override func setUpWithError() throws { sia = try SiaRunner() }
  override func tearDown() { sia.cleanUp() }

  /// Values found in no dictionary and no fixture: seeing one in a file is a leak.
  static let markers = ["Kwazimodo", "Zebulonne", "Quimperlé-sur-Orge"]
  static let notes = """
    Patiente : Mme Zebulonne Kwazimodo, née le 14/02/1961 à Quimperlé-sur-Orge.
    Suivie pour une maladie de Huntington ; IRM cérébrale.

    """

  /// Every regular file under the home folder, which holds the XDG folders, the
  /// documents, the history and the cache.
  func assertNoFileHoldsTheText(except allowed: Set<String> = [], file: StaticString = #filePath, line: UInt = #line) {
    let files =
      FileManager.default.enumerator(at: sia.home, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
    var checked = 0
    for url in files where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      guard !allowed.contains(url.lastPathComponent) else { continue }
      checked += 1
      let data = (try? Data(contentsOf: url)) ?? Data()
      for marker in Self.markers where data.range(of: Data(marker.utf8)) != nil {
        XCTFail("\(url.path) holds « \(marker) »", file: file, line: line)
      }
    }
    XCTAssertGreaterThan(checked, 3, "the session wrote files to check", file: file, line: line)
  }

  func testDeclareRecordsTheCountsOfAScanReport() throws {
    try sia.setUpPeople(labHead: false)
    try sia.write(Self.notes, to: "notes.txt")
    let scan = try sia.expect(1, ["scan", "--json", sia.path("notes.txt")])
    try sia.write(scan.stdout, to: "scan.json")
    let name = try sia.declare(extra: ["--scan-report", sia.path("scan.json")])
    let document = try sia.read(name)
    XCTAssertTrue(
      document.contains(
        "Texte vérifié par sia avant l'évaluation (décompte seul, le texte n'est pas conservé) : date de naissance 1, "
          + "ville 1, maladie rare, petit groupe 1, nom de personne 1, contenu de santé 1 — conclusion : données de santé identifiantes."
      ),
      document)
    XCTAssertTrue(document.contains(#""scan":{"counts":{"#), document)
    XCTAssertFalse(document.contains("notes.txt"), "the file name is not recorded")
    try sia.writeAllowedSigners(declarantOnly: true)
    try sia.expect(0, ["verify", name, "--allowed-signers", "allowed_signers"])
    assertNoFileHoldsTheText(except: ["notes.txt", "scan.json"])
    let scanJSON = try sia.read("scan.json")
    XCTAssertFalse(Self.markers.contains { scanJSON.contains($0) }, "the JSON report is masked too")
  }

  /// /verifier, /evaluer with the scan's answers confirmed, /declaration: the document
  /// records the counts, and after the session no file holds the text — not the
  /// declaration, the saved interview or evaluation, the history, the cache.
  func testREPLVerifierEvaluerDeclarationLeaveNoText() throws {
    try sia.setUpPeople(labHead: false)
    let session =
      ["/verifier"] + Self.notes.split(separator: "\n").map(String.init) + [
        ".", "/evaluer Résumer ce compte rendu avec le LLM interne de l'institut",
        "oui", "oui", "oui",  // purpose, data, identifiability (the scan's)
        "1", "oui", "1", "1", "3", "1",  // outputs, training, DPO, authorisations, model size, volume
        "/declaration", "", "oui", "oui", "oui", "oui", "-", "Relecture du résumé par le médecin.", "oui", "/quitter",
      ]
    let result = try sia.run([], input: session.joined(separator: "\n") + "\n")
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(
      result.stdout.contains("D'après la vérification du texte (/verifier)")
        && result.stdout.contains("date de naissance 1, ville 1,"), result.stdout)
    // The REPL wraps its sentences: the path may start on the next line (never cut).
    let written = try XCTUnwrap(
      result.stdout.firstMatch(of: #/Document écrit.:\s+(\S+\.md)/#).map { String($0.output.1) }, result.stdout)
    let document = try String(contentsOfFile: written, encoding: .utf8)
    XCTAssertTrue(
      document.contains(
        "Texte vérifié par sia avant l'évaluation (décompte seul, le texte n'est pas conservé) : date de naissance 1, ville 1, "
          + "maladie rare, petit groupe 1, nom de personne 1, contenu de santé 1 — conclusion : données de santé identifiantes."
      ),
      document)
    XCTAssertFalse(Self.markers.contains { result.stdout.contains($0) }, "the screen shows masked excerpts only")
    assertNoFileHoldsTheText()
  }

  func testAReportThatIsNotOneIsRefusedClearly() throws {
    try sia.setUpPeople(labHead: false)
    try sia.write(#"{"sources":[],"counts":{"names":1}}"#, to: "bad.json")
    let answers = SiaRunner.fixtures.appendingPathComponent("engine-bibliographie.yaml").path
    let base = ["declare", "--answers", answers, "--accept-all", "--use", SiaRunner.use]
    let bad = try sia.expect(2, base + ["--scan-report", sia.path("bad.json")])
    XCTAssertTrue(
      bad.stderr.contains("pas un rapport de sia scan --json utilisable (unknown category 'names')"), bad.stderr)
    let missing = try sia.expect(2, base + ["--scan-report", sia.path("absent.json")])
    XCTAssertTrue(missing.stderr.contains("Fichier introuvable"), missing.stderr)
    let written = try FileManager.default.contentsOfDirectory(atPath: sia.home.path).filter {
      $0.hasPrefix("declaration-")
    }
    XCTAssertEqual(written, [], "no document when the report is refused")
  }
}

extension SiaRunner {
  /// An allowed_signers file with the declarant only.
  func writeAllowedSigners(declarantOnly: Bool) throws {
    let marie = try String(contentsOfFile: path(".config/sia/id_ed25519.pub"), encoding: .utf8)
    let key = marie.split(separator: " ").prefix(2).joined(separator: " ")
    try write("marie.curie@inserm.fr namespaces=\"sia-declaration,sia-training\" \(key)\n", to: "allowed_signers")
  }
}
