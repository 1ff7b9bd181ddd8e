import Foundation
import SiaKit
import SiaTestSupport
import XCTest

final class SupportTests: XCTestCase {
  func testSanitizerNeutralisesControlCharactersButKeepsText() {
    XCTAssertEqual(Sanitizer.neutralize("ok é 日本"), "ok é 日本")
    XCTAssertEqual(Sanitizer.neutralize("a\u{1B}[31mb"), "a^[[31mb")
    XCTAssertEqual(Sanitizer.neutralize("nul\u{0}x\u{7F}"), "nul^@x\\u007F")
    XCTAssertEqual(Sanitizer.neutralize("tab\tline\n"), "tab\tline\n")
    XCTAssertEqual(Sanitizer.neutralize("c1\u{9B}x"), "c1\\u009Bx")
    XCTAssertFalse(Sanitizer.neutralize("\u{202E}evil").contains("\u{202E}"))
  }

  func testAtomicWriteReplacesAndRefusesToOverwriteWhenAsked() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-atomic-\(UUID().uuidString)")
    try AtomicFile.makeFolder(folder.path)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("state.json").path
    try AtomicFile.write("one", to: path, mode: 0o600)
    try AtomicFile.write("two", to: path, mode: 0o600)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "two")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    XCTAssertEqual(mode, 0o600)
    XCTAssertThrowsError(try AtomicFile.write("three", to: path, overwrite: false))
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "two")
    // No temporary file is left behind.
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["state.json"])
  }

  func testAtomicWriteRemovesTemporariesLeftByACrashButNotFreshOnes() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-atomic-\(UUID().uuidString)")
    try AtomicFile.makeFolder(folder.path)
    defer { try? FileManager.default.removeItem(at: folder) }
    let stale = folder.appendingPathComponent(".state.json.tmp-AbC123").path
    let fresh = folder.appendingPathComponent(".state.json.tmp-XyZ789").path
    let other = folder.appendingPathComponent(".other.json.tmp-AbC123").path
    for path in [stale, fresh, other] { try "partial".write(toFile: path, atomically: false, encoding: .utf8) }
    let old = Date().addingTimeInterval(-3600)
    for path in [stale, other] { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path) }
    try AtomicFile.write("whole", to: folder.appendingPathComponent("state.json").path)
    XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
    XCTAssertTrue(FileManager.default.fileExists(atPath: fresh), "a live writer's file is left alone")
    XCTAssertTrue(FileManager.default.fileExists(atPath: other), "another file's temporaries are left alone")
  }

  func testAtomicWriteIntoAMissingFolderFailsCleanly() {
    XCTAssertThrowsError(try AtomicFile.write("x", to: "/nonexistent-sia-folder/file"))
  }

  func testEditDistanceAndClosest() {
    XCTAssertEqual(EditDistance.distance("aide", "aide"), 0)
    XCTAssertEqual(EditDistance.distance("quiter", "quitter"), 1)
    XCTAssertEqual(EditDistance.distance("anonimisation", "anonymisation"), 1)
    XCTAssertEqual(EditDistance.distance("été", "ete"), 2)
    XCTAssertEqual(EditDistance.closest(to: "ai", in: ["aide", "quitter"]), "aide")
    XCTAssertEqual(EditDistance.closest(to: "quiter", in: ["aide", "quitter"]), "quitter")
    XCTAssertNil(EditDistance.closest(to: "zzzzzz", in: ["aide", "quitter"], limit: 2))
  }

  func testClockIsPinnedBySIA_NOW() {
    let clock = Clock.fromEnvironment(["SIA_NOW": "2026-11-29T10:00:00Z"])
    XCTAssertEqual(clock.now().isoDay, "2026-11-29")
    XCTAssertEqual(clock.now().isoTimestamp, "2026-11-29T10:00:00Z")
  }

  func testPathsFollowXDG() {
    let paths = Paths(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s"])
    XCTAssertEqual(paths.stateFolder, "/s/sia")
    XCTAssertEqual(paths.configFolder, "/h/.config/sia")
    XCTAssertEqual(Paths(environment: ["HOME": "/h", "XDG_STATE_HOME": "relative"]).stateFolder, "/h/.local/state/sia")
  }

  func testTranscriptParsing() {
    let text = """
      % args: --lang en --knowledge "a b"
      % env: X=1
      banner
      sia> /help
      Commands:
      sia[évaluation 2/9]> 3
      ok
      sia> ^D
      % restart
      sia> /quit
      """
    let transcript = Transcript.parse(text)
    XCTAssertEqual(transcript.arguments, ["--lang", "en", "--knowledge", "a b"])
    XCTAssertEqual(transcript.environment, ["X": "1"])
    XCTAssertEqual(transcript.sessions.count, 2)
    XCTAssertEqual(transcript.sessions[0].inputs, ["/help", "3", "^D"])
    XCTAssertEqual(transcript.sessions[0].expected.first, "banner")
    XCTAssertEqual(transcript.sessions[1].inputs, ["/quit"])
    XCTAssertTrue(Transcript.lineMatches(expected: "Version [0-9a-f]{12} (re)", actual: "Version 0123456789ab"))
    XCTAssertFalse(Transcript.lineMatches(expected: "Version [0-9a-f]{12} (re)", actual: "Version xyz"))
    XCTAssertTrue(Transcript.lineMatches(expected: "Déclaration du * (glob)", actual: "Déclaration du 29/11"))
    XCTAssertNil(Transcript.promptInput("sias> x"))
  }

  /// Re-recording keeps a pattern line the new output still satisfies, even when lines
  /// were added or removed around it, and writes the new text where it no longer does.
  func testRerecordingKeepsPatternsThatStillMatch() {
    let expected = [
      "sia> /cle", "Empreinte : SHA256:* (glob)", "Guide [0-9a-f]{12} (re)", "old line", "Fichier : /tmp/* (glob)",
    ]
    let actual = [
      "sia> /cle", "new line", "Empreinte : SHA256:abc", "Guide 0123456789ab", "Fichier : /home/x", "last",
    ]
    XCTAssertEqual(
      Transcript.rerecorded(expected: expected, actual: actual),
      [
        "sia> /cle", "new line", "Empreinte : SHA256:* (glob)", "Guide [0-9a-f]{12} (re)", "Fichier : /home/x", "last",
      ])
    // No pattern: the output as it is.
    XCTAssertEqual(Transcript.rerecorded(expected: ["a", "b"], actual: ["a", "c"]), ["a", "c"])
    // A pattern that matches nothing any more is dropped, not written twice.
    XCTAssertEqual(Transcript.rerecorded(expected: ["x * (glob)"], actual: ["y"]), ["y"])
  }

  func testFrontMatterSplitsLFAndCRLFFilesAlike() throws {
    let lf = "---\nid: a\ntitle: T\n---\n## En bref\nTexte.\n"
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    for text in [lf, crlf] {
      let parts = try XCTUnwrap(FrontMatter.split(text), "not split: \(text.debugDescription)")
      XCTAssertEqual(parts.yaml, "id: a\ntitle: T\n")
      XCTAssertEqual(parts.bodyLine, 5)
      XCTAssertTrue(parts.body.hasPrefix("## En bref"))
    }
    XCTAssertNil(FrontMatter.split("pas de front matter\n---\n"))
    XCTAssertNil(FrontMatter.split("---\nid: a\n"))
  }

  func testTheKnowledgeVersionIsTheContentHashComputedOnDemand() {
    let root = Fixtures.folder.appendingPathComponent("lint/valid").path
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    XCTAssertEqual(knowledge.version, KnowledgeVersion.hash(root: root))
    XCTAssertTrue(knowledge.version.hasPrefix("sha256:"))
    let given = KnowledgeBase(
      root: root, institute: Institute(values: [:]), themes: [], sections: [], faq: [], version: "v1")
    XCTAssertEqual(given.version, "v1")
  }
}
