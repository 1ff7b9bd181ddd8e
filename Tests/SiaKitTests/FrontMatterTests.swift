import XCTest

@testable import SiaKit

/// The front matter of a guide section: between two `---` lines, blanks around the
/// fences tolerated, CRLF files too.
final class FrontMatterTests: XCTestCase {
  func testSplitsYAMLAndBodyWithTheirLineNumbers() throws {
    let parts = try XCTUnwrap(FrontMatter.split("---\nid: a\ntitle: A\n---\nCorps.\n"))
    XCTAssertEqual(parts.yaml, "id: a\ntitle: A")
    XCTAssertEqual(parts.yamlLine, 2)
    XCTAssertEqual(parts.body, "Corps.\n")
    XCTAssertEqual(parts.bodyLine, 5)
  }

  func testFencesMayCarryBlanks() throws {
    let parts = try XCTUnwrap(FrontMatter.split(" ---\t\nid: a\n\u{00A0}---  \nCorps.\n"))
    XCTAssertEqual(parts.yaml, "id: a")
    XCTAssertEqual(parts.body, "Corps.\n")
  }

  func testCRLFFilesHaveTheirFrontMatter() throws {
    let parts = try XCTUnwrap(FrontMatter.split("---\r\nid: a\r\ntitle: A\r\n---\r\nCorps.\r\n"))
    XCTAssertEqual(parts.yaml, "id: a\ntitle: A")
    XCTAssertEqual(parts.body, "Corps.\n")
    XCTAssertEqual(parts.bodyLine, 5)
  }

  func testNoFrontMatterOrAnUnclosedOne() {
    XCTAssertNil(FrontMatter.split("Corps sans en-tête.\n---\n"))
    XCTAssertNil(FrontMatter.split("---\nid: a\n"))
    XCTAssertNil(FrontMatter.split("----\nid: a\n----\n"))
    XCTAssertNil(FrontMatter.split("- - -\nid: a\n---\n"))
    XCTAssertNil(FrontMatter.split(""))
  }
}
