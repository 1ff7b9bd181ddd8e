import Foundation
import XCTest

@testable import SiaKit

/// What cannot be scanned gets a clear problem, with bounded memory: binary data,
/// invalid UTF-8, a huge line, a huge source; streaming reads from a descriptor.
final class ScanBadInputTests: XCTestCase {
  var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("scan-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

  func problem(_ data: Data, limits: ScanLimits = ScanLimits()) throws -> ScanProblem? {
    if case .failure(let problem) = try scan(data, limits: limits) { return problem }
    return nil
  }

  func scan(_ data: Data, limits: ScanLimits = ScanLimits()) throws -> Result<ScanReport, ScanProblem> {
    let path = folder.appendingPathComponent("input").path
    try data.write(to: URL(fileURLWithPath: path))
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    return TextScanner(resources: ScanFixture.resources, limits: limits).scan(fileDescriptor: fd, source: "input")
  }

  func testBinaryFile() throws {
    XCTAssertEqual(try problem(Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])), .binary)
  }

  func testInvalidUTF8NamesTheLine() throws {
    XCTAssertEqual(
      try problem(Data("ligne un\nné le 1/2/1960\n".utf8) + Data([0x63, 0xE9, 0x0A])), .invalidUTF8(line: 3))
  }

  func testHugeLineIsRefusedWithoutHoldingIt() throws {
    var limits = ScanLimits()
    limits.maxLineBytes = 1 << 16
    let data = Data("début\n".utf8) + Data(repeating: 0x61, count: 1 << 17)
    XCTAssertEqual(try problem(data, limits: limits), .lineTooLong(line: 2, limit: 1 << 16))
  }

  func testTenMegabyteLineUnderTheDefaultLimit() throws {
    let data = Data(repeating: 0x61, count: 10 << 20)
    XCTAssertEqual(try problem(data), .lineTooLong(line: 1, limit: ScanLimits().maxLineBytes))
  }

  func testSourceLargerThanTheLimit() throws {
    var limits = ScanLimits()
    limits.maxBytes = 100_000
    let data = Data(String(repeating: "Une ligne ordinaire sans rien.\n", count: 5_000).utf8)
    XCTAssertEqual(try problem(data, limits: limits), .tooLarge(limit: 100_000))
  }

  func testStreamingGivesLinesAndColumnsAcrossChunks() throws {
    // 70,000 lines: the scan crosses many 64 KiB chunks and lines cut between them.
    var text = String(repeating: "Rien à signaler ici, é à ç.\n", count: 70_000)
    text += "Contact : marie.curie@inserm.fr\r\n"
    guard case .success(let report) = try scan(Data(text.utf8)) else { return XCTFail("scan failed") }
    XCTAssertEqual(report.lines, 70_001)
    XCTAssertEqual(report.findings.map(\.category), [.email])
    XCTAssertEqual(report.findings.first?.line, 70_001)
    XCTAssertEqual(report.findings.first?.column, 11)
  }

  func testStoredFindingsAreCappedButCounted() throws {
    var limits = ScanLimits()
    limits.maxStoredFindings = 10
    let text = String(repeating: "écrire à a.b@example.org\n", count: 50)
    guard case .success(let report) = try scan(Data(text.utf8), limits: limits) else { return XCTFail("scan failed") }
    XCTAssertEqual(report.findings.count, 10)
    XCTAssertEqual(report.omitted, 40)
    XCTAssertEqual(report.counts[.email], 50)
  }

  func testMissingWordListsDegradeToCuedNames() {
    let bare = TextScanner(
      resources: ScanResources(wordLists: WordLists.load(paths: ["/nonexistent"]), lexicon: MedicalLexicon()))
    guard
      case .success(let report) = bare.scan(
        text: "Hier, Julien Mallet-Marchand présente. Mme Jeanne Roy aussi.", source: "t")
    else {
      return XCTFail("scan failed")
    }
    XCTAssertTrue(WordLists.load(paths: ["/nonexistent"]).isEmpty)
    XCTAssertEqual(report.counts[.name], 1, "only the name after « Mme »")
  }
}
