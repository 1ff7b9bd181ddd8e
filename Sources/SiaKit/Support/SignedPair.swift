import Foundation

/// A document and its signature (`X` + `X.sig`: a declaration and its `.md.sig`, an
/// approval and its `.approval.sig`) replaced together: after `kill -9` or a power cut
/// at any moment, a reader sees either the old pair or the new one, never one file of
/// each.
///
/// Two renames cannot be one atomic step, so the write has a commit point:
/// 1. the new files are written whole beside the old ones, as `.X.next` and
///    `.X.sig.next` (each atomically, flushed);
/// 2. the commit marker `.X.commit` is created (atomically, flushed): from now on the
///    new pair is the pair;
/// 3. `.X.next` → `X`, `.X.sig.next` → `X.sig` (renames), then the marker is removed.
/// A reader (`read`) takes the old names when there is no marker — the old pair, since
/// nothing renames onto them before the marker exists — and, when there is one, each
/// file from `.next` if it is still there, else from its final name (already renamed):
/// the new pair either way. The next writer first finishes an interrupted commit (or
/// drops uncommitted `.next` files), so no stale marker ever vouches for new files.
/// Writers of one name are serialised by `flock` on `.X.lock`: a second concurrent
/// writer gets `.busy` at once rather than interleaving its files with the first's.
/// The lock file exists only while a writer works: a folder of documents sent to a lab
/// head carries no stray `.X.lock` (see `FileLock` for why removing it is safe), and a
/// reader finding none checks that nothing moved while it read (`read`).
public enum SignedPair {
  public enum Failure: Error, CustomStringConvertible {
    /// Another process is writing this pair right now.
    case busy(String)
    /// The document exists and replacing it was not asked for.
    case exists(String)

    public var description: String {
      switch self {
      case .busy(let path): return "\(path) is being written by another process"
      case .exists(let path): return "\(path) already exists"
      }
    }
  }

  struct Names {
    var document: String
    var signature: String
    var nextDocument: String
    var nextSignature: String
    var commit: String
    var lock: String

    init(_ path: String) {
      // Plain string work where it can be: `URL(fileURLWithPath:)` asks the system for
      // the working directory every time, and `sia verify` names each pair twice.
      let hidden: String
      if let slash = path.lastIndex(of: "/"), path.index(after: slash) < path.endIndex {
        hidden = path[...slash] + "." + path[path.index(after: slash)...]
      } else if !path.isEmpty, !path.contains("/") {
        hidden = "." + path
      } else {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        hidden = (folder.hasSuffix("/") ? folder : folder + "/") + "." + url.lastPathComponent
      }
      document = path
      signature = path + ".sig"
      nextDocument = hidden + ".next"
      nextSignature = hidden + ".sig.next"
      commit = hidden + ".commit"
      lock = hidden + ".lock"
    }
  }

  /// Tests only: called after each step of a write (1…6) — throwing there stops the
  /// write as a crash would, so every crash point can be checked.
  nonisolated(unsafe) static var afterStep: ((Int) throws -> Void)?

  /// What the marker says about the signature of the new pair.
  static let signedMarker = Data("signed\n".utf8)
  static let unsignedMarker = Data("unsigned\n".utf8)

  /// The pair as it stands (see the type's comment); nil for a file that is absent.
  /// Under a writer's lock file the read takes a shared lock; without one (no writer at
  /// work, or one stopped past the two-second wait) it is optimistic: read again when
  /// any file of the pair — or a new lock file — changed identity during the read.
  public static func read(_ path: String) -> (document: Data?, signature: Data?) {
    let names = Names(path)
    for _ in 0..<20 {
      let shared = FileLock.shared(names.lock)
      defer { shared?.release() }
      let before = identities(names)
      let pair = readUnlocked(names)
      if shared != nil || identities(names) == before { return pair }
    }
    return readUnlocked(names)
  }

  /// Device, inode, size and change time of each file a write touches (nil: absent):
  /// every write step creates or renames one of them, so equal lists mean no step ran.
  static func identities(_ names: Names) -> [[Int]?] {
    [names.lock, names.commit, names.nextDocument, names.nextSignature, names.document, names.signature].map {
      var info = stat()
      guard stat($0, &info) == 0 else { return nil }
      return [
        Int(truncatingIfNeeded: info.st_dev), Int(truncatingIfNeeded: info.st_ino),
        Int(truncatingIfNeeded: info.st_size), info.st_ctim.tv_sec, info.st_ctim.tv_nsec,
      ]
    }
  }

  static func readUnlocked(_ names: Names) -> (document: Data?, signature: Data?) {
    let path = names.document
    guard let marker = FileManager.default.contents(atPath: names.commit) else {
      return (FileManager.default.contents(atPath: path), FileManager.default.contents(atPath: names.signature))
    }
    let document =
      FileManager.default.contents(atPath: names.nextDocument) ?? FileManager.default.contents(atPath: path)
    guard marker != unsignedMarker else { return (document, nil) }
    let signature =
      FileManager.default.contents(atPath: names.nextSignature) ?? FileManager.default.contents(atPath: names.signature)
    return (document, signature)
  }

  /// Whether a document stands at `path` (committed, possibly not yet renamed).
  public static func exists(_ path: String) -> Bool {
    let names = Names(path)
    return FileManager.default.fileExists(atPath: path)
      || (FileManager.default.fileExists(atPath: names.commit)
        && FileManager.default.fileExists(atPath: names.nextDocument))
  }

