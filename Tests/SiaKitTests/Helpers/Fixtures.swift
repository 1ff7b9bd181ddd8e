import Foundation
import XCTest

@testable import SiaKit

/// Files shared by the kit's tests: `Tests/SiaKitTests/Fixtures/…` and the repository's Knowledge/.
enum Fixtures {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// `Tests/SiaKitTests/Fixtures`, wherever the test asking for it sits.
  static let folder = repositoryRoot.appendingPathComponent("Tests/SiaKitTests/Fixtures")
  static let knowledgeRoot = repositoryRoot.appendingPathComponent("Knowledge").path

  static func text(_ relative: String) throws -> String {
    try String(
      contentsOf: repositoryRoot.appendingPathComponent("Tests/SiaKitTests/Fixtures/\(relative)"), encoding: .utf8)
  }

  /// Non-empty, non-comment lines split at tabs.
  static func rows(_ relative: String) throws -> [[String]] {
    try text(relative).split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// The real knowledge base: the repository's Knowledge/, or SIA_TEST_KNOWLEDGE.
  /// Skips the test while the guide has not landed in the repository.
  static func realKnowledge() throws -> KnowledgeBase {
    let root =
      ProcessInfo.processInfo.environment["SIA_TEST_KNOWLEDGE"]
      ?? repositoryRoot.appendingPathComponent("Knowledge").path
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    if knowledge.sections.isEmpty { throw XCTSkip("no guide section in \(root)") }
    return knowledge
  }
}
