import Foundation

/// Finds the bundled `Knowledge/` folder so `sia` works from any working directory:
/// an explicit path first, then `$SIA_KNOWLEDGE`, then next to the executable (or in
/// `../share/sia/`), then upwards from the executable (a build inside the repository),
/// then the source tree this binary was built from.
public enum KnowledgeLocator {
  public static func locate(explicit: String?, environment: [String: String], executablePath: String) -> String {
    if let explicit { return explicit }
    if let fromEnv = environment["SIA_KNOWLEDGE"], !fromEnv.isEmpty { return fromEnv }
    let exe = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
    var candidates = [exe.appendingPathComponent("Knowledge"), exe.appendingPathComponent("../share/sia/Knowledge")]
    var folder = exe
    for _ in 0..<6 {
      folder = folder.deletingLastPathComponent()
      candidates.append(folder.appendingPathComponent("Knowledge"))
    }
    // The repository this file belongs to: Sources/SiaKit/Knowledge/ → ../../../Knowledge
    candidates.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Knowledge"))
    for candidate in candidates where isKnowledgeFolder(candidate.path) {
      return candidate.standardizedFileURL.path
    }
    return candidates.last.map { $0.standardizedFileURL.path } ?? "Knowledge"
  }

  public static func isKnowledgeFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: "\(path)/guide", isDirectory: &isFolder) && isFolder.boolValue
  }
}
