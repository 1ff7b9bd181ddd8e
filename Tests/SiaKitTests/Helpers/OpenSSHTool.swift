import Foundation
import XCTest

/// Runs OpenSSH's `ssh-keygen` for the interoperability tests, in a temporary folder.
/// Missing `ssh-keygen` is a failure with the fix (`make deps` installs openssh-client).
struct OpenSSHTool {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("sia-ssh-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func cleanUp() { try? FileManager.default.removeItem(at: folder) }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  static var keygen: String? {
    ["/usr/bin/ssh-keygen", "/usr/local/bin/ssh-keygen", "/bin/ssh-keygen"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// Runs `ssh-keygen arguments…` with `input` on standard input.
  func keygen(_ arguments: [String], input: Data = Data()) throws -> Result {
    guard let tool = OpenSSHTool.keygen else {
      XCTFail("ssh-keygen is missing: install openssh-client (make deps)")
      return Result(status: -1, stdout: "", stderr: "missing")
    }
    return try OpenSSHTool.run(tool, arguments, input: input, in: folder)
  }

  func write(_ text: String, to name: String, mode: Int = 0o644) throws -> String {
    let file = path(name)
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: file)
    return file
  }

  func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

  static func run(_ tool: String, _ arguments: [String], input: Data, in folder: URL) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try? stdin.fileHandleForWriting.close()
    let errBox = ErrorBytes()
    let errReader = Thread { errBox.data = stderr.fileHandleForReading.readDataToEndOfFile() }
    errReader.start()
    let outData = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while errReader.isExecuting { usleep(1000) }
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errBox.data, as: UTF8.self))
  }
}

/// Standard error read on another thread, handed back once that thread is done.
final class ErrorBytes: @unchecked Sendable { var data = Data() }

/// RFC 8032 test 1: a fixed Ed25519 seed, for golden signatures.
let rfc8032Seed = Data(
  [
    0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4,
    0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60,
  ])
