import Foundation
import SiaKit
import XCTest

@testable import SiaRegistry

/// The index is a cache of verifications: a re-run verifies only what changed, notices
/// what is gone, and losing or damaging it loses nothing.
final class RegistryIndexTests: XCTestCase {
  var fixtures: RegistryFixtures!
  var dataFolder: String!

  override func setUpWithError() throws {
    fixtures = try RegistryFixtures()
    dataFolder = NSTemporaryDirectory() + "sia-registry-data-\(UUID().uuidString)"
  }

  override func tearDown() {
    fixtures.remove()
    try? FileManager.default.removeItem(atPath: dataFolder)
  }

  func testRerunVerifiesOnlyNewAndChangedFilesAndNoticesRemovedOnes() throws {
    let first = try fixtures.write(try RegistryFixtures.declaration(), in: "marie", slug: "un")
    let second = try fixtures.write(
      try RegistryFixtures.declaration("answers-conditions.yaml"), in: "marie", slug: "deux")
    try fixtures.write(try RegistryFixtures.declaration(), in: "irene/sub", slug: "trois")
    let index = RegistryIndex(folder: dataFolder)
    XCTAssertEqual(index.notices, [])
    var outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual([outcome.new, outcome.changed, outcome.unchanged, outcome.removed], [3, 0, 0, 0])

    outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual([outcome.new, outcome.changed, outcome.unchanged, outcome.removed], [0, 0, 3, 0])

    // Approving changes the document's companions: verified again, now approved.
    try fixtures.approve(first)
    try FileManager.default.removeItem(atPath: second)
    try FileManager.default.removeItem(atPath: second + ".sig")
    outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual([outcome.new, outcome.changed, outcome.unchanged, outcome.removed], [0, 1, 1, 1])
    let entries = try index.entries(under: [fixtures.folder], matching: fixtures.query())
    XCTAssertEqual(entries.count, 2)
    XCTAssertEqual(entries.first { $0.path == first }?.approval, .approved)
    XCTAssertEqual(entries.first { $0.path == first }?.approverName, "Paul Langevin")
  }

  func testATouchedButUnchangedFileIsNotVerifiedAgain() throws {
    let path = try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    let index = RegistryIndex(folder: dataFolder)
    _ = try fixtures.scanner().scan([fixtures.folder], index: index)
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: path)
    let outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual([outcome.new, outcome.changed, outcome.unchanged], [0, 0, 1])
  }

  func testAnEditAfterSigningIsCaughtOnTheNextRun() throws {
    let path = try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    let index = RegistryIndex(folder: dataFolder)
    _ = try fixtures.scanner().scan([fixtures.folder], index: index)
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "Marie Curie", with: "Marie Kurie")
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual(outcome.changed, 1)
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).first?.signature, .invalid)
  }

  func testDeletingTheIndexLosesNothing() throws {
    let path = try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    try fixtures.approve(path)
    var index: RegistryIndex? = RegistryIndex(folder: dataFolder)
    _ = try fixtures.scanner().scan([fixtures.folder], index: index!)
    let before = try index!.entries(under: [fixtures.folder], matching: fixtures.query())
    index = nil
    try FileManager.default.removeItem(atPath: dataFolder)
    let again = RegistryIndex(folder: dataFolder)
    let outcome = try fixtures.scanner().scan([fixtures.folder], index: again)
    XCTAssertEqual(outcome.new, 1)
    XCTAssertEqual(try again.entries(under: [fixtures.folder], matching: fixtures.query()), before)
  }

  func testACorruptedIndexIsRebuiltWithANotice() throws {
    try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
    let path = dataFolder + "/" + RegistryIndex.fileName
    try Data(repeating: 0x42, count: 8192).write(to: URL(fileURLWithPath: path))
    let index = RegistryIndex(folder: dataFolder)
    XCTAssertEqual(index.notices, [.rebuilt(path: path)])
    XCTAssertTrue(index.persists)
    XCTAssertEqual(try fixtures.scanner().scan([fixtures.folder], index: index).new, 1)
    XCTAssertTrue(index.notices.first!.problem.text(.fr).contains("reconstruit"))
  }

  func testABusyIndexIsReadOnlyAndKeepsWhatItHad() throws {
    try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    do {
      let writer = RegistryIndex(folder: dataFolder)
      _ = try fixtures.scanner().scan([fixtures.folder], index: writer)
    }
    // Another process holds the write lock.
    let descriptor = open(dataFolder + "/" + RegistryIndex.fileName + ".lock", O_RDWR)
    XCTAssertGreaterThanOrEqual(descriptor, 0)
    defer { close(descriptor) }
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    holder.arguments = ["-x", dataFolder + "/" + RegistryIndex.fileName + ".lock", "sleep", "5"]
    try holder.run()
    defer { holder.terminate() }
    usleep(300_000)
    let busy = RegistryIndex(folder: dataFolder)
    XCTAssertEqual(busy.notices, [.busy])
    XCTAssertFalse(busy.persists)
    try fixtures.write(try RegistryFixtures.declaration(), slug: "deux")
    let outcome = try fixtures.scanner().scan([fixtures.folder], index: busy)
    XCTAssertEqual([outcome.new, outcome.unchanged], [1, 1], "the busy index's lines are used, the new file verified")
  }

  func testAnUnwritableDataFolderGivesAnIndexInMemory() throws {
    try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    // A data folder below a regular file can never be made, even by root.
    let blocker = fixtures.folder + "/fichier"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let index = RegistryIndex(folder: blocker + "/sia")
    XCTAssertEqual(index.notices, [.unavailable(folder: blocker + "/sia")])
    XCTAssertFalse(index.persists)
    XCTAssertEqual(try fixtures.scanner().scan([fixtures.folder], index: index).new, 1)
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).count, 1)
  }

  func testTenThousandNonSiaFilesAreSkippedWithoutVerification() throws {
    let other = fixtures.folder + "/partage"
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
    for number in 0..<10_000 {
      let name = number % 3 == 0 ? "note-\(number).md" : "data-\(number).csv"
      // fopen, not FileManager.createFile: that one syncs every file to disk.
      let file = fopen("\(other)/\(name)", "w")
      XCTAssertNotNil(file)
      fputs("# \(number)\n", file)
      fclose(file)
    }
    // A signed Markdown file that is not a sia document is skipped too.
    try Data("# README\n".utf8).write(to: URL(fileURLWithPath: other + "/README.md"))
    _ = try DocumentSigner.sign(path: other + "/README.md", key: fixtures.declarantKey, namespace: "file", force: true)
    try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    let index = RegistryIndex()
    let outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual(outcome.new, 1)
    XCTAssertEqual(outcome.ignored, 10_001)
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).count, 1)
  }

  func testTheIndexKeepsOnlyTheScannedFoldersApart() throws {
    try fixtures.write(try RegistryFixtures.declaration(), in: "a", slug: "un")
    try fixtures.write(try RegistryFixtures.declaration(), in: "ab", slug: "deux")
    let index = RegistryIndex(folder: dataFolder)
    _ = try fixtures.scanner().scan([fixtures.folder + "/a", fixtures.folder + "/ab"], index: index)
    // Scanning only `a` must neither list nor forget what lies in `ab`.
    let outcome = try fixtures.scanner().scan([fixtures.folder + "/a"], index: index)
    XCTAssertEqual([outcome.unchanged, outcome.removed], [1, 0])
    XCTAssertEqual(try index.entries(under: [fixtures.folder + "/a"], matching: fixtures.query()).count, 1)
    XCTAssertEqual(try index.entries(under: [fixtures.folder + "/ab"], matching: fixtures.query()).count, 1)
  }
}
