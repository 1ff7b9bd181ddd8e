import Foundation

/// The French and English words the scanner knows, from Debian's `wfrench` and
/// `wamerican` lists: a capitalised word that no list knows is probably a name. Entries
/// written in lower case are common words; entries with a capital are proper nouns
/// (places and first names, which the lists mix). Only hashes are kept.
public struct WordLists: Sendable {
  /// Lower-case entries (« martin », « petit »).
  var common: HashSet64
  /// Capitalised entries (« Paris », « Marie »).
  var proper: HashSet64
  /// The files read, for the report; empty when none was found.
  public private(set) var sources: [String]

  /// Where Debian installs the lists.
  public static let debianPaths = ["/usr/share/dict/french", "/usr/share/dict/american-english"]

  public static let empty = WordLists(common: HashSet64(), proper: HashSet64(), sources: [])

  public var isEmpty: Bool { sources.isEmpty }
  public var count: Int { common.count + proper.count }

  /// Reads the lists that exist among `paths`; a missing one is skipped (the caller
  /// says so: without lists, names are found from titles and cues only).
  public static func load(paths: [String] = debianPaths) -> WordLists {
    var lists = WordLists(
      common: HashSet64(minimumCapacity: 400_000), proper: HashSet64(minimumCapacity: 40_000), sources: [])
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      lists.add(data)
      lists.sources.append(path)
    }
    return lists
  }

  /// Adds the words of a list, one per line.
  mutating func add(_ data: Data) {
    data.withUnsafeBytes { raw in
      guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return }
      let count = raw.count
      var start = 0
      while start < count {
        var end = start
        var apostrophe = false
        while end < count, base[end] != 0x0A {
          if base[end] == 0x27 { apostrophe = true }
          end += 1
        }
        // « Paris's » and the like: possessives add nothing.
        if end > start, !apostrophe {
          let hash = ScanFold.hash(base, start, end)
          if ScanBytes.isUpper(base, start, end) { proper.insert(hash) } else { common.insert(hash) }
        }
        start = end + 1
      }
    }
  }

  func isCommon(_ hash: UInt64) -> Bool { common.contains(hash) }
  func isProper(_ hash: UInt64) -> Bool { proper.contains(hash) }
  func isKnown(_ hash: UInt64) -> Bool { common.contains(hash) || proper.contains(hash) }
}
