import Foundation
import SiaKit
import SiaTestSupport
import XCTest

/// Replays each `Transcripts/**/*.txt` through the real `sia` binary with piped input
/// and compares the recorded session with the golden one: one test method per file
/// (generated in TranscriptTests+Files.swift by scripts/generate-transcript-tests.py),
/// so `swift test --filter TranscriptTests/test_documents_verify_every_kind` replays
/// one. `SIA_RECORD=1` re-records the files instead, keeping every `(glob)`/`(re)` line
/// the new output still matches (review the diff before committing).
final class TranscriptTests: XCTestCase {
  static let root = SiaRunner.repositoryRoot.appendingPathComponent("Transcripts")

  /// The transcript files, relative to `Transcripts/`, sorted.
  static var transcriptFiles: [String] {
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    var files: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      if url.pathExtension == "txt" { files.append(url.path.replacingOccurrences(of: root.path + "/", with: "")) }
    }
    return files.sorted()
  }

  func testTranscriptsExist() {
    XCTAssertGreaterThanOrEqual(Self.transcriptFiles.count, 5)
  }

  /// A transcript without its method would never be replayed; a method without its
  /// file would fail on a missing file.
  func testEveryTranscriptFileHasATestMethod() {
    let files = Set(Self.transcriptFiles)
    let generated = Set(Self.generatedTranscripts)
    let withoutMethod = files.subtracting(generated).sorted()
    let withoutFile = generated.subtracting(files).sorted()
    XCTAssertTrue(
      withoutMethod.isEmpty && withoutFile.isEmpty,
      "transcripts without a test method: \(withoutMethod); test methods without a transcript: \(withoutFile)"
        + " — regenerate them with: python3 scripts/generate-transcript-tests.py")
  }

  /// Replays `Transcripts/<relative>` and fails with a unified diff when the session
  /// differs; with `SIA_RECORD=1`, rewrites the file instead.
  func replay(_ relative: String) throws {
    let recording = ProcessInfo.processInfo.environment["SIA_RECORD"] == "1"
    let file = Self.root.appendingPathComponent(relative)
    let name = "Transcripts/" + relative
    let text = try String(contentsOf: file, encoding: .utf8)
    let transcript = Transcript.parse(text)
    let actual = try replay(transcript, name: name)
    let expectedLines = transcript.sessions.map(\.expected)
    let body = zip(expectedLines, actual)
    let matches =
      expectedLines.count == actual.count
      && body.allSatisfy { expected, got in
        expected.count == got.count
          && zip(expected, got).allSatisfy { Transcript.lineMatches(expected: $0, actual: $1) }
      }
    if matches { return }
    let actualText = actual.map { $0.joined(separator: "\n") }.joined(separator: "\n\(Transcript.restartMarker)\n")
    if recording {
      // A pattern line the new output still satisfies stays a pattern (key
      // fingerprints, temporary paths, guide hashes), so nobody has to restore it.
      let kept = actual.enumerated().map { index, lines in
        Transcript.rerecorded(expected: index < expectedLines.count ? expectedLines[index] : [], actual: lines)
      }
      let keptText = kept.map { $0.joined(separator: "\n") }.joined(separator: "\n\(Transcript.restartMarker)\n")
      let header = transcript.header.isEmpty ? "" : transcript.header.joined(separator: "\n") + "\n"
      try (header + keptText + "\n").write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expectedText = expectedLines.map { $0.joined(separator: "\n") }.joined(
      separator: "\n\(Transcript.restartMarker)\n")
    XCTFail(
      "\(name) differs (re-record with SIA_RECORD=1 after checking):\n"
        + unifiedDiff(expected: expectedText + "\n", actual: actualText + "\n", label: name))
  }

  /// Runs each session of a transcript in one shared home folder; returns the records.
  func replay(_ transcript: Transcript, name: String) throws -> [[String]] {
    let runner = try SiaRunner()
    defer { runner.cleanUp() }
    for command in transcript.setup {
      let result = try runner.shell(command, extraEnvironment: transcript.environment)
      XCTAssertEqual(result.status, 0, "\(name): setup '\(command)' failed: \(result.stderr)")
    }
    var records: [[String]] = []
    for (index, session) in transcript.sessions.enumerated() {
      let record = runner.home.appendingPathComponent("record-\(index).txt")
      var input = ""
      for line in session.inputs {
        if line == "^D" { break }
        input += line + "\n"
      }
      let result = try runner.run(
        transcript.arguments + ["--record", record.path], input: input, extraEnvironment: transcript.environment)
      var lines: [String] = []
      if let recorded = try? String(contentsOf: record, encoding: .utf8) {
        lines = recorded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
      } else {
        lines = ["(no record; exit \(result.status); stderr: \(result.stderr))"]
      }
      if result.status != 0 { lines.append("(exit status \(result.status))") }
      records.append(lines)
    }
    return records
  }
}
