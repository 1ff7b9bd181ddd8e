import Foundation
import SiaKit
import SiaTestSupport
import XCTest

/// Replays every `Transcripts/**/*.txt` through the real `sia` binary with piped input
/// and compares the recorded session with the golden one. `SIA_RECORD=1` re-records
/// the files instead (review the diff before committing).
final class TranscriptTests: XCTestCase {
  static var transcriptFiles: [URL] {
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Transcripts")
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      if url.pathExtension == "txt" { files.append(url) }
    }
    return files.sorted { $0.path < $1.path }
  }

  func testTranscriptsExist() {
    XCTAssertGreaterThanOrEqual(Self.transcriptFiles.count, 5)
  }

  func testEveryTranscriptReplays() throws {
    let recording = ProcessInfo.processInfo.environment["SIA_RECORD"] == "1"
    var failures: [String] = []
    for file in Self.transcriptFiles {
      let name = file.path.replacingOccurrences(of: SiaRunner.repositoryRoot.path + "/", with: "")
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
      if matches { continue }
      let actualText = actual.map { $0.joined(separator: "\n") }.joined(separator: "\n\(Transcript.restartMarker)\n")
      if recording {
        let header = transcript.header.isEmpty ? "" : transcript.header.joined(separator: "\n") + "\n"
        try (header + actualText + "\n").write(to: file, atomically: true, encoding: .utf8)
        continue
      }
      let expectedText = expectedLines.map { $0.joined(separator: "\n") }.joined(
        separator: "\n\(Transcript.restartMarker)\n")
      failures.append(unifiedDiff(expected: expectedText + "\n", actual: actualText + "\n", label: name))
    }
    if !failures.isEmpty {
      XCTFail(
        "\(failures.count) transcript(s) differ (re-record with SIA_RECORD=1 after checking):\n"
          + failures.joined(separator: "\n"))
    }
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
