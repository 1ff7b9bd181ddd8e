import Foundation

extension Array {
  /// `map` on every core: `transform` runs concurrently on the elements (so it must be
  /// safe to call from several threads at once), and the results keep the elements'
  /// order. `sia verify` and the registry verify a batch of files this way.
  public func concurrentMap<Result>(_ transform: (Element) -> Result) -> [Result] {
    guard count > 1 else { return map(transform) }
    var results = [Result?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
      // Each iteration writes only its own slot: no two threads touch the same element.
      nonisolated(unsafe) let slots = buffer
      withoutActuallyEscaping(transform) { transform in
        nonisolated(unsafe) let transform = transform
        DispatchQueue.concurrentPerform(iterations: count) { index in
          slots[index] = transform(self[index])
        }
      }
    }
    return results.compactMap { $0 }
  }
}
