import Foundation
@testable import SiaCLI
import SiaKit
import XCTest

/// The report's label column, padded without Foundation.
final class VerifyRendererTests: XCTestCase {
  func testPaddingIsFoundations() {
    for text in ["", "Signature", "Validité", "Re\u{301}sultat", "😀 x", "trop long pour la colonne"] {
      for length in [0, 3, 9, 12, 20] {
        XCTAssertEqual(
          VerifyRenderer.padded(text, to: length), text.padding(toLength: length, withPad: " ", startingAt: 0),
          "\(text.debugDescription) to \(length)")
      }
    }
  }
}
