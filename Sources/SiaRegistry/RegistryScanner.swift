import Foundation
import GRDB
import SiaKit

/// Brings the index up to date with folders: finds sia documents (recursively), skips
/// what did not change since the last run, verifies the rest with `DocumentVerifier`
/// (the code behind `sia verify`), two at a time on two cores, and forgets the files
/// that are gone.
public struct RegistryScanner {
  public struct Outcome: Equatable, Sendable {
    public var new = 0
    public var changed = 0
    public var unchanged = 0
    public var removed = 0
    /// Files that are not sia documents (no signature beside them and no sia name, or no sia block).
    public var ignored = 0
    public var unreadableFolders: [String] = []
  }

  public var verifier: DocumentVerifier
  /// What the verification depends on besides the files (allowed signers, guide
  /// version): when it differs from the index's, every file is verified again.
  public var context: String
  /// Files verified per transaction: bounds the memory held at once.
  public var batchSize = 1_000

  public init(verifier: DocumentVerifier, context: String) {
    self.verifier = verifier
    self.context = context
  }

  /// The names a sia document gets (`sia declare`, `sia train`), checked before any read.
  static let documentPrefixes = DocumentKind.namePrefixes.map(\.prefix)

  /// A file's own name, the text after its last `/`. Not `URL(fileURLWithPath:)`, which
  /// asks the disk whether the path is a folder.
  static func fileName(_ path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }

  /// Updates `index` for `roots` (folders or files; paths are made absolute).
  ///
  /// A re-run costs one `fstatat` per file (FolderWalker), one read of the index's
  /// paths and stamps, and reads, hashes and verifies only the documents whose stamp
  /// changed; an unchanged file is not even opened.
  public func scan(_ roots: [String], index: RegistryIndex) throws -> Outcome {
    do {
      return try update(roots, index: index)
    } catch  where RegistryIndex.isDamage(error) && index.rebuildAfterDamage() {
      // A damaged page found on the way: the index is made again from the files.
      return try update(roots, index: index)
    }
  }