  /// Replaces the pair at `path` by `document` and `signature` (nil: the new document
  /// is unsigned and an old signature goes). `prepare` runs under the lock, after any
  /// interrupted write was finished, before anything is written: a check that must not
  /// race with another writer (an approval already decided…) throws from there.
  public static func write(
    document: Data, signature: Data?, to path: String, mode: mode_t = 0o644, overwrite: Bool,
    prepare: () throws -> Void = {}
  ) throws {
    let names = Names(path)
    let lock = try FileLock.exclusive(names.lock, path: path)
    defer { lock.release() }
    try recover(names)
    if !overwrite, FileManager.default.fileExists(atPath: path) { throw Failure.exists(path) }
    try prepare()
    try AtomicFile.write(document, to: names.nextDocument, mode: mode)
    try afterStep?(1)
    if let signature {
      try AtomicFile.write(signature, to: names.nextSignature, mode: mode)
    } else {
      unlink(names.nextSignature)
    }
    try afterStep?(2)
    // The commit point: once this file is on disk, the new pair is the pair.
    try AtomicFile.write(signature == nil ? unsignedMarker : signedMarker, to: names.commit, mode: 0o644)
    try afterStep?(3)
    try rollForward(names)
  }

  /// Replaces only the signature of an existing document (`sia sign --force`), under
  /// the same lock, after finishing any interrupted pair write.
  public static func writeSignature(_ signature: Data, for path: String, overwrite: Bool) throws {
    let names = Names(path)
    let lock = try FileLock.exclusive(names.lock, path: path)
    defer { lock.release() }
    try recover(names)
    try AtomicFile.write(signature, to: names.signature, mode: 0o644, overwrite: overwrite)
  }

  /// Finishes a committed write, or forgets an uncommitted one.
  static func recover(_ names: Names) throws {
    if FileManager.default.fileExists(atPath: names.commit) {
      try rollForward(names)
    } else {
      unlink(names.nextDocument)
      unlink(names.nextSignature)
    }
  }

  /// Step 3: the renames, then the marker goes. Each rename is idempotent here (a file
  /// already moved is simply absent), so a crash in the middle is finished later.
  static func rollForward(_ names: Names) throws {
    let unsigned = FileManager.default.contents(atPath: names.commit) == unsignedMarker
    try move(names.nextDocument, to: names.document)
    try afterStep?(4)
    if unsigned {
      unlink(names.signature)
      unlink(names.nextSignature)
    } else {
      try move(names.nextSignature, to: names.signature)
    }
    try afterStep?(5)
    AtomicFile.syncFolder(of: names.document)
    unlink(names.commit)
    AtomicFile.syncFolder(of: names.document)
    try afterStep?(6)
  }

  static func move(_ from: String, to target: String) throws {
    guard FileManager.default.fileExists(atPath: from) else { return }
    guard rename(from, target) == 0 else { throw AtomicFile.Failure.cannotRename(target, errno) }
  }
}

/// `flock(2)` on a lock file: exclusive for writers (refused at once when taken, so a
/// concurrent writer hears of it rather than waiting behind a stuck one), shared for
/// readers. The lock goes with the process, even on `kill -9`.
///
/// The writer removes its lock file when done — unlinked while it still holds the lock,
/// the classic pattern: whoever opened that file meanwhile and then gets the lock finds
/// that the name no longer leads to the file it locked (`isCurrent`), and starts again
/// on the name's new file. So two holders never lock two different files for one name.
/// Kept beside the document rather than under `$XDG_RUNTIME_DIR` or the state folder:
/// the writers and readers of a shared folder are different accounts (declarant, lab
/// head, the registry), and only the folder itself is common to all of them. A lock
/// file left by `kill -9` is harmless (no one holds it) and goes at the next write.
struct FileLock {
  let descriptor: Int32
  /// The lock file to remove on release (a writer's); nil for a reader's shared lock.
  var removing: String? = nil

  static func exclusive(_ lockPath: String, path: String) throws -> FileLock {
    // A retry means the file just locked was removed by the writer before us.
    for _ in 0..<100 {
      let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard fd >= 0 else { throw AtomicFile.Failure.cannotCreate(lockPath, errno) }
      guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
        let code = errno
        close(fd)
        if code == EWOULDBLOCK { throw SignedPair.Failure.busy(path) }
        throw AtomicFile.Failure.cannotCreate(lockPath, code)
      }
      if isCurrent(fd, lockPath) { return FileLock(descriptor: fd, removing: lockPath) }
      close(fd)
    }
    throw SignedPair.Failure.busy(path)
  }

  /// Whether `lockPath` still names the file open as `fd` (not removed or replaced).
  static func isCurrent(_ fd: Int32, _ lockPath: String) -> Bool {
    var opened = stat()
    var named = stat()
    guard fstat(fd, &opened) == 0, stat(lockPath, &named) == 0 else { return false }
    return opened.st_dev == named.st_dev && opened.st_ino == named.st_ino
  }

  /// A shared lock when the lock file exists (a reader never creates one: the folder
  /// may be read-only). It waits for a writer, which takes milliseconds — but at most
  /// two seconds: a writer stopped with Ctrl-Z must not hang `verify`, and without the
  /// lock the marker rule still gives a whole pair once the writer is past its commit.
  static func shared(_ lockPath: String) -> FileLock? {
    var fd = open(lockPath, O_RDONLY | O_CLOEXEC)
    for _ in 0..<200 {
      guard fd >= 0 else { return nil }
      if flock(fd, LOCK_SH | LOCK_NB) == 0 {
        if isCurrent(fd, lockPath) { return FileLock(descriptor: fd) }
        // The writer finished and removed it: take the name's new file, if any.
        close(fd)
        fd = open(lockPath, O_RDONLY | O_CLOEXEC)
        continue
      }
      guard errno == EWOULDBLOCK || errno == EINTR else { break }
      usleep(10_000)
    }
    if fd >= 0 { close(fd) }
    return nil
  }

  /// A writer removes its lock file first, while it still holds the lock (see the type).
  func release() {
    if let removing { unlink(removing) }
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
