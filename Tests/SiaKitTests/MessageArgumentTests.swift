import SiaKit
import XCTest

/// Message arguments are typed (`[MessageArgument: String]`): the enum must name exactly
/// the placeholders of the catalogue — a placeholder without a case could never be
/// filled, and a case no message uses is a name a call could give in vain.
final class MessageArgumentTests: XCTestCase {
  func testEveryPlaceholderOfEveryMessageIsACase() {
    for message in Messages.all {
      for lang in Lang.allCases {
        for name in message.placeholders(lang) {
          XCTAssertNotNil(
            MessageArgument(rawValue: name),
            "\(message.key) (\(lang)): {\(name)} is no MessageArgument case (run scripts/type-message-arguments.py)")
        }
      }
    }
  }

  func testEveryCaseIsAPlaceholderOfSomeMessage() {
    let used = Set(Messages.all.flatMap { $0.placeholders(.fr).union($0.placeholders(.en)) })
    XCTAssertFalse(used.isEmpty)
    for argument in MessageArgument.allCases {
      XCTAssertTrue(used.contains(argument.rawValue), "MessageArgument.\(argument) is no placeholder of any message")
    }
  }

  /// Every placeholder of a message is filled by its own argument, in both languages.
  func testEachArgumentFillsItsPlaceholder() {
    for message in Messages.all {
      for lang in Lang.allCases {
        let names = message.placeholders(lang).compactMap(MessageArgument.init(rawValue:))
        let filled = message.text(lang, Dictionary(uniqueKeysWithValues: names.map { ($0, "⟨\($0.rawValue)⟩") }))
        for name in names {
          XCTAssertFalse(filled.contains("{\(name.rawValue)}"), "\(message.key) (\(lang)): {\(name.rawValue)} left")
          XCTAssertTrue(filled.contains("⟨\(name.rawValue)⟩"), "\(message.key) (\(lang)): \(name.rawValue) not put in")
        }
      }
    }
  }
}
