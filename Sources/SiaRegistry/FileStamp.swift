import Crypto
import Foundation

/// What says a document changed without reading it: size, modification time, change
/// time (nanoseconds) and inode of the document and of each companion present
/// (`.sig`, `.approval`, `.approval.sig`), packed as bytes and compared with the
/// index's copy. Each file gets one `fstatat`, relative to its open folder.
///
/// A file replaced by another of the same size and modification time (`touch -r`, a
/// copy with `cp -p`, a restore from backup) is still noticed: the change time cannot be
/// set back by hand and a replacement by rename has a new inode. A stamp that differs
/// only makes the file be read and hashed; it is verified again only when its contents
/// (with its companions') hash differently from what the index holds.
struct FileStamp: Equatable {
  /// The files a document's stamp covers, in this order.
  static let suffixes = ["", ".sig", ".approval", ".approval.sig"]
  /// Six numbers per file: size, mtime s/ns, ctime s/ns, inode; -1 for an absent one.
  static let fieldsPerFile = 6

  /// The digest of the numbers.
  var bytes: Data

  init(bytes: Data) { self.bytes = bytes }

  init(fields: [Int64]) {
    bytes = fields.withUnsafeBytes { Data(SHA256.hash(data: $0).prefix(16)) }
  }

  /// `name` in the open folder `folder`: the document itself is stat'ed, its companions
  /// only when `siblings` (the folder's names) holds them.
  init(folder: Int32, name: String, siblings: Set<String>) {
    var fields = [Int64](repeating: -1, count: FileStamp.suffixes.count * FileStamp.fieldsPerFile)
    for (position, suffix) in FileStamp.suffixes.enumerated() {
      let file = name + suffix
      guard suffix.isEmpty || siblings.contains(file) else { continue }
      var info = stat()
      guard fstatat(folder, file, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
      let base = position * FileStamp.fieldsPerFile
      fields[base] = Int64(info.st_size)
      fields[base + 1] = Int64(info.st_mtim.tv_sec)
      fields[base + 2] = Int64(info.st_mtim.tv_nsec)
      fields[base + 3] = Int64(info.st_ctim.tv_sec)
      fields[base + 4] = Int64(info.st_ctim.tv_nsec)
      fields[base + 5] = Int64(bitPattern: UInt64(info.st_ino))
    }
    self.init(fields: fields)
  }
}
