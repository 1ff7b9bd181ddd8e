import Foundation
import XCTest

@testable import SiaKit

final class SynonymsTests: XCTestCase {
  func load(_ yaml: String) throws -> (groups: [SynonymGroup], diagnostics: [String]) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("sia-synonyms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try yaml.write(to: root.appendingPathComponent("synonyms.yaml"), atomically: true, encoding: .utf8)
    let loaded = Synonyms.load(root: root.path)
    let knowledge = KnowledgeBase(
      root: root.path, institute: Institute(values: [:]), themes: [], sections: [], faq: [], version: "")
    let lint = Synonyms.check(knowledge)
    return (loaded.groups, lint.sortedForReport.map(\.description))
  }

  func testGroupsLoadWithTheirLines() throws {
    let loaded = try load("# comment\n- [RGPD, GDPR]\n- [AIPD, DPIA, \"analyse d'impact\"]\n")
    XCTAssertEqual(loaded.groups.map(\.terms), [["RGPD", "GDPR"], ["AIPD", "DPIA", "analyse d'impact"]])
    XCTAssertEqual(loaded.groups.map(\.line), [2, 3])
    XCTAssertEqual(loaded.diagnostics, [])
  }

  func testEveryProblemIsReportedWithItsLine() throws {
    let loaded = try load("- [RGPD]\n- RGPD\n- [a, {x: 1}]\n- [le, la]\n- [GDPR, RGPD, gdpr]\n- [RGPD, GDPR]\n")
    XCTAssertEqual(loaded.groups.map(\.terms), [["le", "la"], ["GDPR", "RGPD"], ["RGPD", "GDPR"]])
    XCTAssertEqual(
      loaded.diagnostics,
      [
        "synonyms.yaml:1: error: a group needs at least two terms",
        "synonyms.yaml:2: error: a group must be a list of terms, e.g. - [RGPD, GDPR]",
        "synonyms.yaml:3: error: a group needs at least two terms",
        "synonyms.yaml:3: error: a term must be a text value",
        "synonyms.yaml:4: error: 'la' has only stop words: it can never match",
        "synonyms.yaml:4: error: 'le' has only stop words: it can never match",
        "synonyms.yaml:5: warning: 'gdpr' is listed twice in the group",
        "synonyms.yaml:6: warning: 'GDPR' is also in the group at line 5: merge the groups",
        "synonyms.yaml:6: warning: 'RGPD' is also in the group at line 5: merge the groups",
      ])
  }

  func testAMissingFileIsNoProblemAndInvalidYAMLIsOne() throws {
    XCTAssertEqual(Synonyms.load(root: "/nonexistent").diagnostics, [])
    XCTAssertEqual(try load("- [a, b\n").diagnostics.first?.hasPrefix("synonyms.yaml:"), true)
  }

  func testTheRepositoryFileIsClean() {
    let root = Fixtures.repositoryRoot.appendingPathComponent("Knowledge").path
    let knowledge = KnowledgeBase(
      root: root, institute: Institute(values: [:]), themes: [], sections: [], faq: [], version: "")
    XCTAssertEqual(Synonyms.check(knowledge), [])
    XCTAssertGreaterThanOrEqual(Synonyms.load(root: root).groups.count, 10)
  }
}
