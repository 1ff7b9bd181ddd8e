import Foundation

/// Resident memory of this process, from /proc/self/status (Linux). The peak (VmHWM) can
/// be reset by writing 5 to /proc/self/clear_refs, so the peak of one build can be read
/// in a process that already built something else.
enum Memory {
  /// Current resident set size, in bytes.
  static func resident() -> Int { field("VmRSS:") }

  /// Highest resident set size since start or since the last `resetPeak()`, in bytes.
  static func peak() -> Int { field("VmHWM:") }

  static func resetPeak() {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
    handle.write(Data("5".utf8))
    try? handle.close()
  }

  private static func field(_ name: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(name) {
      let kilobytes =
        line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) } ?? 0
      return kilobytes * 1024
    }
    return 0
  }
}

/// What building an index cost: time, the peak resident memory above what the process
/// held before, and what it still holds afterwards.
struct BuildCost: Encodable {
  var seconds: Double
  var peakBytes: Int
  var retainedBytes: Int

  static func measure<T>(_ build: () throws -> T) rethrows -> (cost: BuildCost, result: T) {
    let before = Memory.resident()
    Memory.resetPeak()
    let (nanoseconds, result) = try Measure.time(build)
    let cost = BuildCost(
      seconds: Double(nanoseconds) / 1e9, peakBytes: max(0, Memory.peak() - before),
      retainedBytes: max(0, Memory.resident() - before))
    return (cost, result)
  }
}
