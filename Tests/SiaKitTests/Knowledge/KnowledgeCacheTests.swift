import Foundation
import XCTest

@testable import SiaKit

/// The start-up cache must be invisible: the same guide, the same answers, and any
/// change, damage or doubt sends `sia` back to the files.
final class KnowledgeCacheTests: XCTestCase {
  var scratch: URL!
  var root: String { scratch.appendingPathComponent("Knowledge").path }
  var cacheFolder: String { scratch.appendingPathComponent("cache").path }

  override func setUpWithError() throws {
    scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sia-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Fixtures.repositoryRoot.appendingPathComponent("Knowledge").path, toPath: root)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: cacheFolder)
    try? FileManager.default.removeItem(at: scratch)
  }

  func cache(program: String = "test-program") -> KnowledgeCache {
    KnowledgeCache(folder: cacheFolder, program: program)
  }

  /// Loads through the cache and says whether the files were read.
  func load(_ cache: KnowledgeCache) -> (result: KnowledgeLoader.Result, fromFiles: Bool) {
    var fromFiles = false
    let result = cache.entry(root: root).knowledge {
      fromFiles = true
      return KnowledgeLoader.load(root: root)
    }
    return (result, fromFiles)
  }

  func assertSame(
    _ a: KnowledgeLoader.Result, _ b: KnowledgeLoader.Result, file: StaticString = #filePath, line: UInt = #line
  ) {
    XCTAssertEqual(a.knowledge.root, b.knowledge.root, file: file, line: line)
    XCTAssertEqual(a.knowledge.sections, b.knowledge.sections, file: file, line: line)
    XCTAssertEqual(a.knowledge.faq, b.knowledge.faq, file: file, line: line)
    XCTAssertEqual(a.knowledge.themes, b.knowledge.themes, file: file, line: line)
    XCTAssertEqual(a.knowledge.institute.values, b.knowledge.institute.values, file: file, line: line)
    XCTAssertEqual(a.diagnostics, b.diagnostics, file: file, line: line)
  }

  func testSecondLoadComesFromTheCacheAndEqualsTheFiles() throws {
    let first = load(cache())
    XCTAssertTrue(first.fromFiles)
    let second = load(cache())
    XCTAssertFalse(second.fromFiles, "an unchanged folder must be served from the cache")
    assertSame(second.result, KnowledgeLoader.load(root: root))
    XCTAssertFalse(second.result.knowledge.sections.isEmpty)
    let files = try FileManager.default.contentsOfDirectory(atPath: cacheFolder)
    XCTAssertEqual(files.filter { $0.hasSuffix(".guide") }.count, 1)
    let mode = try FileManager.default.attributesOfItem(atPath: "\(cacheFolder)/\(files[0])")[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
  }

  func testCachedSearchAnswersExactlyAsABuiltOne() throws {
    let knowledge = load(cache()).result.knowledge
    var built = false
    _ = cache().entry(root: root).search(knowledge) {
      built = true
      return GuideSearch.load(knowledge)
    }
    XCTAssertTrue(built)
    let cached = cache().entry(root: root).search(knowledge) {
      XCTFail("the index should come from the cache")
      return GuideSearch.load(knowledge)
    }
    let fresh = GuideSearch.load(knowledge)
    XCTAssertEqual(cached.keywords, fresh.keywords)
    XCTAssertEqual(cached.engine.index.termCount, fresh.engine.index.termCount)
    let questions =
      try Fixtures.rows("retrieval/questions.tsv").map { $0[0] } + [
        "health data and ChatGPT", "donnes de sante", "IA générative", "xyzzy plugh",
      ]
    for question in questions {
      for lang in Lang.allCases {
        let a = cached.ask(question, lang: lang), b = fresh.ask(question, lang: lang)
        XCTAssertEqual(a.results.map(\.id), b.results.map(\.id), question)
        XCTAssertEqual(a.results.map(\.score), b.results.map(\.score), question)
        XCTAssertEqual(a.results.map(\.snippet), b.results.map(\.snippet), question)
        XCTAssertEqual(a.understood, b.understood, question)
      }
    }
  }

  func testEveryPassageAnalysedInTheCacheEqualsAFreshAnalysis() throws {
    let knowledge = load(cache()).result.knowledge
    _ = cache().entry(root: root).search(knowledge) { GuideSearch.load(knowledge) }
    let cached = cache().entry(root: root).search(knowledge) { GuideSearch.load(knowledge) }
    let store = try XCTUnwrap(cached.snippetStore, "a search read from the cache carries its analysed passages")
    let fresh = GuideSearch.load(knowledge)
    func flat(_ text: AnalyzedText) -> [String] {
      text.sentences.flatMap { sentence in
        [sentence.text] + sentence.words.map { "\(sentence.text[$0.range]) \($0.terms)" }
      }
    }
    var compared = 0
    for (key, text) in fresh.allAnalyzedTexts() {
      let stored = try XCTUnwrap(store.analyzed(key), "passage key \(key) missing from the cache")
      XCTAssertEqual(flat(stored), flat(text), "passage key \(key)")
      compared += 1
    }
    XCTAssertGreaterThan(compared, knowledge.sections.count + knowledge.faq.count)
  }

  func testAnEditedFileIsReadAgain() throws {
    _ = load(cache())
    let path = "\(root)/guide/donnees-sante.md"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacingOccurrences(of: "catégories particulières", with: "catégories très particulières")
      .write(toFile: path, atomically: false, encoding: .utf8)
    let again = load(cache())
    XCTAssertTrue(again.fromFiles)
    XCTAssertTrue(again.result.knowledge.section("donnees-sante")?.body.contains("très particulières") == true)
    XCTAssertFalse(load(cache()).fromFiles, "the new content is cached in turn")
  }

  func testAnAddedOrRemovedFileIsNoticed() throws {
    _ = load(cache())
    try FileManager.default.removeItem(atPath: "\(root)/guide/donnees-sante.md")
    let removed = load(cache())
    XCTAssertTrue(removed.fromFiles)
    XCTAssertNil(removed.result.knowledge.section("donnees-sante"))
    try "---\nid: broken\n---\n".write(toFile: "\(root)/guide/broken.md", atomically: true, encoding: .utf8)
    let added = load(cache())
    XCTAssertTrue(added.fromFiles)
    XCTAssertTrue(added.result.diagnostics.contains { $0.file == "guide/broken.md" })
    // Diagnostics come back from the cache too: the warnings do not vanish on the second run.
    let cached = load(cache())
    XCTAssertFalse(cached.fromFiles)
    XCTAssertEqual(cached.result.diagnostics, added.result.diagnostics)
  }

  func testTheVersionIsHashedOnceWhileTheFolderIsUnchanged() throws {
    let expected = KnowledgeVersion.hash(root: root)
    XCTAssertEqual(load(cache()).result.knowledge.version, expected)
    XCTAssertEqual(
      cache().entry(root: root).version {
        XCTFail("hashed again"); return ""
      }, expected)
    XCTAssertEqual(load(cache()).result.knowledge.version, expected)
    try "\n# changed\n".write(toFile: "\(root)/synonyms.yaml", atomically: true, encoding: .utf8)
    let changed = load(cache()).result.knowledge.version
    XCTAssertNotEqual(changed, expected)
    XCTAssertEqual(changed, KnowledgeVersion.hash(root: root))
  }

  func testAnotherSpellingOfTheSameFolderUsesTheCache() {
    _ = load(cache())
    var fromFiles = false
    let respelled = root + "/."
    let result = cache().entry(root: respelled).knowledge {
      fromFiles = true
      return KnowledgeLoader.load(root: respelled)
    }
    XCTAssertFalse(fromFiles)
    XCTAssertEqual(result.knowledge.root, respelled, "the knowledge keeps the caller's spelling of its folder")
  }

  func testAnotherBuildOfTheProgramDoesNotReadTheCache() {
    _ = load(cache(program: "build-1"))
    XCTAssertTrue(load(cache(program: "build-2")).fromFiles)
  }

  func testADamagedCacheIsIgnored() throws {
    _ = load(cache())
    let file = try XCTUnwrap(
      try FileManager.default.contentsOfDirectory(atPath: cacheFolder).first { $0.hasSuffix(".guide") })
    let path = "\(cacheFolder)/\(file)"
    let original = try Data(contentsOf: URL(fileURLWithPath: path))
    var damaged: [Data] = [Data(), original.prefix(10), original.prefix(original.count / 2), original + Data([0])]
    for offset in [0, 12, 45, 60, original.count / 3, original.count - 1] {
      var flipped = original
      flipped[offset] ^= 0x40
      damaged.append(flipped)
    }
    for bytes in damaged {
      try bytes.write(to: URL(fileURLWithPath: path))
      let result = load(cache())
      XCTAssertTrue(result.fromFiles, "damaged cache of \(bytes.count) bytes was used")
      assertSame(result.result, KnowledgeLoader.load(root: root))
    }
  }

  func testAnUnwritableCacheFolderOnlyCostsTime() throws {
    try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: cacheFolder)
    guard access(cacheFolder, W_OK) != 0 else { throw XCTSkip("running as a user who can write anywhere") }
    XCTAssertTrue(load(cache()).fromFiles)
    let again = load(cache())
    XCTAssertTrue(again.fromFiles)
    XCTAssertFalse(again.result.knowledge.sections.isEmpty)
  }

  func testNoCacheWhenTheEnvironmentSaysSo() {
    XCTAssertNil(KnowledgeCache.fromEnvironment(["SIA_NO_CACHE": "1", "HOME": "/tmp"]))
    XCTAssertEqual(
      KnowledgeCache.fromEnvironment(["HOME": "/home/u", "XDG_CACHE_HOME": "/var/c"])?.folder, "/var/c/sia")
    XCTAssertEqual(KnowledgeCache.fromEnvironment(["HOME": "/home/u"])?.folder, "/home/u/.cache/sia")
  }
}

