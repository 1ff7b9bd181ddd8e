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
    let message = Message("test", fr: "{n} section(s) dans {where}", en: "{n} section(s) in {where}")
    XCTAssertEqual(message.text(.fr, [.n: "3", .where: "le guide"]), "3 section(s) dans le guide")
    XCTAssertEqual(message.text(.en, [.n: "3", .where: "the guide"]), "3 section(s) in the guide")
    XCTAssertEqual(message.placeholders(.fr), ["n", "where"])
  }

  func testArgumentsFillTheTemplateOnly() {
    let message = Message("test", fr: "{first} et {second}, {{first}} {inconnu} {first}{first} {} {", en: "")
    XCTAssertEqual(
      message.text(.fr, [.first: "{second}", .second: "é}{"]),
      "{second} et é}{, {{second}} {inconnu} {second}{second} {} {")
    XCTAssertEqual(message.text(.fr), "{first} et {second}, {{first}} {inconnu} {first}{first} {} {")
    XCTAssertEqual(Message("test", fr: "« {text} » — fin", en: "").text(.fr, [.text: "déjà"]), "« déjà » — fin")
    // A name that is a prefix of another's is not taken for it.
    XCTAssertEqual(Message("test", fr: "{term}/{terms}", en: "").text(.fr, [.terms: "b", .term: "a"]), "a/b")
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
