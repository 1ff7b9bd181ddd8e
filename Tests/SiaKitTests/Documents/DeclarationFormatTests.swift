import Foundation
import XCTest

@testable import SiaKit

/// `sia verify` re-renders a declaration from its data block and compares the bytes, so
/// a format's rendering must never change once documents exist: these are documents of
/// format `sia-declaration/1` as sia wrote them (Tests/Fixtures/documents). A change to
/// the renderer, or to a catalogue sentence it uses, fails here; it needs a new format
/// number and the old renderer kept for the old one (README, "Formats des documents").
final class DeclarationFormatTests: XCTestCase {
  static let folder = DeclarationFixtures.folder.appendingPathComponent("documents")

  func testFormatOneDocumentsStillRenderByteForByte() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
      $0.hasPrefix("sia-declaration-1-")
    }
    XCTAssertEqual(names.count, 2)
    for name in names {
      let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
      let declaration = try XCTUnwrap(DeclarationFile.parse(text), name)
      XCTAssertEqual(declaration.format, "sia-declaration/1")
      XCTAssertTrue(DocumentInspection.declarationFormats.contains(declaration.format))
      XCTAssertEqual(try DeclarationRenderer(declaration).markdown(), text, "\(name) no longer renders the same")
    }
  }

  /// Format 2 is frozen the same way from the moment it is released (session 5): the
  /// system's name in both languages and every answer's values as an array.
  func testFormatTwoDocumentsStillRenderByteForByte() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
      $0.hasPrefix("sia-declaration-2-")
    }
    XCTAssertEqual(names.count, 2)
    for name in names {
      let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
      let declaration = try XCTUnwrap(DeclarationFile.parse(text), name)
      XCTAssertEqual(declaration.format, "sia-declaration/2")
      XCTAssertTrue(DocumentInspection.declarationFormats.contains(declaration.format))
      XCTAssertNotNil(declaration.system.names, name)
      XCTAssertTrue(declaration.answers.allSatisfy { $0.values != nil && $0.value == nil }, name)
      XCTAssertEqual(try DeclarationRenderer(declaration).markdown(), text, "\(name) no longer renders the same")
    }
  }

  /// And the check catches a difference of one character anywhere in the prose.
  func testOneChangedCharacterOfProseIsADifference() throws {
    let text = try String(
      contentsOf: Self.folder.appendingPathComponent("sia-declaration-1-fr-contested.md"), encoding: .utf8)
    let declaration = try XCTUnwrap(DeclarationFile.parse(text))
    let edited = text.replacingOccurrences(of: "## Verdict du guide", with: "## Verdict du guide ")
    XCTAssertNotEqual(edited, text)
    XCTAssertNotEqual(try DeclarationRenderer(declaration).markdown(), edited)
  }
}
