import XCTest

@testable import SiaKit

/// What `sia lint` checks in `Knowledge/scan/lexique-medical.yaml`, as FORMAT.md (« Scan
/// lexicon ») lists it: each check on a file holding that one mistake, with its line.
final class ScanLexiconLintTests: XCTestCase {
  static let valid = """
    sources:
      - id: cim10
        cite: "CIM-10"
    groups:
      - id: diagnostics
        kind: diagnostic
        source: cim10
        fr: [diabète, maladie d'Alzheimer]
        en: [diabetes]

    """

  func diagnostics(_ text: String) -> [Diagnostic] {
    MedicalLexiconLoader.parse(text, file: "scan/lexique-medical.yaml").diagnostics
  }

  func assertOne(
    _ text: String, _ message: String, line: Int, severity: Diagnostic.Severity = .error,
    file: StaticString = #filePath,
    sourceLine: UInt = #line
  ) {
    let found = diagnostics(text)
    XCTAssertEqual(found.count, 1, "\(found)", file: file, line: sourceLine)
    guard let first = found.first else { return }
    XCTAssertTrue(first.message.contains(message), first.message, file: file, line: sourceLine)
    XCTAssertEqual(first.line, line, "\(first)", file: file, line: sourceLine)
    XCTAssertEqual(first.severity, severity, file: file, line: sourceLine)
  }

  func testTheShippedLexiconAndTheExampleAreClean() throws {
    XCTAssertEqual(diagnostics(Self.valid), [])
    let shipped = MedicalLexiconLoader.load(root: ScanFixture.repositoryRoot.appendingPathComponent("Knowledge").path)
    XCTAssertEqual(shipped.diagnostics.filter { $0.severity == .error }, [])
    XCTAssertGreaterThan(shipped.lexicon.count, 400)
    let (lexicon, _) = MedicalLexiconLoader.parse(Self.valid, file: "x.yaml")
    XCTAssertEqual(lexicon.count, 3)
  }

  func testFieldsOfTheFileAndOfSources() {
    assertOne(Self.valid + "terms: []\n", "unknown field 'terms'", line: 10)
    assertOne(Self.valid.replacingOccurrences(of: "    cite: \"CIM-10\"\n", with: ""), "cite", line: 2)
    assertOne(
      Self.valid.replacingOccurrences(of: "    cite: \"CIM-10\"\n", with: "    cite: \"CIM-10\"\n    url: x\n"),
      "unknown field 'url'", line: 4)
    assertOne(
      Self.valid.replacingOccurrences(of: "groups:", with: "  - id: cim10\n    cite: \"again\"\ngroups:"),
      "duplicate source id", line: 4)
  }

  func testFieldsAndValuesOfGroups() {
    assertOne(
      Self.valid.replacingOccurrences(of: "kind: diagnostic", with: "kind: symptome"), "unknown kind 'symptome'",
      line: 6)
    assertOne(
      Self.valid.replacingOccurrences(of: "source: cim10", with: "source: mesh"), "unknown source 'mesh'", line: 7)
    assertOne(
      Self.valid.replacingOccurrences(of: "    kind: diagnostic\n", with: "    kind: diagnostic\n    note: x\n"),
      "unknown field 'note'", line: 7)
    assertOne(
      Self.valid.replacingOccurrences(of: "    fr: [diabète, maladie d'Alzheimer]\n    en: [diabetes]\n", with: ""),
      "group has no term", line: 5)
    let twice = Self.valid + "  - id: diagnostics\n    kind: rare\n    source: cim10\n    fr: [mucoviscidose]\n"
    assertOne(twice, "duplicate group id", line: 10)
    assertOne(
      Self.valid.replacingOccurrences(of: "en: [diabetes]", with: "en: [diabetes, [x]]"), "must list text values",
      line: 9)
  }

  func testTerms() {
    assertOne(
      Self.valid.replacingOccurrences(of: "en: [diabetes]", with: "en: [diabetes, \"2024\"]"), "must hold a word",
      line: 5)
    assertOne(
      Self.valid.replacingOccurrences(of: "en: [diabetes]", with: "en: [diabetes, a b c d e f g h i]"),
      "at most 8 tokens", line: 5)
    assertOne(
      Self.valid.replacingOccurrences(of: "en: [diabetes]", with: "en: [diabetes, Diabetes]"), "listed twice", line: 5,
      severity: .warning)
    let other = Self.valid + "  - id: autres\n    kind: resultat\n    source: cim10\n    fr: [Diabète]\n"
    assertOne(other, "also in group 'diagnostics'", line: 10, severity: .warning)
  }
}
