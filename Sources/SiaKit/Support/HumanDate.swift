/// A `YYYY-MM-DD` day written for people: « 7 décembre 2026 », "7 December 2026".
/// By hand rather than with DateFormatter: the month names must not depend on the
/// locales installed on the machine (transcripts and documents stay identical).
public enum HumanDate {
  static let monthsFR = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
  ]
  static let monthsEN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// The day in words; the text unchanged when it is not a valid `YYYY-MM-DD`.
  public static func text(_ day: String, _ lang: Lang) -> String {
    guard let parsed = Freshness.Day(day) else { return day }
    let month = (lang == .fr ? monthsFR : monthsEN)[parsed.month - 1]
    let number = parsed.day == 1 && lang == .fr ? "1er" : "\(parsed.day)"
    return "\(number) \(month) \(parsed.year)"
  }
}
