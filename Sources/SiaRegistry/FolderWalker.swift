import Foundation
import SiaKit

/// Finds the sia documents under folders, recursively, and stamps each one, with one
/// `readdir` pass per folder and at most one `fstatat` per file: readdir's `d_type`
/// tells files from folders, a document's companions (`.sig`, `.approval`,
/// `.approval.sig`) are looked up among the names already read, and every stat is
/// relative to the open folder rather than a whole path walked again. Files that are not
/// candidates are never stat'ed. Written by hand: Foundation's enumerator reports no
/// unreadable folder on Linux and costs an object per entry, and no kept library walks
/// folders. Symbolic links are not followed (a link to `..` would loop).
struct FolderWalker {
  struct Candidate {
    var path: String
    var stamp: FileStamp
  }

  var candidates: [Candidate] = []
  /// Regular files seen that are neither candidates nor companions (signatures, approvals).
  var ignored = 0
  /// Folders (or given paths) that could not be read: listed, never fatal.
  var unreadable: [String] = []

  mutating func walk(_ root: String) {
    var info = stat()
    guard stat(root, &info) == 0 else {
      unreadable.append(root)
      return
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      walkFolder(root)
      return
    }
    // A single file given by name: its folder is read for its companions.
    let slash = root.lastIndex(of: "/")
    let folder = slash.map { $0 == root.startIndex ? "/" : String(root[..<$0]) } ?? "."
    let name = slash.map { String(root[root.index(after: $0)...]) } ?? root
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
      unreadable.append(root)
      return
    }
    defer { close(descriptor) }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)).map(Set.init) ?? [name]
    if FolderWalker.isCandidate(name, names: names) {
      candidates.append(
        Candidate(path: root, stamp: FileStamp(folder: descriptor, name: name, siblings: names)))
    } else if !FolderWalker.isCompanion(name) {
      ignored += 1
    }
  }

  /// Sub-folders of the first levels are walked on every core (a unit's folders, then
  /// its people's): the stats are most of a re-run. Their results are joined in order.
  static let parallelDepth = 2

  private mutating func walkFolder(_ folder: String, depth: Int = 0) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0, let handle = fdopendir(descriptor) else {
      if descriptor >= 0 { close(descriptor) }
      unreadable.append(folder)
      return
    }
    defer { closedir(handle) }  // closes `descriptor` too
    var names: [String] = []
    var folders: [String] = []
    while let entry = readdir(handle) {
      let type = entry.pointee.d_type
      // Hidden names are never documents: `.X.lock`, `.X.next`, `.X.commit` are the
      // bookkeeping of a signed pair being written (SignedPair), not files to list.
      // `d_name[0] == "."` is read before a String is made of the name.
      let hidden = withUnsafeBytes(of: entry.pointee.d_name) { $0.first == UInt8(ascii: ".") }
      if hidden { continue }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      switch Int32(type) {
      case Int32(DT_DIR): folders.append(name)
      case Int32(DT_UNKNOWN):
        // A file system that does not fill d_type: the one stat this entry gets.
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
        if (info.st_mode & S_IFMT) == S_IFDIR {
          folders.append(name)
        } else if (info.st_mode & S_IFMT) == S_IFREG {
          names.append(name)
        }
      case Int32(DT_REG): names.append(name)
      default: continue  // links, pipes, sockets, devices: never read
      }
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    if !names.isEmpty {
      let siblings = Set(names)
      for name in names.sorted() {
        if FolderWalker.isCandidate(name, names: siblings) {
          candidates.append(
            Candidate(path: prefix + name, stamp: FileStamp(folder: descriptor, name: name, siblings: siblings)))
        } else if !FolderWalker.isCompanion(name) {
          ignored += 1
        }
      }
    }
    let subfolders = folders.sorted().map { prefix + $0 }
    guard depth < FolderWalker.parallelDepth, subfolders.count > 1 else {
      for sub in subfolders { walkFolder(sub, depth: depth + 1) }
      return
    }
    var parts = [FolderWalker](repeating: FolderWalker(), count: subfolders.count)
    parts.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: subfolders.count) { number in
        var walker = FolderWalker()
        walker.walkFolder(subfolders[number], depth: depth + 1)
        output[number] = walker
      }
    }
    for part in parts {
      candidates += part.candidates
      ignored += part.ignored
      unreadable += part.unreadable
    }
  }

  /// A `.md` file with a signature beside it or a sia document's name.
  static func isCandidate(_ name: String, names: Set<String>) -> Bool {
    guard name.utf8.count > 3, name.hasSuffix(".md") else { return false }
    return names.contains(name + ".sig") || DocumentKindPrefixes.matches(name)
  }

  /// Signatures and approvals: found through their document, not counted as ignored.
  static func isCompanion(_ name: String) -> Bool { name.hasSuffix(".sig") || name.hasSuffix(".approval") }
}

/// The file-name prefixes of sia documents (`DocumentKind.namePrefixes`), compared
/// case-insensitively on bytes: the name is not lower-cased into a new String first.
enum DocumentKindPrefixes {
  static let all: [[UInt8]] = DocumentKind.namePrefixes.map { Array($0.prefix.lowercased().utf8) }

  static func matches(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { bytes in
      all.contains { prefix in
        guard bytes.count >= prefix.count else { return false }
        for (offset, expected) in prefix.enumerated() {
          var byte = bytes[offset]
          if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
          if byte != expected { return false }
        }
        return true
      }
    }
  }
}
