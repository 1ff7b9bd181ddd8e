import Foundation

/// The one JSON configuration of every `--json` output: sorted keys and indentation, so
/// outputs are stable and diff well, and no escaped slashes in paths. Each output has a
/// JSON Schema in docs/schemas/, checked by JSONSchemaTests. In the kit so that the
/// registry's export (SiaRegistry) uses it too.
public enum StableJSON {
  public static func string<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
