import XCTest

@testable import SiaKit

/// Our stemmer call against Snowball's reference vocabularies. Pinned version: Snowball
/// 2.2.0 (Debian libstemmer0d/libstemmer-dev 2.2.0-2), checked against the pairs of
/// Debian snowball-data 0+20210120 committed in Fixtures/snowball. Snowball 3.x changes
/// 33 French stems (elision rules): a different libstemmer fails here on purpose.
final class StemmerConformanceTests: XCTestCase {
  func testFrenchStemsMatchTheSnowballReference() throws {
    let pairs = try check(.fr, fixture: "snowball/french.tsv")
    XCTAssertEqual(pairs, 20_805, "the French fixture must hold every reference pair")
  }

  func testEnglishStemsMatchTheSnowballReference() throws {
    let pairs = try check(.en, fixture: "snowball/english.tsv")
    XCTAssertGreaterThanOrEqual(pairs, 10_000)
  }

  /// The analyzer stems French before folding: its stem is the folded reference stem.
  func testAnalyzerStemIsTheFoldedReferenceStem() throws {
    let analyzer = Analyzer()
    var mismatches: [String] = []
    for row in try Fixtures.rows("snowball/french.tsv") where analyzer.stem(row[0], .fr) != TextFolding.fold(row[1]) {
      mismatches.append("\(row[0]) → \(analyzer.stem(row[0], .fr)), expected \(TextFolding.fold(row[1]))")
    }
    XCTAssertEqual(mismatches, [])
  }

  /// Stems every word of the fixture; prints the match rate; fails on any difference.
  func check(_ lang: Lang, fixture: String) throws -> Int {
    let stemmer = try XCTUnwrap(Stemmer(lang), "libstemmer has no \(lang) stemmer")
    let rows = try Fixtures.rows(fixture)
    var matches = 0
    var mismatches: [String] = []
    for row in rows {
      XCTAssertEqual(row.count, 2, "malformed fixture row \(row)")
      guard row.count == 2 else { continue }
      let stem = stemmer.stem(row[0])
      if stem == row[1] {
        matches += 1
      } else if mismatches.count < 20 {
        mismatches.append("\(row[0]) → \(stem), expected \(row[1])")
      }
    }
    let rate = Double(matches) * 100 / Double(max(rows.count, 1))
    print(
      "Snowball \(lang.rawValue) (libstemmer 2.2.0): \(matches)/\(rows.count) stems match, \(String(format: "%.2f", rate)) %"
    )
    XCTAssertEqual(matches, rows.count, "differences:\n" + mismatches.joined(separator: "\n"))
    return rows.count
  }
}
