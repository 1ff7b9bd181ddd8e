import XCTest

@testable import SiaKit

final class AnalyzerTests: XCTestCase {
  func testPlaceholder() {
    XCTAssertEqual(Analyzer().analyze("Les données").map(\.folded), ["donnees"])
  }
}
