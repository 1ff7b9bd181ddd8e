import Foundation
import SiaKit
import XCTest

/// The repository's real decision data, loaded once for the kit's tests.
enum DecisionFixtures {
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let knowledgeRoot = repositoryRoot.appendingPathComponent("Knowledge").path
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static let loaded = DecisionLoader.load(root: knowledgeRoot)
  static var model: DecisionModel { loaded.model }
  static var engine: Engine { Engine(model: model) }

  static func files(in folder: String, suffix: String) -> [URL] {
    let url = fixtures.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted().map { url.appendingPathComponent($0) }
  }
}
