/// The files of `sia verify FILE…`, taken from the command line by sia rather than by
/// swift-argument-parser.
///
/// Why: for every value of a repeated argument, the parser copies the growing set of
/// positions the values came from (`ParsedValues.update` → `InputOrigin.formUnion`), so
/// its work grows with the square of the number of files: `sia verify` on a unit's
/// 1,000 declarations spent about 30 ms there, a tenth of the whole batch (42 % of a
/// run on 1,000 missing files, `perf`). The parser still reads everything else — the
/// options, their values, `--help`, every usage error — and the first file; the rest are
/// handed to the command once parsed. Which options take a value is checked against the
/// parser's own help by a test (`BatchArgumentsTests`), so the two cannot drift.
enum BatchArguments {
  /// The options `sia verify` accepts (its own and the global ones) that take a value.
  static let verifyOptionsWithValues: Set<String> = [
    "--lang", "--color", "--knowledge", "--allowed-signers", "--principal", "--namespace", "--record",
  ]

  /// `arguments` (without the program's name) split when they are `… verify …` with
  /// more than one file: what the parser reads (options and the first file) and every
  /// file in order. Nil when there is nothing to gain (another command, one file).
  static func split(_ arguments: [String]) -> (parser: [String], files: [String])? {
    // The root's options come before the subcommand's name.
    var index = 0
    while index < arguments.count, arguments[index].hasPrefix("-"), arguments[index] != "-" {
      if arguments[index] == "--" { return nil }
      index += Sia.rootOptionsWithValues.contains(arguments[index]) ? 2 : 1
    }
    guard index < arguments.count, arguments[index] == "verify" else { return nil }
    var parser = Array(arguments[...index])
    var files: [String] = []
    index += 1
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        files += arguments[index...]
        break
      }
      guard argument.hasPrefix("-"), argument != "-" else {
        files.append(argument)
        continue
      }
      parser.append(argument)
      // `--option value`; `--option=value` is one argument.
      if verifyOptionsWithValues.contains(argument), index < arguments.count {
        parser.append(arguments[index])
        index += 1
      }
    }
    guard files.count > 1 else { return nil }
    // A file whose name starts with a dash came after `--`, and must again.
    parser += files[0].hasPrefix("-") && files[0] != "-" ? ["--", files[0]] : [files[0]]
    return (parser, files)
  }
}
