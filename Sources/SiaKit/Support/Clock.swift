import Foundation

/// The current time, injectable so transcripts and signed documents are byte-identical
/// between runs: `SIA_NOW=2026-11-29T10:00:00Z` pins it. A pinned clock is never
/// silent where a decision depends on it: `verify` and `approve` say so on standard
/// error (a lab head must not be fooled into checking validity at another date).
public struct Clock: Sendable {
  public var now: @Sendable () -> Date
  /// The date the clock is pinned to, nil for the system clock.
  public var pinned: Date?

  public init(now: @escaping @Sendable () -> Date) { self.now = now }

  public static let system = Clock { Date() }

  public static func fixed(_ date: Date) -> Clock {
    var clock = Clock { date }
    clock.pinned = date
    return clock
  }

  /// `SIA_NOW` (ISO 8601) when set and valid, the system clock otherwise.
  public static func fromEnvironment(_ env: [String: String]) -> Clock {
    if let text = env["SIA_NOW"], let date = ISO8601DateFormatter().date(from: text) {
      return .fixed(date)
    }
    return .system
  }
}

extension Date {
  /// `YYYY-MM-DD` in UTC, as used in file names and documents.
  public var isoDay: String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: self)
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` in UTC.
  public var isoTimestamp: String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: self)
  }
}
