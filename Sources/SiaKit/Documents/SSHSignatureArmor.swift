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
    guard let text = String(data: fileData, encoding: .utf8) else { throw SSHSignatureError.notArmored }
    try self.init(armored: text)
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
