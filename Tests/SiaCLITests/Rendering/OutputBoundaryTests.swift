import Foundation
import XCTest

/// The neutraliser holds by construction only if nothing bypasses the Console: this
/// reads SiaCLI's sources and fails on any direct write to standard output or error
/// that does not go through `Sanitizer.neutralize` on the same line.
final class OutputBoundaryTests: XCTestCase {
  func testEveryTerminalWriteGoesThroughTheNeutraliser() throws {
    let root = SiaRunner.repositoryRoot
    let folder = root.appendingPathComponent("Sources/SiaCLI")
    let raw = [
      "print(", "FileHandle.standardOutput", "FileHandle.standardError", "fputs(", "putchar(", "fwrite(", "debugPrint(",
    ]
    var offenders: [String] = []
    var scanned = 0
    let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
    for file in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      scanned += 1
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      for (number, line) in lines.enumerated() {
        let code = line.trimmingCharacters(in: .whitespaces)
        if code.hasPrefix("//") { continue }
        guard raw.contains(where: { code.contains($0) }) else { continue }
        // A call the formatter broke after its `(` continues on the next line.
        let argument = code.hasSuffix("(") && number + 1 < lines.count ? String(lines[number + 1]) : ""
        // The Console's single private writer, and lines that neutralise what they write.
        if file.hasSuffix("Console.swift") && code.contains("FileHandle.standard") { continue }
        if code.contains("Sanitizer.neutralize(") || argument.contains("Sanitizer.neutralize(") { continue }
        if file.hasSuffix("SiaMain.swift") && code.contains("FileHandle.standardOutput : FileHandle.standardError") {
          continue
        }
        offenders.append("\(file):\(number + 1): \(code)")
      }
    }
    XCTAssertGreaterThan(scanned, 30)
    XCTAssertEqual(offenders, [], "write through Console (say/warn/emit) instead")
  }
}