  private func update(_ roots: [String], index: RegistryIndex) throws -> Outcome {
    var outcome = Outcome()
    var walker = FolderWalker()
    for root in roots { walker.walk(root) }
    outcome.unreadableFolders = walker.unreadable
    outcome.ignored = walker.ignored
    let candidates = walker.candidates

    var position: [String: Int] = [:]
    position.reserveCapacity(candidates.count)
    for (offset, candidate) in candidates.enumerated() { position[candidate.path] = offset }
    // Per candidate: not in the index, in it with another stamp, or unchanged.
    var known = [Bool](repeating: false, count: candidates.count)
    var unchanged = [Bool](repeating: false, count: candidates.count)
    let gone = try index.database.write { db -> [String] in
      let previous = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'context'")
      if previous != context {
        try db.execute(sql: "DELETE FROM document")
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('context', ?)", arguments: [context])
      }
      var gone: [String] = []
      for range in RegistryScanner.ranges(roots) {
        let rows = try Row.fetchCursor(
          db, sql: "SELECT path, stamp FROM document WHERE \(RegistryScanner.scopeSQL)",
          arguments: [range.exact, range.high, range.exact, range.low])
        while let row = try rows.next() {
          let path: String = row[0]
          guard let offset = position[path] else {
            gone.append(path)
            continue
          }
          known[offset] = true
          unchanged[offset] = row.dataNoCopy(atIndex: 1) == candidates[offset].stamp.bytes
        }
      }
      return gone
    }

    var toCheck: [(path: String, stamp: Data, known: Bool)] = []
    for (offset, candidate) in candidates.enumerated() {
      if unchanged[offset] {
        outcome.unchanged += 1
      } else {
        toCheck.append((candidate.path, candidate.stamp.bytes, known[offset]))
      }
    }

    var start = 0
    while start < toCheck.count {
      let batch = Array(toCheck[start..<min(start + batchSize, toCheck.count)])
      start += batch.count
      // The hashes of the files already indexed, to tell a touched file from an edited one.
      let hashes = try index.database.read { db -> [String: String] in
        var hashes: [String: String] = [:]
        for item in batch where item.known {
          hashes[item.path] = try String.fetchOne(
            db, sql: "SELECT contentHash FROM document WHERE path = ?", arguments: [item.path])
        }
        return hashes
      }
      let results = check(batch.map { ($0.path, $0.stamp) }, previousHashes: hashes)
      try index.database.write { db in
        for (result, item) in zip(results, batch) {
          switch result {
          case .notSia:
            outcome.ignored += 1
            // A file that became a non-sia file is forgotten too.
            if item.known {
              try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [item.path])
              outcome.removed += 1
            }
          case .sameContent(let path, let stamp):
            outcome.unchanged += 1
            try db.execute(sql: "UPDATE document SET stamp = ? WHERE path = ?", arguments: [stamp, path])
          case .verified(let document):
            if item.known { outcome.changed += 1 } else { outcome.new += 1 }
            try document.save(db)
          }
        }
      }
    }
    try index.database.write { db in
      for path in gone { try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [path]) }
    }
    outcome.removed += gone.count
    return outcome
  }

  enum Checked {
    case notSia
    case sameContent(path: String, stamp: Data)
    case verified(IndexedDocument)
  }

  /// Reads, hashes and verifies files on every core; the results keep `batch`'s order.
  func check(_ batch: [(path: String, stamp: Data)], previousHashes: [String: String]) -> [Checked] {
    var results = [Checked](repeating: .notSia, count: batch.count)
    let verifier = self.verifier
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: batch.count) { index in
        let (path, stamp) = batch[index]
        output[index] = RegistryScanner.check(
          path: path, stamp: stamp, previousHash: previousHashes[path], verifier: verifier)
      }
    }
    return results
  }

  static func check(path: String, stamp: Data, previousHash: String?, verifier: DocumentVerifier) -> Checked {
    // Read as the verifier reads: the committed pair, even while another process replaces it.
    let pair = SignedPair.read(path)
    guard let document = pair.document else {
      // Listed, not skipped: a lab head must see that a declaration could not be read.
      return .verified(IndexedDocument(entry: .unreadable(path: path), stamp: stamp, contentHash: ""))
    }
    let approval = SignedPair.read(Approval.path(for: path))
    let hash = contentHash(document: document, signature: pair.signature, approval: approval)
    if hash == previousHash { return .sameContent(path: path, stamp: stamp) }
    let content = DocumentContent(document: document)
    let name = fileName(path).lowercased()
    guard content.block != nil || documentPrefixes.contains(where: { name.hasPrefix($0) }) else { return .notSia }
    // The very bytes just hashed are verified: each file read and parsed once.
    let report = verifier.verify(path: path, pair: pair, content: content, approvalPair: approval)
    let entry = RegistryEntry(report: report, currentGuide: verifier.currentGuideVersion, signed: pair.signature != nil)
    return .verified(IndexedDocument(entry: entry, stamp: stamp, contentHash: hash))
  }

  /// SHA-512 over the document, its signature, its approval and the approval's
  /// signature (each absent one counts as empty).
  static func contentHash(document: Data, signature: Data?, approval: (document: Data?, signature: Data?)) -> String {
    var all = document
    for companion in [signature, approval.document, approval.signature].map({ $0 ?? Data() }) {
      all.append(contentsOf: withUnsafeBytes(of: UInt64(companion.count).littleEndian, Array.init))
      all.append(companion)
    }
    return Approval.sha512Hex(all)
  }

  /// A root and what lies below it, as one range of paths [root, root0) less what sorts
  /// between the root and `root/` (`root-x`, `root.md`): one index range, so that
  /// SQLite reads a single (covering) index rather than joining two searches. Arguments:
  /// exact, high, exact, low.
  static let scopeSQL = "(path >= ? AND path < ? AND (path = ? OR path > ?))"

  /// Index key ranges for roots: the root itself, and every path below it.
  static func ranges(_ roots: [String]) -> [(exact: String, low: String, high: String)] {
    roots.map { root in
      let base = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
      // "0" follows "/" in byte order: [base/, base0) is exactly what lies under base/.
      return (base, base + "/", base + "0")
    }
  }
}

extension RegistryEntry {
  /// The line for a document that exists but cannot be read.
  static func unreadable(path: String) -> RegistryEntry {
    // As `sia verify` says of a file it cannot read: unverifiable, kind unknown.
    RegistryEntry(
      path: path, outcome: .unverifiable, kind: .unknown, kindFR: Messages.registryKindUnknown.text(.fr),
      kindEN: Messages.registryKindUnknown.text(.en), declarantName: "", declarantEmail: "", unitName: "", unitCode: "",
      labHeadName: "", labHeadEmail: "", system: "", provider: "", data: "", verdict: nil, verdictToday: nil, date: "",
      validUntil: "", approval: .notNeeded, approverName: "", approverEmail: "", approvalDate: "",
      approverIsLabHead: false,
      signature: .unusable, problemFR: Messages.registryUnreadableFile.text(.fr),
      problemEN: Messages.registryUnreadableFile.text(.en),
      fingerprint: "", approverFingerprint: "", score: "", stateFR: "", stateEN: "")
  }
}
