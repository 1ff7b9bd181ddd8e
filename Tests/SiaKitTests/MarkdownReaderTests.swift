@testable import SiaKit
import XCTest

/// The one reader of the Markdown subset: its blocks, and what the sentence splitter and
/// the document writer (`MarkdownText`) make of them.
final class MarkdownReaderTests: XCTestCase {
  func testBlocksOfTheSubset() {
    let blocks = MarkdownReader.blocks(
      """
      ## En bref
      Une phrase
        sur deux lignes.

      - un point
      * un autre
      12. numéroté
      > citée
      >
      ```
        code  gardé
      ```
      ###Titre
      """)
    XCTAssertEqual(
      blocks.map(\.kind),
      [
        .heading(level: 2), .paragraph, .listItem(marker: "-"), .listItem(marker: "*"), .listItem(marker: "12."),
        .quote, .code, .heading(level: 3),
      ])
    XCTAssertEqual(
      blocks.map(\.lines),
      [
        ["En bref"], ["Une phrase", "sur deux lignes."], ["un point"], ["un autre"], ["numéroté"], ["citée", ""],
        ["  code  gardé"], ["Titre"],
      ])
    XCTAssertEqual(blocks.map(\.followsBlankLine), [false, false, true, false, false, false, false, false])
    XCTAssertEqual(blocks[5].source, ["> citée", ">"])
  }

  /// A line that only looks like a marker stays text.
  func testNearMarkersAreText() {
    for line in ["-sans espace", "**gras** au début", "12.5 % des cas", "1.", ">citation collée", "``pas une clôture"] {
      XCTAssertEqual(MarkdownReader.blocks(line).map(\.kind), [.paragraph], line)
    }
  }

  /// The summary is found under its heading in either language, and stops at the next
  /// level-2 heading (a level-3 one belongs to it).
  func testSectionUnderAHeadingInEitherLanguage() {
    let titles = [GuideHeading.summary.fr, GuideHeading.summary.en]
    for heading in ["## En bref", "## In brief"] {
      let blocks = MarkdownReader.blocks("# Titre\n\(heading)\nUn.\n### Détail\nDeux.\n## Que faire\nTrois.")
      XCTAssertEqual(MarkdownReader.section(blocks, titled: titles).flatMap(\.source), ["Un.", "### Détail", "Deux."])
    }
    XCTAssertTrue(MarkdownReader.section(MarkdownReader.blocks("## Autre\nUn."), titled: titles).isEmpty)
  }

  /// Quotes were read as text by the terminal and without their mark by the sentences:
  /// now both read a quote, and the sentences are the quote's text.
  func testSentencesOfEveryKindOfBlock() {
    XCTAssertEqual(
      Sentences.split(
        "# Titre\nUn texte. Deux phrases.\n- Un **point**.\n3. Un `numéro`.\n> Une citation.\n```\nDu code.\n```"),
      ["Un texte.", "Deux phrases.", "Un point.", "Un numéro.", "Une citation."])
  }

  /// What the document writer escapes reads back as paragraphs of the same lines: a
  /// value typed by a person never becomes a heading, a bullet, a quote or code. (A line
  /// `1. …` is not escaped, as the signed format has always written it: a numbered list
  /// a person types stays a list.)
  func testEscapedParagraphsReadBackAsParagraphs() {
    let starts = ["#", "##", ">", "> ", "-", "- ", "*", "* ", "+ ", "```", "~~~", "|", "=", "`", "a", ""]
    let rests = ["", " ", "texte", " texte. Suite", "# titre"]
    for first in starts {
      for second in starts {
        for rest in rests {
          let text = "Début\n" + first + rest + "\n" + second + rest
          let escaped = MarkdownText.paragraph(text)
          let blocks = MarkdownReader.blocks(escaped)
          XCTAssertEqual(Set(blocks.map(\.kind)), [.paragraph], "\(text) → \(escaped)")
          XCTAssertEqual(
            blocks.flatMap(\.source), escaped.split(separator: "\n").map { $0.trimmed }, "\(text) → \(escaped)")
        }
      }
    }
  }
}
