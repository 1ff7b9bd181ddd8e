import Foundation
import XCTest

/// `sia scan` as scripts and people meet it: exit 0/1/2 like a linter, JSON, clear
/// messages for what cannot be scanned, the pseudonymised copy; and `/verifier`, whose
/// text ends up in no file.
final class ScanCommandTests: XCTestCase {
  var runner: SiaRunner!

  override func setUpWithError() throws { runner = try SiaRunner() }
  override func tearDown() { runner.cleanUp() }

  func write(_ name: String, _ data: Data) throws -> String {
    let url = runner.home.appendingPathComponent(name)
    try data.write(to: url)
    return url.path
  }

  func testExitStatusesLikeALinter() throws {
    let clean = try write("clean.txt", Data("Le protocole est amendé ; le budget est validé.\n".utf8))
    let notes = try write("notes.txt", Data("Patiente née le 12/03/1958 à Roubaix. Diabète de type 2.\n".utf8))
    let nothing = try runner.run(["scan", clean])
    XCTAssertEqual(nothing.status, 0, nothing.stderr)
    XCTAssertTrue(nothing.stdout.contains("aucune donnée personnelle détectée — ce n'est pas une preuve d'anonymat"))
    let found = try runner.run(["scan", notes])
    XCTAssertEqual(found.status, 1)
    XCTAssertTrue(found.stdout.contains("Conclusion : données de santé identifiantes"), found.stdout)
    XCTAssertFalse(found.stdout.contains("Roubaix"), "excerpts are masked")
    let missing = try runner.run(["scan", notes, runner.home.appendingPathComponent("absent.txt").path])
    XCTAssertEqual(missing.status, 2)
    XCTAssertTrue(missing.stderr.contains("absent.txt"), missing.stderr)
    XCTAssertTrue(missing.stdout.contains("notes.txt"), "the other file is still scanned")
    let none = try runner.run(["scan"])
    XCTAssertEqual(none.status, 2)
  }

  func testStandardInputAndJSON() throws {
    let result = try runner.run(["scan", "--json", "-"], input: "password = \"Tr0ub4dor&3x\"\nDr Marie Curie\n")
    XCTAssertEqual(result.status, 1)
    let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let counts = try XCTUnwrap(json["counts"] as? [String: Int])
    XCTAssertEqual(counts["credential"], 1)
    XCTAssertEqual(counts["name"], 1)
    let conclusion = try XCTUnwrap(json["conclusion"] as? [String: Any])
    XCTAssertEqual(conclusion["secrets"] as? Bool, true)
    XCTAssertFalse(result.stdout.contains("Tr0ub4dor"))
  }

  func testBadInputsGetAClearMessageAndStatusTwo() throws {
    let cases: [(String, Data, String)] = [
      ("binary.bin", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02]), "fichier binaire"),
      ("latin1.txt", Data([0x6E, 0xE9, 0x20, 0x6C, 0x65, 0x0A]), "ligne 1 : texte non UTF-8"),
      ("long.txt", Data(repeating: 0x61, count: 2 << 20), "ligne 1 plus longue que 1 Mio"),
    ]
    for (name, data, message) in cases {
      let path = try write(name, data)
      let result = try runner.run(["scan", path])
      XCTAssertEqual(result.status, 2, name)
      XCTAssertTrue(result.stderr.contains(message), "\(name): \(result.stderr)")
      XCTAssertFalse(result.stderr.contains("Fatal error"))
    }
    let folder = try runner.run(["scan", runner.home.path])
    XCTAssertEqual(folder.status, 2)
    XCTAssertTrue(folder.stderr.contains("c'est un dossier"))
  }

  func testOneGigabyteFileIsRefusedAtOnce() throws {
    let path = runner.home.appendingPathComponent("huge.txt").path
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: 1 << 30)  // sparse: no gigabyte is written
    try handle.close()
    let result = try runner.run(["scan", path])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.stderr.contains("trop grand"), result.stderr)
  }

  func testPseudonymiseSaysItIsNotAnonymous() throws {
    let notes = try write("notes.txt", Data("Mme Jeanne Martin, née le 12/03/1958.\n".utf8))
    let out = runner.home.appendingPathComponent("out.txt").path
    let result = try runner.run(["scan", notes, "--pseudonymise", out])
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(try String(contentsOfFile: out, encoding: .utf8), "Mme [PERSONNE-1], née le [DATE-1].\n")
    XCTAssertTrue(result.stdout.contains("toujours des données personnelles, pas des données anonymes"))
    XCTAssertTrue(FileManager.default.fileExists(atPath: out + ".table.tsv"))
    let same = try runner.run(["scan", notes, "--pseudonymise", notes])
    XCTAssertEqual(same.status, 2)
  }

  func testPastedTextIsInNoFileAfterAREPLSession() throws {
    let marker = "Kwazimodo"
    let result = try runner.run([], input: "/verifier\nMme Zebulon \(marker), née le 12/03/1958\n/aide\n.\n/quitter\n")
    XCTAssertEqual(result.status, 0)
    XCTAssertTrue(result.stdout.contains("Conclusion : données personnelles identifiantes"), result.stdout)
    XCTAssertFalse(result.stdout.contains(marker), "the report shows masked excerpts only")
    let files =
      FileManager.default.enumerator(at: runner.home, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
    for file in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
      let data = (try? Data(contentsOf: file)) ?? Data()
      XCTAssertNil(data.range(of: Data(marker.utf8)), "\(file.path) holds the pasted text")
    }
  }
}
