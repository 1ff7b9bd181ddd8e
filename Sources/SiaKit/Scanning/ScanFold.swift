import Foundation

/// The one way the scanner compares words: lower case, accents removed (« Né » and
/// « ne », « cœur » and « coeur » meet), hashed with 64-bit FNV-1a. Word lists, cues and
/// the medical lexicon are all stored as these hashes, so a line is tokenised once and
/// no `String` is made for an ordinary word. Hand-written: working on UTF-8 bytes keeps
/// 10 MB within a second, which `String` case mapping does not.
enum ScanFold {
  static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x100_0000_01b3

  /// The hash of `text` folded.
  static func hash(_ text: String) -> UInt64 {
    Array(text.utf8).withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return offset }
      return hash(base, 0, buffer.count)
    }
  }

  /// The hash of bytes `start..<end` folded.
  static func hash(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
    var h = offset
    fold(base, start, end) { byte in
      h = (h ^ UInt64(byte)) &* prime
    }
    return h
  }

  /// Combines word hashes into the hash of the phrase they form (for n-grams).
  static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    (a ^ 0x9e37_79b9_7f4a_7c15) &* prime &+ b
  }

  /// The folded text of bytes `start..<end`, for cue checks on a few candidates.
  static func string(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(end - start)
    fold(base, start, end) { out.append($0) }
    return String(decoding: out, as: UTF8.self)
  }

  /// The folded form of a whole string.
  static func string(_ text: String) -> String {
    Array(text.utf8).withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return "" }
      return string(base, 0, buffer.count)
    }
  }

  /// Emits the folded bytes of `start..<end`: ASCII lower-cased, Latin-1 letters and
  /// œ/æ reduced to ASCII, the typographic apostrophe to `'`, anything else unchanged.
  @inline(__always)
  static func fold(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ emit: (UInt8) -> Void) {
    var i = start
    while i < end {
      let b = base[i]
      if b < 0x80 {
        emit(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        i += 1
      } else if b == 0xC3, i + 1 < end {
        let folded = latin1[Int(base[i + 1] & 0x3F)]
        if folded == 0x61 && (base[i + 1] == 0x86 || base[i + 1] == 0xA6) {
          emit(0x61)
          emit(0x65)
        } else {
          emit(folded)
        }
        i += 2
      } else if b == 0xC5, i + 1 < end, base[i + 1] == 0x92 || base[i + 1] == 0x93 {
        emit(0x6F)
        emit(0x65)
        i += 2
      } else if b == 0xE2, i + 2 < end, base[i + 1] == 0x80, base[i + 2] == 0x99 {
        emit(0x27)
        i += 3
      } else {
        emit(b)
        i += 1
      }
    }
  }

  /// U+00C0…U+00FF (second byte 0x80…0xBF after 0xC3) to an ASCII letter.
  private static let latin1: [UInt8] =
    Array("aaaaaaaceeeeiiiidnooooo*ouuuuyts".utf8) + Array("aaaaaaaceeeeiiiidnooooo/ouuuuyty".utf8)
}

/// Byte comparisons on folded text: `String.contains` goes through Foundation's
/// Unicode-aware search on Linux, far slower than needed for ASCII cue phrases. Both
/// read the strings' UTF-8 in place (no array is made: they run for many tokens).
enum ScanText {
  static func contains(_ text: String, _ needle: String) -> Bool {
    var text = text
    var needle = needle
    return text.withUTF8 { hay in
      needle.withUTF8 { pattern in ScanBytes.firstIndex(of: pattern, in: hay) != nil }
    }
  }

  static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
    var text = text
    var suffix = suffix
    return text.withUTF8 { hay in
      suffix.withUTF8 { tail in
        guard tail.count <= hay.count else { return false }
        let offset = hay.count - tail.count
        for k in 0..<tail.count where hay[offset + k] != tail[k] { return false }
        return true
      }
    }
  }
}
