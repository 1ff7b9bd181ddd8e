import Foundation
import XCTest

/// Runs the built `sia` executable as a user would, with a pinned environment:
/// a fresh temporary home (XDG folders inside it), French locale, UTC, 80 columns,
/// a fixed clock and no colours — so outputs and signed documents are reproducible.
struct SiaRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `sia` binary built next to this test bundle (`swift build` runs before `swift test`).
  static var executable: URL {
    if let explicit = ProcessInfo.processInfo.environment["SIA_BIN"] { return URL(fileURLWithPath: explicit) }
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "sia")
    if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
    return repositoryRoot.appendingPathComponent(".build/debug/sia")
  }

  let home: URL
  /// A program that runs `sia` (e.g. strace or unshare): its arguments come first.
  var wrapper: [String] = []

  init() throws {
    home = FileManager.default.temporaryDirectory.appendingPathComponent("sia-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  }

  func cleanUp() { try? FileManager.default.removeItem(at: home) }

  var environment: [String: String] {
    [
      "HOME": home.path,
      "XDG_STATE_HOME": home.appendingPathComponent(".local/state").path,
      "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
      "LANG": "fr_FR.UTF-8",
      "TZ": "UTC",
      "COLUMNS": "80",
      "NO_COLOR": "1",
      "SIA_NOW": "2026-11-29T10:00:00Z",
      "SIA_KNOWLEDGE": SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path,
      "PATH": SiaRunner.executable.deletingLastPathComponent().path + ":/usr/local/bin:/usr/bin:/bin",
    ]
  }

  /// Runs `sia arguments…` with `input` on standard input.
  func run(_ arguments: [String], input: String = "", extraEnvironment: [String: String] = [:]) throws -> Result {
    guard let program = wrapper.first else {
      return try runProgram(SiaRunner.executable.path, arguments, input: input, extraEnvironment: extraEnvironment)
    }
    return try runProgram(
      program, Array(wrapper.dropFirst()) + [SiaRunner.executable.path] + arguments, input: input,
      extraEnvironment: extraEnvironment)
  }

  /// Runs a shell command in the home folder with the same environment (`sia` on PATH).
  func shell(_ command: String, extraEnvironment: [String: String] = [:]) throws -> Result {
    try runProgram("/bin/sh", ["-c", command], input: "", extraEnvironment: extraEnvironment)
  }

  func runProgram(_ path: String, _ arguments: [String], input: String, extraEnvironment: [String: String]) throws
    -> Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = environment.merging(extraEnvironment) { $1 }
    process.currentDirectoryURL = home
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Feed and drain concurrently so large outputs cannot dead-lock the pipes.
    let writer = Thread {
      stdin.fileHandleForWriting.write(Data(input.utf8))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errData = DataBox()
    let errReader = Thread { errData.data = stderr.fileHandleForReading.readDataToEndOfFile() }
    errReader.start()
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while errReader.isExecuting || writer.isExecuting { usleep(1000) }
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.data, as: UTF8.self))
  }
}

final class DataBox: @unchecked Sendable { var data = Data() }

/// A unified diff of two texts, for readable failures.
func unifiedDiff(expected: String, actual: String, label: String) -> String {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-diff-\(UUID().uuidString)")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let a = folder.appendingPathComponent("expected"), b = folder.appendingPathComponent("actual")
  try? expected.write(to: a, atomically: true, encoding: .utf8)
  try? actual.write(to: b, atomically: true, encoding: .utf8)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
  process.arguments = ["-u", "--label", "\(label) (expected)", "--label", "\(label) (actual)", a.path, b.path]
  let pipe = Pipe()
  process.standardOutput = pipe
  try? process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}
