import Foundation

/// Writes files so that a reader (or a crash) never sees half of one: the bytes go to a
/// temporary file in the same folder, are flushed to disk, then renamed over the target.
public enum AtomicFile {
  public enum Failure: Error, CustomStringConvertible {
    case cannotCreate(String, Int32)
    case cannotWrite(String, Int32)
    case cannotRename(String, Int32)
    case exists(String)

    public var description: String {
      switch self {
      case let .cannotCreate(path, code): return "cannot create \(path): \(String(cString: strerror(code)))"
      case let .cannotWrite(path, code): return "cannot write \(path): \(String(cString: strerror(code)))"
      case let .cannotRename(path, code): return "cannot replace \(path): \(String(cString: strerror(code)))"
      case let .exists(path): return "\(path) already exists"
      }
    }
  }

  /// Writes `data` to `path` atomically with the given permissions.
  /// With `overwrite: false`, an existing file is left alone and `.exists` is thrown.
  public static func write(_ data: Data, to path: String, mode: mode_t = 0o644, overwrite: Bool = true) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    if !overwrite, FileManager.default.fileExists(atPath: path) { throw Failure.exists(path) }
    removeStaleTemporaries(of: url.lastPathComponent, in: folder)
    var template = Array("\(folder)/.\(url.lastPathComponent).tmp-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
    guard fd >= 0 else { throw Failure.cannotCreate(path, errno) }
    let tempPath = String(cString: template.map { UInt8(bitPattern: $0) }.dropLast() + [0])
    var ok = false
    defer {
      close(fd)
      if !ok { unlink(tempPath) }
    }
    fchmod(fd, mode)
    let written = data.withUnsafeBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return true }
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, base + offset, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += n
      }
      return true
    }
    guard written, fsync(fd) == 0 else { throw Failure.cannotWrite(path, errno) }
    if !overwrite {
      // link() fails if the target exists: no race between the check and the rename.
      guard link(tempPath, path) == 0 else {
        let code = errno
        throw code == EEXIST ? Failure.exists(path) : Failure.cannotRename(path, code)
      }
      unlink(tempPath)
    } else {
      guard rename(tempPath, path) == 0 else { throw Failure.cannotRename(path, errno) }
    }
    ok = true
    syncFolder(folder)
  }

  public static func write(_ text: String, to path: String, mode: mode_t = 0o644, overwrite: Bool = true) throws {
    try write(Data(text.utf8), to: path, mode: mode, overwrite: overwrite)
  }

  /// Creates a folder and its parents with the given mode (for state and keys: 0700).
  public static func makeFolder(_ path: String, mode: mode_t = 0o700) throws {
    try FileManager.default.createDirectory(
      atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: Int(mode)])
  }

  /// A crash (`kill -9`, power loss) between creating the temporary file and renaming it
  /// leaves `.name.tmp-XXXXXX` behind: the target itself is intact, and the next write
  /// removes such leftovers. Only old ones: a younger one may belong to a live writer.
  static func removeStaleTemporaries(of name: String, in folder: String, olderThan age: TimeInterval = 5) {
    let prefix = ".\(name).tmp-"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    let limit = Date().addingTimeInterval(-age)
    for leftover in names where leftover.hasPrefix(prefix) {
      let path = "\(folder)/\(leftover)"
      if let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
        modified < limit
      {
        unlink(path)
      }
    }
  }

  /// Flushes the folder holding `path`, so the renames made in it survive a power cut.
  static func syncFolder(of path: String) {
    syncFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
  }

  private static func syncFolder(_ folder: String) {
    let fd = open(folder, O_RDONLY)
    if fd >= 0 {
      fsync(fd)
      close(fd)
    }
  }
}
