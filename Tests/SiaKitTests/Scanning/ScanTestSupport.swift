import Foundation
import XCTest

@testable import SiaKit

/// The scanner as `sia scan` builds it (Debian word lists, the shipped lexicon), loaded
/// once for all scan tests, and helpers to see what a text yields.
enum ScanFixture {
  static let repositoryRoot = Fixtures.repositoryRoot
  static let resources: ScanResources = ScanResources.load(
    knowledgeRoot: repositoryRoot.appendingPathComponent("Knowledge").path
  ).0
  static let scanner = TextScanner(resources: resources)

  static func report(_ text: String) -> ScanReport {
    switch scanner.scan(text: text, source: "test") {
    case .success(let report): return report
    case .failure(let problem): XCTFail("scan failed: \(problem)"); return ScanReport(source: "test")
    }
  }

  /// The counted findings of `text` as (category, the text found).
  static func found(_ text: String) -> [(ScanCategory, String)] {
    var results: [(ScanCategory, String)] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for finding in report(text).findings where finding.confidence >= .medium {
      let line = Array(lines[finding.line - 1])
      let start = finding.column - 1
      results.append((finding.category, String(line[start..<min(line.count, start + finding.length)])))
    }
    return results
  }

  static func categories(_ text: String) -> Set<ScanCategory> { Set(found(text).map(\.0)) }

  static func value(_ category: ScanCategory, in text: String) -> String? {
    found(text).first { $0.0 == category }?.1
  }
}
