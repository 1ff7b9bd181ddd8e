import Foundation
import XCTest

@testable import SiaKit

/// `JSONReader` reads hostile input: every valid text must give what `JSONDecoder`
/// gives, every malformed one a `Failure` (never a trap), and where `JSONDecoder` is
/// lenient the reader refuses.
final class JSONReaderTests: XCTestCase {
  func read(_ text: String) throws -> JSONValue { try JSONReader.parse(Array(text.utf8)) }

  func decoded(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

  func testValidTextsGiveWhatJSONDecoderGives() throws {
    let texts = [
      #"{}"#, #"[]"#, #""""#, #"0"#, #"-0"#, #"-1"#, #"42"#, "9223372036854775807", "-9223372036854775808",
      #"true"#, #"false"#, #"null"#, #"  {"a" : [ 1 , 2 ] }  "#, "\t\r\n[\n1\r\n]\n",
      #"{"a":{"b":{"c":[{"d":null}]}},"e":"f"}"#,
      #"{"s":"\"\\\/\b\f\n\r\t"}"#, #"{"nul":"\u0000","é":"\u00e9\u00E9","e":"e\u0301"}"#,
      #"{"smile":"\ud83d\ude00","bmp":"\uffff","mixed":"a\u00e9b😀c"}"#, #"{"raw":"déjà vu — « ok » 😀"}"#,
      #"{"ctl":"\u001f\u007f"}"#, #"["a",["b",["c",[]]],{}]"#,
    ]
    for text in texts {
      XCTAssertEqual(try read(text), try decoded(text), text)
    }
  }

  func testEscapesAndSurrogates() throws {
    XCTAssertEqual(try read(#""\ud83d\ude00""#), .string("😀"))
    XCTAssertEqual(try read(#""\uD83D\uDE00""#), .string("😀"))
    XCTAssertEqual(try read(#""\u00e9t\u00e9""#), .string("été"))
    XCTAssertEqual(try read(#""a\\nb""#), .string("a\\nb"))
    XCTAssertEqual(try read(#""\u0041\u0000""#), .string("A\u{0}"))
    for text in [
      #""\ud83d""#, #""\ude00""#, #""\ud83dx""#, #""\ud83d\u0041""#, #""\ud83d\ud83d""#, #""\ud83d\"#, #""\u12""#,
      #""\u12G4""#, #""\x""#, #""\'""#, #""\"#, #""\U0041""#,
    ] {
      XCTAssertThrowsError(try read(text), text)
    }
  }

  func testMalformedTextsAreRefused() {
    let texts = [
      "", " ", "{", "}", "[", "]", "[1,]", "[,1]", "[1 2]", #"{"a":1,}"#, #"{"a" 1}"#, #"{"a":}"#, #"{a:1}"#,
      #"{'a':1}"#,
      #"{"a":1 "b":2}"#, #"{,}"#, #"{1:2}"#, "tru", "nul", "falsey", "True", "NaN", "Infinity", "-Infinity", "-", "--1",
      "+1", "01", "-01", "00", "1.", ".5", "1.5", "1.0", "1e2", "1E+2", "-0.0", "0x10", "9223372036854775808",
      "-9223372036854775809", "99999999999999999999999", #""abc"#, "\"a\tb\"", "\"a\nb\"", "\"a\u{0}b\"",
      #"{"a":1}x"#, #"{"a":1}{"#, "{\"a\":1}\u{0}", "[1]\u{0B}", "\u{FEFF}{}", #""a" "b""#, "/* c */ 1", "[1] // c",
    ]
    for text in texts {
      XCTAssertThrowsError(try read(text), text.debugDescription)
    }
  }

  func testInvalidUTF8IsRefused() {
    for bytes: [UInt8] in [
      [0x22, 0xC3, 0x22], [0x22, 0xC0, 0x80, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xFF, 0x22],
      [0x22, 0xE2, 0x82, 0x5C, 0x6E, 0x22], [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],
    ] {
      XCTAssertThrowsError(try JSONReader.parse(bytes), "\(bytes)")
    }
  }

  func testDuplicateKeysAreRefusedEvenWhenOnlyCanonicallyEqual() {
    XCTAssertThrowsError(try read(#"{"a":1,"a":1}"#)) {
      XCTAssertEqual(($0 as? JSONReader.Failure)?.reason, "duplicate object key")
      XCTAssertEqual(($0 as? JSONReader.Failure)?.offset, 7)
    }
    XCTAssertThrowsError(try read(#"{"é":1,"e\u0301":2}"#))
    XCTAssertThrowsError(try read(#"{"x":{"a":1,"b":{"c":1,"c":2}}}"#))
    XCTAssertNoThrow(try read(#"{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}"#))
  }

  func testNumbersAreIntegersWithinInt() throws {
    XCTAssertEqual(
      try read("[0,-0,7,-7,1234567890]"), .array([.int(0), .int(0), .int(7), .int(-7), .int(1_234_567_890)]))
    XCTAssertEqual(try read("9223372036854775807"), .int(Int.max))
    XCTAssertEqual(try read("-9223372036854775808"), .int(Int.min))
    XCTAssertEqual(try read("[1,2]"), .array([.int(1), .int(2)]))
    XCTAssertEqual(try read(#"{"n":-12}"#), .object(["n": .int(-12)]))
  }

  func testNestingIsLimited() throws {
    let limit = JSONReader.maxDepth
    let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    XCTAssertNoThrow(try read(deepest))
    let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
    XCTAssertThrowsError(try read(tooDeep))
    let objects = String(repeating: #"{"a":"#, count: limit + 1) + "1" + String(repeating: "}", count: limit + 1)
    XCTAssertThrowsError(try read(objects))
    // Far deeper than any stack could recurse: refused at the limit, no crash.
    XCTAssertThrowsError(try read(String(repeating: "[", count: 200_000)))
    XCTAssertThrowsError(try read(String(repeating: #"{"a":"#, count: 200_000)))
  }

  func testTruncationAnywhereIsAFailureNotATrap() throws {
    let text = #"{"a":[1,-2,true,false,null,"x\u00e9\ud83d\ude00\n"],"b":{"c":""}}"#
    XCTAssertNoThrow(try read(text))
    let bytes = Array(text.utf8)
    for length in 0..<bytes.count {
      XCTAssertThrowsError(try JSONReader.parse(bytes[..<length]), "\(length)")
    }
  }

  func testFailuresSayWhere() {
    XCTAssertThrowsError(try read(#"{"a":tru}"#)) {
      XCTAssertEqual($0 as? JSONReader.Failure, JSONReader.Failure(offset: 5, reason: "not a JSON value"))
    }
    XCTAssertThrowsError(try read(#"{"a":tru"#)) {
      XCTAssertEqual($0 as? JSONReader.Failure, JSONReader.Failure(offset: 5, reason: "truncated literal"))
    }
    XCTAssertThrowsError(try read(#"[1.5]"#)) {
      XCTAssertEqual($0 as? JSONReader.Failure, JSONReader.Failure(offset: 2, reason: "only integers are allowed"))
    }
  }
}
