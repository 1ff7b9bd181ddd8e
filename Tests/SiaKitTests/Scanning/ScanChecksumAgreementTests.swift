import Foundation
import XCTest

@testable import SiaKit

/// sia's NIR and IBAN checks give python-stdnum's verdict on 12,000 generated numbers,
/// valid and invalid (Fixtures/scan/stdnum-agreement.tsv, from
/// Bench/scan/stdnum_agreement.py; `make bench` regenerates it).
final class ScanChecksumAgreementTests: XCTestCase {
  func testAgreementWithPythonStdnum() throws {
    let url = ScanFixture.repositoryRoot.appendingPathComponent("Tests/SiaKitTests/Fixtures/scan/stdnum-agreement.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    var checked = 0
    var valid = 0
    var disagreements: [String] = []
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t").map(String.init)
      guard fields.count == 3 else { continue }
      let expected = fields[2] == "1"
      let ours = fields[0] == "nir" ? NIRCheck.isValid(fields[1]) : IBANCheck.isValid(fields[1])
      if ours != expected { disagreements.append(line.description) }
      checked += 1
      if expected { valid += 1 }
    }
    XCTAssertGreaterThanOrEqual(checked, 10_000)
    XCTAssertGreaterThan(valid, 1_000, "valid numbers too")
    XCTAssertGreaterThan(checked - valid, 1_000, "invalid numbers too")
    XCTAssertEqual(disagreements, [], "\(disagreements.count) disagreements")
  }
}
