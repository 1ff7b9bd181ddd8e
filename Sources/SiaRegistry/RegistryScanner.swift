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
  /// asks the disk whether the path is a folder: one more `stat` per file, a sixth of a
  /// re-run over 50,000 files.
  static func fileName(_ path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }

  static func isCandidate(_ file: FolderWalker.File) -> Bool {
    let name = fileName(file.path)
    guard name.hasSuffix(".md"), !name.hasPrefix(".") else { return false }
    return file.siblings.contains(name + ".sig") || documentPrefixes.contains { name.lowercased().hasPrefix($0) }
  }

  /// Updates `index` for `roots` (folders or files; paths are made absolute).
  public func scan(_ roots: [String], index: RegistryIndex) throws -> Outcome {
    var outcome = Outcome()
    var walker = FolderWalker()
    for root in roots { walker.walk(root) }
    outcome.unreadableFolders = walker.unreadable
    let candidates = walker.files.filter(RegistryScanner.isCandidate)
    outcome.ignored =
      walker.files.count - candidates.count
      - walker.files.filter { $0.path.hasSuffix(".sig") || $0.path.hasSuffix(".approval") }.count

    let stored = try index.database.write { db -> [String: (stamp: String, hash: String)] in
      let previous = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'context'")
      if previous != context {
        try db.execute(sql: "DELETE FROM document")
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('context', ?)", arguments: [context])
      }
      var stored: [String: (stamp: String, hash: String)] = [:]
      for range in RegistryScanner.ranges(roots) {
        let rows = try Row.fetchCursor(
          db, sql: "SELECT path, stamp, contentHash FROM document WHERE path = ? OR (path > ? AND path < ?)",
          arguments: [range.exact, range.low, range.high])
        while let row = try rows.next() { stored[row[0]] = (row[1], row[2]) }
      }
      return stored
    }

    var toCheck: [(path: String, stamp: String)] = []
    for candidate in candidates {
      let stamp = FileStamp.of(candidate.path)
      if let previous = stored[candidate.path], previous.stamp == stamp {
        outcome.unchanged += 1
      } else {
        toCheck.append((candidate.path, stamp))
      }
    }
    let seen = Set(candidates.map(\.path))
    let gone = stored.keys.filter { !seen.contains($0) }

    var start = 0
    while start < toCheck.count {
      let batch = Array(toCheck[start..<min(start + batchSize, toCheck.count)])
      start += batch.count
      let results = check(batch, stored: stored)
      try index.database.write { db in
        for result in results {
          switch result {
          case .notSia: outcome.ignored += 1
          case .sameContent(let path, let stamp):
            outcome.unchanged += 1
            try db.execute(sql: "UPDATE document SET stamp = ? WHERE path = ?", arguments: [stamp, path])
          case .verified(let document):
            if stored[document.entry.path] == nil { outcome.new += 1 } else { outcome.changed += 1 }
            try document.save(db)
          }
        }
      }
    }
    // A file that became a non-sia file is forgotten too.
    try index.database.write { db in
      for path in gone { try db.execute(sql: "DELETE FROM document WHERE path = ?", arguments: [path]) }
    }
    outcome.removed = gone.count
    return outcome
  }

  enum Checked {
    case notSia
    case sameContent(path: String, stamp: String)
    case verified(IndexedDocument)
  }

  /// Reads, hashes and verifies files on every core; the results keep `batch`'s order.
  func check(_ batch: [(path: String, stamp: String)], stored: [String: (stamp: String, hash: String)]) -> [Checked] {
    var results = [Checked](repeating: .notSia, count: batch.count)
    let verifier = self.verifier
    results.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: batch.count) { index in
        let (path, stamp) = batch[index]
        output[index] = RegistryScanner.check(
          path: path, stamp: stamp, previousHash: stored[path]?.hash, verifier: verifier)
      }
    }
    return results
  }

  static func check(path: String, stamp: String, previousHash: String?, verifier: DocumentVerifier) -> Checked {
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

/// What says a file changed without reading it: size, modification and change times
/// (nanoseconds) and inode, for the document and its three companions. The change
/// time cannot be set back by hand, so an edit that restores the old date is noticed.
enum FileStamp {
  static func of(_ path: String) -> String {
    [path, path + ".sig", path + ".approval", path + ".approval.sig"].map { file -> String in
      var info = stat()
      guard lstat(file, &info) == 0 else { return "-" }
      return
        "\(info.st_size).\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec).\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec).\(info.st_ino)"
    }.joined(separator: ",")
  }
}
