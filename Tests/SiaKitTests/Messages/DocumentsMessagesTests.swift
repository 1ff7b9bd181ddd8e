import XCTest

@testable import SiaKit

/// The documents feature's sentences: in the catalogue, both languages, same placeholders.
final class DocumentsMessagesTests: XCTestCase {
  func testEveryMessageIsInTheCatalogueWithTheSamePlaceholders() {
    let keys = Messages.all.map(\.key)
    XCTAssertEqual(Set(keys).count, keys.count, "duplicate message keys")
    for message in Messages.documentsCatalogue {
      XCTAssertTrue(keys.contains(message.key), message.key)
      XCTAssertFalse(message.fr.isEmpty || message.en.isEmpty, message.key)
      XCTAssertEqual(message.placeholders(.fr), message.placeholders(.en), message.key)
    }
  }

  func testEveryVerdictAndRoleHasALabel() {
    for verdict in VerdictID.allCases { XCTAssertFalse(VerdictLabel.message(verdict).fr.isEmpty) }
    for role in GAIDeTCategory.allCases { XCTAssertFalse(role.label.en.isEmpty) }
  }
}
