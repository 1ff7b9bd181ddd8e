import Foundation
import SiaKit
import SiaRegistry

/// registry-bench — the registry's benchmark helpers (Bench/registry_bench.py runs them):
///   registry-bench generate TEMPLATE.md DIR N PEOPLE UNITS [FIRST]
///       writes N signed documents (declarations, exemption requests, approvals,
///       expiries, a few tampered) from PEOPLE people in UNITS units, numbered from FIRST,
///       and DIR/allowed_signers; TEMPLATE is a real declaration made by `sia declare`.
///   registry-bench query DATA-FOLDER DIR ROUNDS
///       times filtered queries on the index `sia registry DIR` left in DATA-FOLDER; JSON.
let arguments = Array(CommandLine.arguments.dropFirst())
do {
  switch (arguments.first, arguments.count) {
  case ("generate", 6...):
    try Generator(
      template: arguments[1], folder: arguments[2], count: Int(arguments[3]) ?? 0, people: Int(arguments[4]) ?? 1,
      units: Int(arguments[5]) ?? 1, first: arguments.count > 6 ? Int(arguments[6]) ?? 0 : 0
    ).run()
  case ("query", 4...):
    print(try QueryTiming.run(dataFolder: arguments[1], root: arguments[2], rounds: Int(arguments[3]) ?? 21))
  default:
    FileHandle.standardError.write(
      Data("usage: registry-bench generate|query … (see Bench/Sources/registry-bench/main.swift)\n".utf8))
    exit(2)
  }
} catch {
  FileHandle.standardError.write(Data("registry-bench: \(error)\n".utf8))
  exit(1)
}
