import Foundation
import XCTest

@testable import SiaKit

/// A pair replaced while a crash can strike between any two steps: whatever the step,
/// a reader sees the old pair or the new one, and the next write finishes or forgets
/// the interrupted one. (The kill -9 loops of KillNineTests do the same on the real
/// binary at random moments.)
final class SignedPairTests: XCTestCase {
  struct Crash: Error {}

  var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-pair-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDown() {
    SignedPair.afterStep = nil
    try? FileManager.default.removeItem(at: folder)
  }

  func pair(_ path: String) -> [String?] {
    let (document, signature) = SignedPair.read(path)
    return [
      document.map { String(decoding: $0, as: UTF8.self) }, signature.map { String(decoding: $0, as: UTF8.self) },
    ]
  }

  func testACrashAtEveryStepLeavesTheOldOrTheNewPair() throws {
    for newSigned in [true, false] {
      for step in 1...6 {
        let path = folder.appendingPathComponent("doc-\(newSigned)-\(step).md").path
        try SignedPair.write(document: Data("old".utf8), signature: Data("old-sig".utf8), to: path, overwrite: false)
        SignedPair.afterStep = { if $0 == step { throw Crash() } }
        XCTAssertThrowsError(
          try SignedPair.write(
            document: Data("new".utf8), signature: newSigned ? Data("new-sig".utf8) : nil, to: path, overwrite: true))
        SignedPair.afterStep = nil
        let new: [String?] = ["new", newSigned ? "new-sig" : nil]
        let seen = pair(path)
        // Before the commit marker (steps 1, 2): the old pair; from it on: the new one.
        XCTAssertEqual(seen, step < 3 ? ["old", "old-sig"] : new, "crash after step \(step), signed: \(newSigned)")
        XCTAssertEqual(SignedPair.exists(path), true)
        // The next writer finishes or forgets the interrupted write, then writes.
        try SignedPair.write(document: Data("third".utf8), signature: Data("third-sig".utf8), to: path, overwrite: true)
        XCTAssertEqual(pair(path), ["third", "third-sig"])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
          $0.hasSuffix(".next") || $0.hasSuffix(".commit")
        }
        XCTAssertEqual(left, [], "leftovers after step \(step)")
      }
    }
  }

  func testAnUnsignedReplacementRemovesTheOldSignature() throws {
    let path = folder.appendingPathComponent("doc.md").path
    try SignedPair.write(document: Data("old".utf8), signature: Data("old-sig".utf8), to: path, overwrite: false)
    try SignedPair.write(document: Data("new".utf8), signature: nil, to: path, overwrite: true)
    XCTAssertEqual(pair(path), ["new", nil])
    XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".sig"))
  }

  func testASecondWriterIsRefusedWhileTheFirstHoldsTheLock() throws {
    let path = folder.appendingPathComponent("doc.md").path
    SignedPair.afterStep = { step in
      guard step == 2 else { return }
      XCTAssertThrowsError(try SignedPair.write(document: Data("b".utf8), signature: nil, to: path, overwrite: true)) {
        error in
        guard case SignedPair.Failure.busy = error else { return XCTFail("\(error)") }
      }
    }
    try SignedPair.write(document: Data("a".utf8), signature: Data("a-sig".utf8), to: path, overwrite: true)
    XCTAssertEqual(pair(path), ["a", "a-sig"])
  }

  func testWithoutOverwriteAnExistingDocumentIsKept() throws {
    let path = folder.appendingPathComponent("doc.md").path
    try SignedPair.write(document: Data("a".utf8), signature: Data("a-sig".utf8), to: path, overwrite: false)
    XCTAssertThrowsError(try SignedPair.write(document: Data("b".utf8), signature: nil, to: path, overwrite: false)) {
      error in
      guard case SignedPair.Failure.exists = error else { return XCTFail("\(error)") }
    }
    XCTAssertEqual(pair(path), ["a", "a-sig"])
  }

  func testAReaderDoesNotHangBehindAStoppedWriter() throws {
    let path = folder.appendingPathComponent("doc.md").path
    try SignedPair.write(document: Data("a".utf8), signature: Data("a-sig".utf8), to: path, overwrite: false)
    let lock = open(folder.appendingPathComponent(".doc.md.lock").path, O_RDWR)
    XCTAssertEqual(flock(lock, LOCK_EX | LOCK_NB), 0)
    defer { close(lock) }
    let start = Date()
    XCTAssertEqual(pair(path), ["a", "a-sig"])
    XCTAssertLessThan(Date().timeIntervalSince(start), 10)
  }
}
