import XCTest

@testable import SiaKit

/// `Sanitizer.isInert` reads UTF-8 bytes; it must judge every character as the
/// scalar-by-scalar rule `isControl` does.
final class SanitizerBytesTests: XCTestCase {
  func testTheByteScanAgreesWithTheScalarRuleOnEveryCharacterUpToU3000() {
    for value in UInt32(0)..<0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for text in ["\(scalar)", "é\(scalar)", "—\(scalar)x", "\(scalar)\u{2014}"] {
        let byScalar = !text.unicodeScalars.contains(where: Sanitizer.isControl)
        XCTAssertEqual(Sanitizer.isInert(text), byScalar, String(format: "U+%04X in %@", value, text.debugDescription))
      }
    }
  }

  func testNeutralizedTextIsInertAndPlainTextUnchanged() {
    let hostile = "Résultat\u{1B}[2J : VALIDE\u{202E}tnetni\u{2069}\u{85}\u{7F}\r — «\u{00A0}ok\u{00A0}»"
    XCTAssertFalse(Sanitizer.isInert(hostile))
    XCTAssertTrue(Sanitizer.isInert(Sanitizer.neutralize(hostile)))
    let plain = "Déclarant·e : Marie Curie — U1234 → « autorisé sous conditions »\n\tfin"
    XCTAssertEqual(Sanitizer.neutralize(plain), plain)
  }
}
