import Foundation
import XCTest

@testable import SiaKit

/// Issue 13 item 7: the cache folder is used only when it is a real folder of the user,
/// closed to others (0700). Whoever could write there could hand sia a guide of their
/// own; sia then does without a cache — same answers, no crash.
final class CachePrivacyTests: XCTestCase {
  var scratch: URL!
  var root: String { scratch.appendingPathComponent("Knowledge").path }
  var cacheFolder: String { scratch.appendingPathComponent("cache").path }

  override func setUpWithError() throws {
    scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sia-cache-privacy-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Fixtures.repositoryRoot.appendingPathComponent("Knowledge").path, toPath: root)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: scratch) }

  /// Loads twice; says whether the second load came from the cache.
  func secondLoadIsCached() -> Bool {
    let cache = KnowledgeCache(folder: cacheFolder, program: "test-program")
    _ = cache.entry(root: root).knowledge { KnowledgeLoader.load(root: root) }
    var fromFiles = false
    let result = cache.entry(root: root).knowledge {
      fromFiles = true
      return KnowledgeLoader.load(root: root)
    }
    XCTAssertFalse(result.knowledge.sections.isEmpty)
    return !fromFiles
  }

  func testAFolderItCreatesIsPrivateAndUsed() throws {
    XCTAssertTrue(secondLoadIsCached())
    let mode = try FileManager.default.attributesOfItem(atPath: cacheFolder)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o700)
  }

  func testAFolderOthersCanReadOrWriteIsNotUsed() throws {
    for mode in [0o755, 0o770, 0o707, 0o711] {
      try? FileManager.default.removeItem(atPath: cacheFolder)
      try FileManager.default.createDirectory(
        atPath: cacheFolder, withIntermediateDirectories: false, attributes: [.posixPermissions: mode])
      XCTAssertFalse(secondLoadIsCached(), "mode \(String(mode, radix: 8))")
      XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheFolder), [], "nothing written in it")
    }
  }

  func testALinkToAFolderIsNotUsed() throws {
    let real = scratch.appendingPathComponent("elsewhere").path
    try FileManager.default.createDirectory(
      atPath: real, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    try FileManager.default.createSymbolicLink(atPath: cacheFolder, withDestinationPath: real)
    XCTAssertFalse(secondLoadIsCached())
  }

  func testAFolderOfAnotherUserIsNotUsed() throws {
    guard geteuid() == 0 else { throw XCTSkip("changing a folder's owner needs root") }
    try FileManager.default.createDirectory(
      atPath: cacheFolder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    XCTAssertEqual(chown(cacheFolder, 65_534, 65_534), 0)
    XCTAssertFalse(secondLoadIsCached())
  }
}
