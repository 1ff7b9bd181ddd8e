import Foundation

/// Lists the files under folders, recursively, with one `opendir`/`readdir` per folder
/// and one `lstat` per file. Written by hand: Foundation's enumerator reports no
/// unreadable folder on Linux and costs an object per entry, and no kept library walks
/// folders. Symbolic links are not followed (a link to `..` would loop).
struct FolderWalker {
  struct File {
    var path: String
    /// The names in the same folder, to find a document's `.sig` without another call.
    var siblings: Set<String>
  }

  var files: [File] = []
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
    } else {
      let url = URL(fileURLWithPath: root)
      let folder = url.deletingLastPathComponent().path
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      files.append(File(path: root, siblings: Set(names)))
    }
  }

  private mutating func walkFolder(_ folder: String) {
    guard let handle = opendir(folder) else {
      unreadable.append(folder)
      return
    }
    var names: [String] = []
    var folders: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      // Hidden names are never documents: `.X.lock`, `.X.next`, `.X.commit` are the
      // bookkeeping of a signed pair being written (SignedPair), not files to list.
      if name.hasPrefix(".") { continue }
      let type = entry.pointee.d_type
      let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      if Int(type) == Int(DT_DIR) {
        folders.append(path)
      } else if Int(type) == Int(DT_REG) {
        names.append(name)
      } else if Int(type) == Int(DT_UNKNOWN) {
        var info = stat()
        guard lstat(path, &info) == 0 else { continue }
        if (info.st_mode & S_IFMT) == S_IFDIR {
          folders.append(path)
        } else if (info.st_mode & S_IFMT) == S_IFREG {
          names.append(name)
        }
      }
    }
    closedir(handle)
    let siblings = Set(names)
    for name in names.sorted() {
      files.append(File(path: folder.hasSuffix("/") ? folder + name : folder + "/" + name, siblings: siblings))
    }
    for sub in folders.sorted() where !URL(fileURLWithPath: sub).lastPathComponent.hasPrefix(".") {
      walkFolder(sub)
    }
  }
}
