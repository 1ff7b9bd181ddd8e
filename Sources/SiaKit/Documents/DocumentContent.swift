import Foundation

/// What a signed document's structured block says, read once: its kind, the
/// declaration it holds and the signer it names. `sia verify` used to find and decode
/// the block once for each of these; over a thousand files that was most of its time.
public struct DocumentContent {
  /// The block's top-level object; nil when the document is not UTF-8, has no block,
  /// or the block is not a JSON object `JSONReader` accepts.
  public let block: [String: JSONValue]?
  /// The declaration the block holds, nil when it holds none.
  public let declaration: Declaration?

  public init(document: Data) {
    block = document.withUnsafeBytes { raw in DocumentContent.block(in: raw.bindMemory(to: UInt8.self)) }
    declaration = block.flatMap { try? Declaration(json: .object($0)) }
  }

  public init(text: String) { self.init(document: Data(text.utf8)) }

  static func block(in bytes: UnsafeBufferPointer<UInt8>) -> [String: JSONValue]? {
    // The text is read as `String(data:encoding: .utf8)` read it: invalid UTF-8 means no
    // text at all, and a leading byte-order mark is not part of it.
    guard UTF8Validation.isValid(bytes) else { return nil }
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let text = bytes.starts(with: bom) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
    guard let range = StructuredBlock.range(in: text),
      case .object(let object)? = try? JSONReader.parse(UnsafeBufferPointer(rebasing: text[range]))
    else { return nil }
    return object
  }

  /// The kind recorded in the block (`"kind": …`), else guessed from the file name
  /// (`attestation-…`, `formation-…`, `training-…`, `….approval`), else a declaration.
  public func kind(path: String) -> DocumentKind {
    if case .string(let name)? = block?["kind"], let kind = DocumentKind(rawValue: name) { return kind }
    let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
    if name.hasSuffix(".approval") { return .approval }
    if ["attestation", "formation", "training"].contains(where: { name.hasPrefix($0) }) { return .training }
    return .declaration
  }

  /// The signer's e-mail as the document states it: the declarant of a declaration,
  /// else an `email` under `declarant`, `person`, `trainee` or `learner` in the block.
  public var principal: String? {
    if let declaration { return declaration.declarant.email }
    guard let block else { return nil }
    for key in ["declarant", "person", "trainee", "learner"] {
      if case .object(let person)? = block[key], case .string(let email)? = person["email"] { return email }
    }
    if case .string(let email)? = block["email"] { return email }
    return nil
  }
}
