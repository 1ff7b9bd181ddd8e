import Foundation
import SiaKit
import XCTest

@testable import SiaCLI

/// Wrapping never breaks a word: on every paragraph of the shipped guide (French and
/// English) and every catalogue sentence, at widths from 20 to 120 columns, the lines
/// hold the same words in the same order, and a line is wider than the width only when
/// it is one word that no line could hold.
final class WrapTests: XCTestCase {
  func check(_ text: String, width: Int, indent: String, _ context: String) {
    let lines = wrap(text, width: width, indent: indent)
    let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init) }
    XCTAssertEqual(lines.flatMap(words), words(indent + " " + text), "\(context) at \(width)")
    for (index, line) in lines.enumerated() where visibleLength(line) > width {
      // A no-break space binds French punctuation to its word: one unit, as the wrap sees it.
      let units = { (text: String) in text.split(separator: " ").count }
      XCTAssertEqual(units(line) - (index == 0 ? units(indent) : 0), 1, "\(context) at \(width): «\(line)»")
    }
  }

  func testNoWordIsBrokenAtAnyWidth() {
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path
    let knowledge = KnowledgeLoader.load(root: root).knowledge
    var paragraphs = knowledge.sections.flatMap { section in
      (section.body + "\n" + (section.english?.body ?? "")).split(separator: "\n").map(String.init)
    }
    paragraphs += Messages.all.flatMap { [$0.text(.fr), $0.text(.en)] }
    XCTAssertGreaterThan(paragraphs.count, 2_000)
    for width in [20, 33, 60, 61, 80, 120] {
      for (index, paragraph) in paragraphs.enumerated() where index % 3 == width % 3 {
        check(paragraph, width: width, indent: index % 2 == 0 ? "" : "12. ", "paragraph \(index)")
      }
    }
  }

  func testFrenchPunctuationStaysWithItsWord() {
    let lines = wrap("Est-ce autorisé ? Oui : « sous conditions » !", width: 16, indent: "")
    for line in lines {
      XCTAssertFalse(
        line.hasPrefix("?") || line.hasPrefix(":") || line.hasPrefix("»") || line.hasPrefix("!"), "\(lines)")
      XCTAssertFalse(line.hasSuffix("«"), "\(lines)")
    }
  }
}