/// The archive reader is fed bytes it did not write (a damaged file that passed the
/// checksum by chance, a future format): it must throw, never trap.
final class BinaryArchiveTests: XCTestCase {
  func testRoundTrip() throws {
    var writer = ArchiveWriter()
    writer.write(count: 300)
    writer.write(-5)
    writer.write(Int.min)
    writer.write(true)
    writer.write(3.25)
    writer.write("données 🙂")
    writer.write(raw: [Int32(1), -2, 3])
    writer.write(raw: [Float(0.5)])
    writer.write(["a", "bé"])
    writer.write(Optional<String>.none)
    writer.write(Optional("x"))
    var reader = ArchiveReader(writer.bytes)
    XCTAssertEqual(try reader.readCount(), 300)
    XCTAssertEqual(try reader.readInt(), -5)
    XCTAssertEqual(try reader.readInt(), Int.min)
    XCTAssertEqual(try reader.readBool(), true)
    XCTAssertEqual(try reader.readDouble(), 3.25)
    XCTAssertEqual(try reader.readString(), "données 🙂")
    XCTAssertEqual(try reader.readRaw() as [Int32], [1, -2, 3])
    XCTAssertEqual(try reader.readRaw() as [Float], [0.5])
    XCTAssertEqual(try reader.readArray(String.self), ["a", "bé"])
    XCTAssertNil(try reader.readOptional(String.self))
    XCTAssertEqual(try reader.readOptional(String.self), "x")
    XCTAssertTrue(reader.isAtEnd)
  }

  func testTruncatedAndGarbledIndexesThrow() throws {
    let knowledge = try Fixtures.realKnowledge()
    let search = GuideSearch(knowledge: knowledge)
    var writer = ArchiveWriter()
    search.archive(to: &writer)
    let bytes = writer.bytes
    var reader = ArchiveReader(bytes)
    XCTAssertNoThrow(try GuideSearch(knowledge: knowledge, archivedFrom: &reader))
    var rng = SplitMix64(seed: 7)
    for _ in 0..<200 {
      var damaged = bytes
      if rng.chance(30) {
        damaged = Array(damaged.prefix(rng.below(damaged.count)))
      } else {
        for _ in 0..<1 + rng.below(4) { damaged[rng.below(damaged.count)] = UInt8(truncatingIfNeeded: rng.next()) }
      }
      var reader = ArchiveReader(damaged)
      // Either it throws, or what it decoded is consistent enough to search safely.
      if let decoded = try? GuideSearch(knowledge: knowledge, archivedFrom: &reader) {
        _ = decoded.ask("données de santé ChatGPT", lang: .fr)
        _ = decoded.ask("anonymisation", lang: .en)
      }
    }
  }
}
