import SiaKit
import XCTest

final class ChoiceLetterParserTests: XCTestCase {
  let letters = ["a", "b", "c", "d"]

  func parse(_ line: String) -> Result<Set<String>, AnswerProblem> { ChoiceLetterParser.parse(line, letters: letters) }

  func testAcceptsTheUsualWaysOfTypingLetters() {
    XCTAssertEqual(try parse("b").get(), ["b"])
    XCTAssertEqual(try parse("a,c").get(), ["a", "c"])
    XCTAssertEqual(try parse(" A, C ").get(), ["a", "c"])
    XCTAssertEqual(try parse("a c").get(), ["a", "c"])
    XCTAssertEqual(try parse("ca").get(), ["a", "c"])
    XCTAssertEqual(try parse("b)").get(), ["b"])
    XCTAssertEqual(try parse("a,a").get(), ["a"])
  }

  func testRefusesWhatIsNotAChoice() {
    XCTAssertEqual(parse(""), .failure(.empty))
    XCTAssertEqual(parse(" , "), .failure(.empty))
    XCTAssertEqual(parse("e"), .failure(.unknown("e")))
    XCTAssertEqual(parse("oui"), .failure(.unknown("oui")))
    XCTAssertEqual(parse("a,x"), .failure(.unknown("x")))
  }
}
