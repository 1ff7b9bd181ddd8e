import Foundation

/// When a piece of knowledge (a guide section, a Q&A, a catalogue entry) was last checked
/// against its sources, and when it must be checked again. The law and providers' terms
/// move: `sia lint --stale` lists what is past its review date.
public struct Freshness: Sendable, Hashable {
  /// `YYYY-MM-DD`, or empty when the entry does not say.
  public var reviewed: String
  /// `review_every`: the interval, in months, after which `reviewed` is too old.
  public var reviewEveryMonths: Int?
  /// `review_by`: an explicit date (`YYYY-MM-DD`) by which to check again.
  public var reviewBy: String?

  public init(reviewed: String, reviewEveryMonths: Int? = nil, reviewBy: String? = nil) {
    self.reviewed = reviewed
    self.reviewEveryMonths = reviewEveryMonths
    self.reviewBy = reviewBy
  }

  /// Whether a review interval or date is set (claims that move must have one).
  public var hasSchedule: Bool { reviewEveryMonths != nil || reviewBy != nil }

  /// The last day the entry counts as fresh: `review_by` when set, else `reviewed` plus
  /// `review_every`; nil when neither is known.
  public var dueDay: String? {
    if let reviewBy { return reviewBy }
    guard let months = reviewEveryMonths, let day = Freshness.Day(reviewed) else { return nil }
    return day.adding(months: months).text
  }

  /// Whether the entry is past its review date on `day` (`YYYY-MM-DD`).
  public func isDue(onDay day: String) -> Bool {
    guard let dueDay else { return false }
    return day > dueDay
  }

  /// The keys, in front matter and YAML entries alike.
  public static let reviewedKey = "reviewed"
  public static let everyKey = "review_every"
  public static let byKey = "review_by"
  public static let keys: Set<String> = [reviewedKey, everyKey, byKey]

  /// Reads `reviewed` (or the first present of `legacyKeys`, kept for old files),
  /// `review_every` and `review_by`, reporting malformed values. A missing date is left
  /// to the caller (required for sections, a lint warning elsewhere).
  public static func read(
    _ map: YAMLMap, id: String, legacyKeys: [String] = [], _ diagnostics: inout [Diagnostic]
  ) -> Freshness {
    var reviewed = ""
    for key in [reviewedKey] + legacyKeys where map.value(key) != nil {
      let text = String((map.string(key, id: id, &diagnostics) ?? "").trimmed)
      if Day(text) == nil {
        diagnostics.append(
          Diagnostic(
            file: map.file, line: map.line(of: key), id: id, Messages.diagMustBeDate, [.key: key, .value: text]))
      } else {
        reviewed = text
      }
      break
    }
    var months: Int?
    if let text = map.string(everyKey, id: id, &diagnostics) {
      months = interval(text)
      if months == nil {
        diagnostics.append(
          Diagnostic(
            file: map.file, line: map.line(of: everyKey), id: id,
            Messages.diagMustBeDuration, [.key: everyKey, .value: text]))
      }
    }
    var reviewBy: String?
    if let raw = map.string(byKey, id: id, &diagnostics) {
      let text = String(raw.trimmed)
      if Day(text) == nil {
        diagnostics.append(
          Diagnostic(
            file: map.file, line: map.line(of: byKey), id: id, Messages.diagMustBeDate, [.key: byKey, .value: text]))
      } else {
        reviewBy = text
      }
    }
    return Freshness(reviewed: reviewed, reviewEveryMonths: months, reviewBy: reviewBy)
  }

  /// `6 months`, `6 mois`, `1 year`, `2 ans`, `18` (months) → months; nil otherwise.
  public static func interval(_ text: String) -> Int? {
    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let first = words.first, let count = Int(first), count > 0, words.count <= 2 else { return nil }
    guard words.count == 2 else { return count }
    switch words[1] {
    case "month", "months", "mois": return count
    case "year", "years", "an", "ans": return count * 12
    default: return nil
    }
  }

  /// A calendar day, for the one computation the check needs (adding months). Written by
  /// hand: Foundation's Calendar would do it, but with time zones this code does not need.
  struct Day {
    var year: Int
    var month: Int
    var day: Int

    init?(_ text: String) {
      let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
        (1...12).contains(month), (1...Day.length(month: month, year: year)).contains(day)
      else { return nil }
      self.year = year
      self.month = month
      self.day = day
    }

    init(year: Int, month: Int, day: Int) {
      self.year = year
      self.month = month
      self.day = day
    }

    static func length(month: Int, year: Int) -> Int {
      switch month {
      case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
      case 4, 6, 9, 11: return 30
      default: return 31
      }
    }

    /// The same day `months` later, clamped to the end of a shorter month.
    func adding(months: Int) -> Day {
      let index = year * 12 + (month - 1) + months
      let newYear = index / 12
      let newMonth = index % 12 + 1
      return Day(year: newYear, month: newMonth, day: min(day, Day.length(month: newMonth, year: newYear)))
    }

    var text: String {
      String(format: "%04d-%02d-%02d", year, month, day)
    }
  }
}
