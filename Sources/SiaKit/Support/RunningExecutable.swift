import Foundation

/// The path of the running `sia` binary, read from `/proc/self/exe` (Linux).
///
/// `CommandLine.arguments.first` is a bare `sia` when the program is started from
/// `PATH`, so it cannot tell where an installed copy lives; the kernel's link can.
/// Everything that needs "where am I installed" (the bundled `Knowledge/`, the cache
/// key) asks here, so there is one answer.
public enum RunningExecutable {
  /// The resolved path, or nil when `/proc` is not mounted.
  public static func path() -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The path, falling back to `argv[0]` made absolute against `PATH` when `/proc`
  /// is unavailable (a chroot without it, say).
  public static func pathOrArgument(_ argument0: String, environment: [String: String]) -> String {
    if let path = path() { return path }
    if argument0.contains("/") { return argument0 }
    for folder in (environment["PATH"] ?? "").split(separator: ":") {
      let candidate = "\(folder)/\(argument0)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return argument0
  }
}
