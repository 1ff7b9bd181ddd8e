import Foundation

/// The one timer of the benchmark (CLOCK_MONOTONIC, nanoseconds), and the statistics
/// drawn from its samples. Both engines are timed by these functions, nothing else.
enum Measure {
  static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// Nanoseconds taken by `body`, and its result.
  @inline(never)
  static func time<T>(_ body: () throws -> T) rethrows -> (nanoseconds: UInt64, result: T) {
    let start = now()
    let result = try body()
    return (now() - start, result)
  }

  /// Nearest-rank percentile (p in 0...100) of `samples`.
  static func percentile(_ samples: [Double], _ p: Double) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }

  static func median(_ samples: [Double]) -> Double {
    guard !samples.isEmpty else { return .nan }
    let sorted = samples.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
