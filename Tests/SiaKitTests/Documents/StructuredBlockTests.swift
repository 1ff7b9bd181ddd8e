import Foundation
import XCTest

@testable import SiaKit

/// The structured block is found by walking bytes; it must be the block the
/// `Character`-line split found before, on any text.
final class StructuredBlockTests: XCTestCase {
  /// The block extraction as it was before it walked bytes: the reference to agree with.
  static func referenceExtract(_ text: String) -> String? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.lastIndex(where: { $0 == Substring(StructuredBlock.fence) }) else { return nil }
    guard let end = lines[(start + 1)...].firstIndex(where: { $0 == "```" }) else { return nil }
    return lines[(start + 1)..<end].joined(separator: "\n")
  }

  func testBlockExtractionAgreesWithTheLineSplit() throws {
    let declaration = try DeclarationBuilder(
      input: try DeclarationFixtures.input(), acceptedActions: ["verifier-references", "pas-de-donnees"],
      justification: "Je conteste\n```\n```json", date: DeclarationFixtures.date, lang: .fr
    ).build()
    var english = declaration
    english.lang = .en
    var texts = [
      "", "\n", "```json", "```json\n", "```json\n```", "```json\n```\n", "```json\n{}\n```",
      "x\n```json\n{\"a\":1}\n```\ny",
      "```json\n1\n```\n```json\n2\n```", "```json\n1\n```json\n2\n```", "```json\n1\n```\n2\n```",
      "```json\r\n{}\r\n```\r\n",
      "```json\n{}\r\n```", "```json\r\n{}\n```", "\r```json\n{}\n```", "```json \n{}\n```", " ```json\n{}\n```",
      "```JSON\n{}\n```", "```json\n{}\n``` ", "```json\n\n\n```",
      "\u{1FEF}\u{1FEF}\u{1FEF}json\n{}\n\u{1FEF}\u{1FEF}\u{1FEF}",
      "``\u{1FEF}json\n{\"é\":1}\n```", "```json\u{301}\n{}\n```", "```json\n{}\n```\u{301}", "\u{301}```json\n{}\n```",
      "é\n```json\néé\n```", "```json\n\u{FEFF}{}\n```", "\n\n```json\n\n{}\n\n```\n\n",
      try DeclarationRenderer(declaration).markdown(), try DeclarationRenderer(english).markdown(),
    ]
    // Random texts over the pieces that matter: fences, line ends, combining marks.
    let pieces = [
      "```json", "```", "\n", "\n", "\r\n", "\r", "x", "é", "e", "\u{301}", "\u{1FEF}", "`", "json", " ", "{}",
    ]
    var seed: UInt64 = 0x5EED
    for _ in 0..<3000 {
      var text = ""
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<(Int(seed >> 60) + 2) {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(seed >> 33) % pieces.count]
      }
      texts.append(text)
    }
    for text in texts {
      XCTAssertEqual(StructuredBlock.extract(from: text), Self.referenceExtract(text), text.debugDescription)
    }
  }
}
