import Foundation
import XCTest

@testable import SiaKit

/// The hand-written UTF-8 check must agree with the standard library's on every short
/// sequence and wherever the eight-byte ASCII stride starts or stops.
final class UTF8ValidationTests: XCTestCase {
  func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) } }

  func reference(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

  func testEveryOneAndTwoByteSequence() {
    XCTAssertTrue(valid([]))
    for first in 0...255 {
      XCTAssertEqual(valid([UInt8(first)]), reference([UInt8(first)]), "\(first)")
      for second in 0...255 {
        let bytes = [UInt8(first), UInt8(second)]
        if valid(bytes) != reference(bytes) { XCTFail("\(bytes)") }
      }
    }
  }

  func testEveryLeadAndSecondByteOfLongerSequences() {
    let tails: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xF5, 0xFF]
    for first in UInt8(0xC0)...0xFF {
      for second in 0...255 {
        for third in tails {
          for bytes in [
            [first, UInt8(second), third], [first, UInt8(second), third, 0x80], [first, UInt8(second), 0x80, third],
          ]
          where valid(bytes) != reference(bytes) {
            XCTFail("\(bytes)")
          }
        }
      }
    }
  }

  func testAroundTheASCIIStride() {
    let specials: [[UInt8]] = [
      [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xFF],
    ]
    for prefix in 0...17 {
      for special in specials {
        for suffix in [0, 1, 7, 8, 9] {
          let bytes = [UInt8](repeating: 0x61, count: prefix) + special + [UInt8](repeating: 0x62, count: suffix)
          XCTAssertEqual(valid(bytes), reference(bytes), "\(bytes)")
        }
      }
    }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in
        Bool.random(using: &generator)
          ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
      }
      if valid(bytes) != reference(bytes) { XCTFail("\(bytes)") }
    }
  }

  func testStringsAreMadeOnlyFromValidBytes() {
    func text(_ bytes: [UInt8]) -> String? { bytes.withUnsafeBufferPointer { String(validUTF8: $0) } }
    XCTAssertEqual(text([]), "")
    XCTAssertEqual(text(Array("déjà 😀 \u{FFFD} \u{0}".utf8)), "déjà 😀 \u{FFFD} \u{0}")
    XCTAssertNil(text([0x41, 0xE2, 0x82]))
    XCTAssertNil(text([0xEF, 0xBB, 0xBF, 0xC0, 0x80]))
  }
}
