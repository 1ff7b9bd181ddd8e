import Foundation
import XCTest

@testable import SiaKit

/// `--pseudonymise`: stable codes, the original recoverable only with the table, both
/// files private.
final class ScanPseudonymiserTests: XCTestCase {
  func testRoundTripWithStableCodes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pseudo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = """
      Mme Jeanne Martin, née le 12/03/1958, vue le 02/04/2024.
      Contact : jeanne.martin@example.fr ; Mme Jeanne Martin rappellera.
      Le traitement par metformine est poursuivi.

      """
    let input = folder.appendingPathComponent("notes.txt")
    try original.write(to: input, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("notes-pseudo.txt").path
    let table = folder.appendingPathComponent("table.tsv").path
    let fd = open(input.path, O_RDONLY)
    defer { close(fd) }
    guard
      case .success(let (_, codes)) = ScanFixture.scanner.pseudonymise(
        fileDescriptor: fd, source: "notes.txt", output: output, table: table)
    else { return XCTFail("pseudonymisation failed") }
    let result = try String(contentsOfFile: output, encoding: .utf8)
    XCTAssertEqual(
      result,
      """
      Mme [PERSONNE-1], née le [DATE-1], vue le [DATE-2].
      Contact : [COURRIEL-1] ; Mme [PERSONNE-1] rappellera.
      Le traitement par metformine est poursuivi.

      """)
    XCTAssertEqual(codes, 4)
    // The table restores the original exactly.
    var restored = result
    for row in try String(contentsOfFile: table, encoding: .utf8).split(separator: "\n").dropFirst() {
      let fields = row.split(separator: "\t", maxSplits: 1).map(String.init)
      restored = restored.replacingOccurrences(of: fields[0], with: fields[1])
    }
    XCTAssertEqual(restored, original)
    for path in [output, table] {
      let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
      XCTAssertEqual(mode, 0o600, path)
    }
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
      ["notes-pseudo.txt", "notes.txt", "table.tsv"], "no temporary left")
  }

  func testNothingWrittenWhenTheInputIsBad() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pseudo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("bin")
    try Data([0x41, 0x00, 0x42]).write(to: input)
    let fd = open(input.path, O_RDONLY)
    defer { close(fd) }
    let result = ScanFixture.scanner.pseudonymise(
      fileDescriptor: fd, source: "bin", output: folder.appendingPathComponent("out").path,
      table: folder.appendingPathComponent("t").path)
    guard case .failure(.binary) = result else { return XCTFail("expected a binary-file problem") }
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["bin"])
  }

  func testLexiconProblemsAreFileLineDiagnostics() {
    let (lexicon, diagnostics) = MedicalLexiconLoader.parse(
      """
      sources:
        - id: cim10
          cite: "CIM-10"
      groups:
        - id: a
          kind: diagnostic
          source: cim10
          fr: [diabète]
        - id: b
          kind: maladie
          source: nowhere
          fr: [x]
        - id: c
          kind: traitement
          source: inconnue
          fr: [insuline]
      """, file: "scan/lexique-medical.yaml")
    XCTAssertEqual(lexicon.count, 2)
    XCTAssertTrue(
      diagnostics.contains {
        $0.description
          == "scan/lexique-medical.yaml:10: error: b: unknown kind 'maladie' (expected one of: diagnostic, traitement, resultat, rare)"
      }, "\(diagnostics)")
    XCTAssertTrue(diagnostics.contains { $0.message.contains("unknown source 'inconnue'") })
  }

  func testTheShippedLexiconIsClean() {
    let (lexicon, diagnostics) = MedicalLexiconLoader.load(
      root: ScanFixture.repositoryRoot.appendingPathComponent("Knowledge").path)
    XCTAssertEqual(diagnostics, [])
    XCTAssertGreaterThan(lexicon.count, 400)
  }
}
