import Foundation

/// Where a declaration goes and how it is written: `declaration-YYYY-MM-DD-<slug>.md`
/// (`derogation-…` for an exemption request, `exemption-request-…` in English) in the
/// target folder, atomically, never over an existing file unless forced. The slug is
/// made of `a-z0-9-` only, in the document's language, so no name can lead outside the
/// folder.
public enum DeclarationFile {
  public static func name(for declaration: Declaration, slug: String? = nil) -> String {
    let lang = declaration.lang
    let prefix = declaration.kind == .exemptionRequest ? exemptionPrefix(lang) : "declaration"
    let base = slug ?? declaration.system.name(lang) + " " + declaration.intendedUse.pick(lang)
    return "\(prefix)-\(declaration.date)-\(Slug.make(base)).md"
  }

  /// The file-name prefix of an exemption request in `lang`.
  public static func exemptionPrefix(_ lang: Lang) -> String { lang == .en ? "exemption-request" : "derogation" }

  /// Renders and writes the document, unsigned (an old signature of that name goes
  /// when forced); returns its path. Without `force`, a name already taken gets a
  /// number (`…-2.md`, `…-3.md`): a second declaration the same day never collides with,
  /// nor proposes to replace, a document that may be signed and approved.
  @discardableResult
  public static func write(_ declaration: Declaration, folder: String, slug: String? = nil, force: Bool) throws
    -> String
  {
    try writeSigned(declaration, folder: folder, slug: slug, force: force, key: nil).path
  }

  /// Renders the document and writes it with its signature (when a key is given) as one
  /// pair (`SignedPair`): a crash or a concurrent `declare` never leaves a `.md` beside
  /// another document's `.sig`. Returns its path and the signature.
  public static func writeSigned(
    _ declaration: Declaration, folder: String, slug: String? = nil, force: Bool, key: OpenSSHPrivateKey?
  ) throws -> (path: String, signature: SSHSignature?) {
    // The name is a slug (no `/`), so the document always lands in `folder`.
    let base = (folder.hasSuffix("/") ? folder : folder + "/") + name(for: declaration, slug: slug)
    let document = Data(try DeclarationRenderer(declaration).markdown().utf8)
    for number in 1...(force ? 1 : maxNumber) {
      let path = number == 1 ? base : String(base.dropLast(3)) + "-\(number).md"
      // A signature left without its document also keeps the name taken.
      if !force, FileManager.default.fileExists(atPath: path + ".sig") { continue }
      let signature = try key.map { key in
        try SSHSignature.sign(
          message: document, namespace: DocumentKind.detect(document: document, path: path).namespace, key: key)
      }
      do {
        try SignedPair.write(
          document: document, signature: signature.map { Data($0.armored.utf8) }, to: path, overwrite: force)
        return (path, signature)
      } catch SignedPair.Failure.exists(let existing) {
        if force { throw AtomicFile.Failure.exists(existing) }
      }
    }
    throw AtomicFile.Failure.exists(base)
  }

  /// How many documents of the same name a folder can take before giving up.
  static let maxNumber = 999

  /// Reads the declaration back from its structured block.
  public static func parse(_ text: String) -> Declaration? {
    DocumentContent(text: text).declaration
  }
}

/// File-name slugs: lower-case ASCII letters and digits joined by `-`, accents folded,
/// at most a few words; never empty, never `.` or `/`.
public enum Slug {
  public static func make(_ text: String, maxLength: Int = 40) -> String {
    let folded = text.folding(
      options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")
    )
    .lowercased()
    var words: [String] = []
    var current = ""
    for scalar in folded.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    var slug = ""
    for word in words {
      let candidate = slug.isEmpty ? word : slug + "-" + word
      if candidate.count > maxLength { break }
      slug = candidate
    }
    if slug.isEmpty { slug = String(words.first?.prefix(maxLength) ?? "usage") }
    return slug
  }
}
