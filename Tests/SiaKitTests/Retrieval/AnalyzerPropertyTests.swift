import SiaKit
import XCTest

/// Properties of the query analyzer over generated Unicode text (a fixed seed, so a
/// failure reproduces): it never crashes, every term's range lies inside the text, and
/// analysing its own folded words again gives the same words.
final class AnalyzerPropertyTests: XCTestCase {
  /// Scalar ranges people paste or that break naive code: ASCII and Latin letters,
  /// combining marks, apostrophes, ligatures, Greek, CJK, Arabic, emoji and joiners,
  /// controls, bidi overrides, private use and the replacement character.
  static let pools: [ClosedRange<UInt32>] = [
    0x20...0x7E, 0xC0...0x17F, 0x300...0x36F, 0x2018...0x201F, 0x152...0x153, 0x370...0x3FF,
    0x4E00...0x4E40, 0x600...0x64A, 0x1F600...0x1F64F, 0x200B...0x200F, 0x0...0x1F, 0x202A...0x202E,
    0xE000...0xE010, 0xFFFD...0xFFFD,
  ]

  func testArbitraryUnicodeNeverBreaksTheAnalyzer() {
    let analyzer = Analyzer()
    var generator = SplitMix64(seed: 2026)
    for _ in 0..<2_000 {
      let text = Self.randomText(&generator)
      let terms = analyzer.analyze(text)
      for term in terms {
        XCTAssertTrue(term.range.lowerBound >= text.startIndex && term.range.upperBound <= text.endIndex)
        XCTAssertFalse(term.folded.isEmpty)
      }
      let folded = terms.filter { !$0.isJoined }.map(\.folded)
      let again = analyzer.analyze(folded.joined(separator: " ")).filter { !$0.isJoined }.map(\.folded)
      XCTAssertEqual(again, folded, "not idempotent on: \(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  static func randomText(_ generator: inout SplitMix64) -> String {
    var scalars = String.UnicodeScalarView()
    let length = Int(generator.next() % 40)
    for _ in 0..<length {
      let pool = pools[Int(generator.next() % UInt64(pools.count))]
      let value = pool.lowerBound + UInt32(generator.next() % UInt64(pool.count))
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
      if generator.next() % 5 == 0 { scalars.append(" ") }
    }
    return String(scalars)
  }
}
