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

/// `sia verify` rows wrap between words at the console width, never cutting one.
final class ReportLinesTests: XCTestCase {
  func testRowsWrapBetweenWordsUnderTheValueColumn() {
    let prefix = "  Résultat   : "
    let text = "DEMANDE DE DÉROGATION — l'usage reste interdit tant que l'exception n'est pas accordée"
    let lines = ReportLines.wrapped(text, after: prefix, width: 60)
    XCTAssertGreaterThan(lines.count, 1)
    XCTAssertTrue(lines[0].hasPrefix(prefix))
    for line in lines {
      XCTAssertLessThanOrEqual(line.count, 60, line)
    }
    for line in lines.dropFirst() {
      XCTAssertTrue(line.hasPrefix(String(repeating: " ", count: prefix.count)), line)
      XCTAssertNotEqual(line.dropFirst(prefix.count).first, " ", line)
    }
    // Every word is there, whole and in order.
    let words = lines.joined(separator: " ").split(separator: " ").map(String.init)
    XCTAssertEqual(words.dropFirst(2).map { $0 }, text.split(separator: " ").map(String.init))
  }

  func testFrenchPunctuationNeverStartsALine() {
    let text = String(repeating: "mot ", count: 9) + "fin : suite ; encore « citation » — tiret"
    for width in 40...70 {
      for line in ReportLines.wrapped(text, after: "  Label : ", width: width).dropFirst() {
        let first = line.drop { $0 == " " }.first
        XCTAssertFalse([":", ";", "»", "—"].contains(first), "\(width): \(line)")
        XCTAssertFalse(line.hasSuffix("«"), "\(width): \(line)")
      }
    }
  }

  func testALineNumberStaysWithItsWord() {
    let text = "paul.langevin@inserm.fr — listé(e) dans allowed_signers (ligne 2)"
    let lines = ReportLines.wrapped(text, after: String(repeating: " ", count: 17), width: 80)
    XCTAssertEqual(lines.last?.trimmingCharacters(in: .whitespaces), "(ligne 2)")
  }

  func testAWordTooLongForTheColumnGetsItsOwnLineUncut() {
    let fingerprint = "SHA256:" + String(repeating: "A", count: 43)
    let lines = ReportLines.wrapped(fingerprint, after: "  Empreinte      : ", width: 60)
    XCTAssertEqual(lines, ["  Empreinte      :", ReportLines.narrowIndent + fingerprint])
    let short = ReportLines.wrapped("court", after: "  Empreinte      : ", width: 60)
    XCTAssertEqual(short, ["  Empreinte      : court"])
    let continued = ReportLines.wrapped("début " + fingerprint + " fin", after: "  Approbation : ", width: 60)
    XCTAssertEqual(
      continued,
      ["  Approbation : début", ReportLines.narrowIndent + fingerprint, String(repeating: " ", count: 16) + "fin"])
  }
}
