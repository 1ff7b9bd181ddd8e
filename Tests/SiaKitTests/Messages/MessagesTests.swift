import Foundation
import SiaKit
import XCTest

/// The FR/EN catalogue is complete: every message has both languages, the same
/// placeholders in each, a unique key — and every message declared in the sources is
/// listed in `Messages.all`, so none escapes these checks.
final class MessagesTests: XCTestCase {
  func testEveryMessageHasBothLanguagesAndTheSamePlaceholders() {
    XCTAssertFalse(Messages.all.isEmpty)
    for message in Messages.all {
      XCTAssertFalse(message.fr.trimmingCharacters(in: .whitespaces).isEmpty, "\(message.key): French text missing")
      XCTAssertFalse(message.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(message.key): English text missing")
      XCTAssertEqual(message.placeholders(.fr), message.placeholders(.en), "\(message.key): placeholders differ")
    }
  }

  func testKeysAreUnique() {
    var seen = Set<String>()
    for message in Messages.all {
      XCTAssertTrue(seen.insert(message.key).inserted, "duplicate message key \(message.key)")
    }
  }

  func testEveryDeclaredMessageIsInTheCatalogue() throws {
    let folder = Fixtures.repositoryRoot.appendingPathComponent("Sources/SiaKit/Messages")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
    var declared = 0
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      declared += text.components(separatedBy: "= Message(").count - 1
    }
    XCTAssertEqual(declared, Messages.all.count, "a Message is declared but missing from its …Catalogue list")
  }

  func testPlaceholdersAreReplaced() {
    let message = Message("test", fr: "{n} section(s) dans {lieu}", en: "{n} section(s) in {lieu}")
    XCTAssertEqual(message.text(.fr, ["n": "3", "lieu": "le guide"]), "3 section(s) dans le guide")
    XCTAssertEqual(message.text(.en, ["n": "3", "lieu": "the guide"]), "3 section(s) in the guide")
    XCTAssertEqual(message.placeholders(.fr), ["n", "lieu"])
  }

  func testArgumentsFillTheTemplateOnly() {
    let message = Message("test", fr: "{a} et {b}, {{a}} {inconnu} {a}{a} {} {", en: "")
    XCTAssertEqual(message.text(.fr, ["a": "{b}", "b": "é}{"]), "{b} et é}{, {{b}} {inconnu} {b}{b} {} {")
    XCTAssertEqual(message.text(.fr), "{a} et {b}, {{a}} {inconnu} {a}{a} {} {")
    XCTAssertEqual(Message("test", fr: "« {x} » — fin", en: "").text(.fr, ["x": "déjà"]), "« déjà » — fin")
  }

  func testLanguageFromEnvironment() {
    XCTAssertEqual(Lang.fromEnvironment([:]), .fr)
    XCTAssertEqual(Lang.fromEnvironment(["LANG": "en_GB.UTF-8"]), .en)
    XCTAssertEqual(Lang.fromEnvironment(["LANG": "fr_FR.UTF-8"]), .fr)
    XCTAssertEqual(Lang.fromEnvironment(["LANG": "C.UTF-8"]), .fr)
    XCTAssertEqual(Lang.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"]), .en)
    // gettext's order: LANGUAGE (its first French or English entry), LC_ALL, LC_MESSAGES, LANG.
    XCTAssertEqual(Lang.fromEnvironment(["LANGUAGE": "en_GB:fr", "LANG": "fr_FR.UTF-8"]), .en)
    XCTAssertEqual(Lang.fromEnvironment(["LANGUAGE": "de:fr:en", "LANG": "en_US.UTF-8"]), .fr)
    XCTAssertEqual(Lang.fromEnvironment(["LANGUAGE": "de", "LC_ALL": "en_US.UTF-8"]), .en)
    XCTAssertEqual(Lang.fromEnvironment(["LC_MESSAGES": "en_US.UTF-8", "LANG": "fr_FR.UTF-8"]), .en)
    XCTAssertEqual(Lang.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"]), .fr)
    XCTAssertEqual(Lang(argument: "EN"), .en)
    XCTAssertNil(Lang(argument: "de"))
  }
}
