/// Tab completion over the command table: slash commands first, then each command's
/// own arguments (languages, section ids…). Pure, so it is unit-tested.
public enum Completion {
  /// Candidates that complete the last word of `lineBeforeCursor`.
  public static func candidates(for lineBeforeCursor: String, commands: [ReplCommand], session: ReplSession) -> [String]
  {
    let words = lineBeforeCursor.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard let first = words.first, first.hasPrefix("/") else { return [] }
    if words.count == 1 {
      let names = commands.flatMap { ["/" + $0.name] + $0.aliases.map { "/" + $0 } }
      return Array(Set(names.filter { $0.hasPrefix(first) })).sorted()
    }
    let name = String(first.dropFirst())
    guard let command = commands.first(where: { $0.matches(name) }) else { return [] }
    let partial = words.last ?? ""
    return command.complete(session, partial).filter { $0.hasPrefix(partial) }.sorted()
  }

  /// The longest prefix shared by all candidates, by `Character` (never splits UTF-8).
  public static func commonPrefix(_ candidates: [String]) -> String {
    guard var prefix = candidates.first.map(Array.init) else { return "" }
    for candidate in candidates.dropFirst() {
      let characters = Array(candidate)
      var length = 0
      while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
      prefix = Array(prefix[0..<length])
    }
    return String(prefix)
  }
}
