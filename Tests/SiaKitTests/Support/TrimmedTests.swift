import XCTest

@testable import SiaKit

/// `trimmed` takes a short cut when a text starts and ends with a visible ASCII
/// character; it must give what walking the characters gives.
final class TrimmedTests: XCTestCase {
  /// What `trimmed` gave before its short cut.
  func walked(_ text: String) -> Substring {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
    guard let last = text.lastIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
    return text[first...last]
  }

  func testTheShortCutAgreesWithTheCharacterWalk() {
    let pieces = [
      "a", "Z", "~", "!", " ", "\t", "\n", "\r\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "\u{301}", "\u{600}",
      "\u{200D}", "é", "🧪", "\u{1F1EB}\u{1F1F7}", "",
    ]
    for first in pieces {
      for middle in ["", "x y", " mot "] {
        for last in pieces {
          let text = first + middle + last
          XCTAssertEqual(text.trimmed, walked(text), text.debugDescription)
          XCTAssertEqual(Substring(text).trimmed, walked(text), text.debugDescription)
        }
      }
    }
  }
}
