import Foundation

/// The text form of an SSH signature (`FILE.sig`): base64 of the blob between
/// `-----BEGIN SSH SIGNATURE-----` and `-----END SSH SIGNATURE-----`, 70 columns, LF
/// line ends — byte for byte what `ssh-keygen -Y sign` writes.
extension SSHSignature {
  static let beginMarker = "-----BEGIN SSH SIGNATURE-----"
  static let endMarker = "-----END SSH SIGNATURE-----"

  public var armored: String {
    ([SSHSignature.beginMarker] + SSHBase64.wrapped(blob) + [SSHSignature.endMarker]).joined(separator: "\n") + "\n"
  }

  /// Parses an armored signature. Whitespace and CR inside the armor are tolerated;
  /// a missing marker, bad base64 or a short blob is a `malformed` error.
  public init(armored text: String) throws {
    guard let begin = text.range(of: SSHSignature.beginMarker) else {
      throw SSHSignatureError.notArmored
    }
    guard let end = text.range(of: SSHSignature.endMarker, range: begin.upperBound..<text.endIndex) else {
      throw SSHSignatureError.malformed("no END SSH SIGNATURE line (truncated file?)")
    }
    let base64 = text[begin.upperBound..<end.lowerBound].filter { !$0.isWhitespace }
    guard !base64.isEmpty, let blob = Data(base64Encoded: String(base64)) else {
      throw SSHSignatureError.malformed("signature body is not valid base64")
    }
    try self.init(blob: blob)
  }

  /// Parses the bytes of a `.sig` file (which must be UTF-8 text).
  public init(fileData: Data) throws {
    if let blob = try SSHSignature.asciiBlob(fileData) {
      try self.init(blob: blob)
      return
    }
    guard let text = String(data: fileData, encoding: .utf8) else { throw SSHSignatureError.notArmored }
    try self.init(armored: text)
  }

  /// The blob of an all-ASCII file (every `.sig` ssh-keygen or sia writes), found in
  /// its bytes: bridging to `String` for `range(of:)` and filtering `Character`s cost
  /// `sia verify` a third of an Ed25519 check per file. For ASCII text the result and
  /// the errors are those of `init(armored:)`: the markers can only match byte for
  /// byte, and ASCII whitespace is tab, LF, VT, FF, CR and space. Nil for any other
  /// file, which takes the `String` path.
  static func asciiBlob(_ data: Data) throws -> Data? {
    try data.withUnsafeBytes { raw -> Data? in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      guard let begin = firstRange(of: beginMarker, in: bytes, from: 0) else { throw SSHSignatureError.notArmored }
      guard let end = firstRange(of: endMarker, in: bytes, from: begin.upperBound) else {
        throw SSHSignatureError.malformed("no END SSH SIGNATURE line (truncated file?)")
      }
      let base64 = bytes[begin.upperBound..<end.lowerBound].filter { !(0x09...0x0D).contains($0) && $0 != 0x20 }
      guard !base64.isEmpty, let blob = Data(base64Encoded: Data(base64)) else {
        throw SSHSignatureError.malformed("signature body is not valid base64")
      }
      return blob
    }
  }

  static func firstRange(of marker: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
    let pattern = Array(marker.utf8)
    guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
    for offset in start...(bytes.count - pattern.count)
    where bytes[offset] == pattern[0] && bytes[offset..<offset + pattern.count].elementsEqual(pattern) {
      return offset..<offset + pattern.count
    }
    return nil
  }
}

extension SSHSignature {
  /// Parses an armored signature (the bytes of a `.sig` file) and checks it against
  /// `message` for `namespace` in one call; returns it so the caller can read the key.
  /// Throws `SSHSignatureError` (format problem, wrong namespace, mismatch, non-Ed25519).
  @discardableResult
  public static func verify(armored: Data, message: Data, namespace: String) throws -> SSHSignature {
    let signature = try SSHSignature(fileData: armored)
    try signature.verify(message: message, namespace: namespace)
    return signature
  }
}
