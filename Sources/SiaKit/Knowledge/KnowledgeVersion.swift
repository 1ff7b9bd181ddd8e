import Crypto
import Foundation

/// The guide version recorded in declarations: a SHA-256 over every file under
/// `Knowledge/` (relative path and bytes, in sorted order), so any change is visible.
public enum KnowledgeVersion {
  public static func hash(root: String) -> String {
    var hasher = SHA256()
    let base = URL(fileURLWithPath: root).standardizedFileURL.path
    let enumerator = FileManager.default.enumerator(atPath: base)
    var files: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: "\(base)/\(relative)", isDirectory: &isFolder), !isFolder.boolValue,
        !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
      {
        files.append(relative)
      }
    }
    for relative in files.sorted() {
      guard let data = FileManager.default.contents(atPath: "\(base)/\(relative)") else { continue }
      hasher.update(data: Data("\(relative)\u{0}\(data.count)\u{0}".utf8))
      hasher.update(data: data)
    }
    return "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
  }

  /// The first 12 hex digits, for display.
  public static func short(_ version: String) -> String {
    String(version.dropFirst("sha256:".count).prefix(12))
  }
}
