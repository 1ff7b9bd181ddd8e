import Foundation
import SiaKit

/// Shell completion of `sia train`'s values (exercise ids, curated series, themes),
/// called back by the completion scripts as `sia ---completion …`, like guide ids
/// (GuideCompletion). The ids are read with a line scan of the knowledge folder's
/// files (`- id: X` opens each entry), not with the loaders: a TAB must answer at once,
/// a malformed file only costs a suggestion, and `sia lint` reports it.
enum TrainingCompletion {
  static func exerciseIDs(prefix: String) -> [String] {
    let folder = "\(root())/exercises"
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { $0.hasSuffix(".yaml") }.map { "\(folder)/\($0)" }
    return matching(prefix, in: files)
  }

  static func seriesIDs(prefix: String) -> [String] { matching(prefix, in: ["\(root())/series.yaml"]) }

  static func themeIDs(prefix: String) -> [String] { matching(prefix, in: ["\(root())/themes.yaml"]) }

  /// The knowledge folder the command would read (`--knowledge` is not known here).
  static func root() -> String {
    let options = (try? GlobalOptions.parse([])) ?? GlobalOptions()
    return options.knowledgeRoot(ProcessInfo.processInfo.environment)
  }

  static func matching(_ prefix: String, in files: [String]) -> [String] {
    var ids: Set<String> = []
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else { continue }
      for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("- id:") {
        let id = line.dropFirst("- id:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
        if id.hasPrefix(prefix) { ids.insert(id) }
      }
    }
    return ids.sorted()
  }
}
