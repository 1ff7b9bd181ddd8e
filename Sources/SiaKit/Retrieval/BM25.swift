import Foundation

/// BM25's two constants (Lucene's defaults).
public struct BM25Parameters: Sendable {
  public var k1: Double = 1.2
  public var b: Double = 0.75

  public init(k1: Double = 1.2, b: Double = 0.75) {
    self.k1 = k1
    self.b = b
  }

  /// Lucene's idf: ln(1 + (N − n + 0.5) / (n + 0.5)), always positive.
  public static func idf(documents: Int, containing: Int) -> Double {
    let n = Double(containing), total = Double(documents)
    return log(1 + (total - n + 0.5) / (n + 0.5))
  }

  /// The length normalisation of one field occurrence: 1 − b + b·length/average.
  public func norm(length: Int, average: Double) -> Double {
    guard average > 0 else { return 1 }
    return 1 - b + b * Double(length) / average
  }

  /// The term-frequency part of BM25 for a normalised frequency `tf`:
  /// tf·(k1 + 1) / (tf + k1).
  public func saturate(_ tf: Double) -> Double { tf * (k1 + 1) / (tf + k1) }
}
