import Foundation

/// An order of magnitude of the energy a planned use needs: ranges in Wh, never one
/// number, with the sources, caveats and frugality advice that go with them.
public struct EnergyEstimate: Sendable, Equatable, Codable {
  /// Queries or runs × energy per query, in Wh.
  public var inferenceWh: EnergyTable.Range?
  /// GPU-hours × power per GPU, in Wh.
  public var trainingWh: EnergyTable.Range?
  public var sources: [Bilingual]
  public var caveats: Bilingual
  public var advice: [Bilingual]
  public var citations: [String]

  /// The estimate for these answers, or nil when they say nothing about size or volume.
  public static func estimate(_ answers: Answers, table: EnergyTable) -> EnergyEstimate? {
    var sources: [Bilingual] = []
    var inference: EnergyTable.Range?
    if let modelID = answers[table.modelQuestion]?.first,
      let model = table.modelClasses.first(where: { $0.id == modelID }),
      let volumeID = answers[table.volumeQuestion]?.first,
      let volume = table.volumes.first(where: { $0.id == volumeID })
    {
      inference = model.whPerQuery * volume.queries
      sources += model.sources
    }
    var training: EnergyTable.Range?
    if let hoursID = answers[table.trainingQuestion]?.first,
      let hours = table.trainingTimes.first(where: { $0.id == hoursID })
    {
      let kWh = hours.gpuHours * table.gpuKilowatts
      training = EnergyTable.Range(kWh.low * 1000, kWh.high * 1000)
      sources += table.trainingSources
    }
    guard inference != nil || training != nil else { return nil }
    var seen: Set<Bilingual> = []
    return EnergyEstimate(
      inferenceWh: inference, trainingWh: training, sources: sources.filter { seen.insert($0).inserted },
      caveats: table.caveats, advice: table.advice, citations: table.citations)
  }

  /// `0,24 Wh à 40 Wh`, `2,4 Wh à 4 kWh`: two significant digits, each bound in its own
  /// unit, French or English number formatting.
  public static func format(_ range: EnergyTable.Range, _ lang: Lang) -> String {
    let low = quantity(range.low, lang), high = quantity(range.high, lang)
    return low == high ? "≈ \(high)" : "\(low) \(lang == .en ? "to" : "à") \(high)"
  }

  static func quantity(_ wh: Double, _ lang: Lang) -> String {
    let units: [(Double, String)] = [(1e6, "MWh"), (1e3, "kWh"), (1, "Wh")]
    let (scale, unit) = units.first { wh >= $0.0 } ?? (1, "Wh")
    return "\(number(wh / scale, lang)) \(unit)"
  }

  static func number(_ value: Double, _ lang: Lang) -> String {
    guard value > 0 else { return "0" }
    let magnitude = floor(log10(value))
    let factor = pow(10, magnitude - 1)
    let rounded = (value / factor).rounded() * factor
    let decimals = max(0, Int(-(magnitude - 1)))
    var text = String(format: "%.\(decimals)f", rounded)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    if lang == .fr { text = text.replacingOccurrences(of: ".", with: ",") }
    // Thousands separator for readability (narrow no-break space in French).
    if let integerEnd = text.firstIndex(where: { $0 == "," || $0 == "." }) ?? Optional(text.endIndex) {
      var integer = String(text[..<integerEnd])
      let rest = text[integerEnd...]
      if integer.count > 3 {
        var grouped: [String] = []
        while integer.count > 3 {
          grouped.insert(String(integer.suffix(3)), at: 0)
          integer = String(integer.dropLast(3))
        }
        grouped.insert(integer, at: 0)
        text = grouped.joined(separator: lang == .en ? "," : "\u{202F}") + rest
      }
    }
    return text
  }
}
