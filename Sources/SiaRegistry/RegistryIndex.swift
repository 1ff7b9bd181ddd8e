import Foundation
import GRDB
import SiaKit

/// The registry's index: what was verified, keyed by path and content hash, so that a
/// re-run verifies only new or changed files. It is a cache — the signed files stay the
/// only source of truth, and deleting it loses nothing. It lives in the user's data
/// folder (`$XDG_DATA_HOME/sia/registry.sqlite`), never in the scanned folders.
///
/// Opening never fails: a damaged index is rebuilt, a busy one (another process holds
/// the write lock) is copied read-only into memory, and a data folder that cannot be
/// written to gives an index in memory; each case leaves a notice for the user.
public final class RegistryIndex {
  public enum Notice: Equatable, Sendable {
    case rebuilt(path: String)
    case busy
    case unavailable(folder: String)

    public var problem: LocalizedProblem {
      switch self {
      case .rebuilt(let path): return LocalizedProblem(Messages.registryIndexRebuilt, [.path: path])
      case .busy: return LocalizedProblem(Messages.registryIndexBusy)
      case .unavailable(let folder):
        return LocalizedProblem(Messages.registryIndexUnavailable, [.path: folder])
      }
    }
  }

  public static let fileName = "registry.sqlite"

  private(set) var database: DatabaseQueue
  public private(set) var notices: [Notice] = []
  /// Where the index lives on disk (nil in memory).
  private var path: String?
  /// Whether what this run verifies is kept for the next one.
  public let persists: Bool
  /// The descriptor holding the advisory write lock, closed with the index.
  private let lockDescriptor: Int32?

  /// `$XDG_DATA_HOME/sia`, else `~/.local/share/sia`.
  public static func dataFolder(environment env: [String: String]) -> String {
    let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    let data = env["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "\(home)/.local/share"
    return "\(data)/sia"
  }

  /// An index kept only in memory (tests, and the fallback when nothing can be written).
  public init() {
    database = RegistryIndex.memory()
    persists = false
    lockDescriptor = nil
  }

  /// Opens (creating it if needed) the index in `folder`.
  public init(folder: String) {
    let path = "\(folder)/\(RegistryIndex.fileName)"
    guard (try? AtomicFile.makeFolder(folder)) != nil, access(folder, W_OK) == 0 else {
      database = RegistryIndex.memory()
      persists = false
      lockDescriptor = nil
      notices = [.unavailable(folder: folder)]
      return
    }
    let descriptor = open("\(path).lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      database = RegistryIndex.memory()
      persists = false
      lockDescriptor = nil
      notices = [.unavailable(folder: folder)]
      return
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
      // Another `sia registry` is writing: read what it had, keep nothing of ours.
      close(descriptor)
      database = RegistryIndex.memory()
      persists = false
      lockDescriptor = nil
      notices = [.busy]
      if let disk = try? DatabaseQueue(path: path, configuration: RegistryIndex.readOnly()) {
        try? disk.backup(to: database)
      }
      return
    }
    lockDescriptor = descriptor
    persists = true
    self.path = path
    var notices: [Notice] = []
    database = RegistryIndex.openOnDisk(path: path, notices: &notices)
    self.notices = notices
  }

  deinit {
    if let lockDescriptor { close(lockDescriptor) }
  }

  static func memory() -> DatabaseQueue {
    // An in-memory database cannot fail to open but for lack of memory, where
    // nothing else could go on either.
    // swift-format-ignore: NeverUseForceTry
    let queue = try! DatabaseQueue()
    try? RegistrySchema.migrator.migrate(queue)
    return queue
  }

  static func readOnly() -> Configuration {
    var configuration = Configuration()
    configuration.readonly = true
    return configuration
  }

  /// Whether `error` says the index's file is damaged (rather than full, locked…).
  static func isDamage(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
  }

  /// Called when a read or write found the file damaged beyond what opening it checks
  /// (a page in the middle): the index is removed and made again, empty, with the same
  /// notice as at opening. False when there is nothing to rebuild (an index in memory).
  func rebuildAfterDamage() -> Bool {
    guard let path, persists else { return false }
    database = RegistryIndex.memory()  // closes the damaged file
    var notices: [Notice] = []
    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    database = RegistryIndex.openOnDisk(path: path, notices: &notices)
    self.notices.append(.rebuilt(path: path))
    return true
  }

  /// The on-disk index, migrated; a file that is not a database, or whose schema is
  /// damaged or from a newer `sia`, is removed and made again. Opening reads only the
  /// header and the schema (a whole-file check would read every page, a quarter of a
  /// second for 50,000 lines): damage further in is found when a page is read, and
  /// handled then (`rebuildAfterDamage`).
  static func openOnDisk(path: String, notices: inout [Notice]) -> DatabaseQueue {
    if let queue = try? DatabaseQueue(path: path), (try? check(queue)) != nil { return queue }
    notices.append(.rebuilt(path: path))
    for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    if let queue = try? DatabaseQueue(path: path), (try? check(queue)) != nil { return queue }
    return memory()
  }

  static func check(_ queue: DatabaseQueue) throws {
    try queue.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
    if try queue.read({ try RegistrySchema.migrator.hasBeenSuperseded($0) }) {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT)
    }
    try RegistrySchema.migrator.migrate(queue)
  }
}
