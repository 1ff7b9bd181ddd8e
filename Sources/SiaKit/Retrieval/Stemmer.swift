import CStemmer

/// One of Snowball's official stemmers (libstemmer, Debian `libstemmer-dev` 2.2.0),
/// called through its C API rather than re-implemented, so our stems are exactly the
/// reference ones. Input must already be lower-case UTF-8 (libstemmer does not fold
/// case). Not thread-safe: libstemmer keeps its result in the stemmer object, so each
/// analyzer owns its own stemmers.
public final class Stemmer {
  public let lang: Lang
  private let handle: OpaquePointer

  /// Nil only if libstemmer lacks the algorithm (it ships French and English).
  public init?(_ lang: Lang) {
    let algorithm = lang == .fr ? "french" : "english"
    guard let handle = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
    self.lang = lang
    self.handle = handle
  }

  deinit { sb_stemmer_delete(handle) }

  /// The Snowball stem of a lower-case word; the word itself if libstemmer fails
  /// (it only fails when out of memory).
  public func stem(_ word: String) -> String {
    var word = word
    return word.withUTF8 { bytes -> String in
      guard let base = bytes.baseAddress,
        let result = sb_stemmer_stem(handle, base, Int32(bytes.count))
      else { return String(decoding: bytes, as: UTF8.self) }
      let length = Int(sb_stemmer_length(handle))
      return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
  }
}
