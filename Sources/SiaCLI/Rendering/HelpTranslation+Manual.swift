import Foundation
import SiaKit

extension HelpTranslation {
  /// The parser's `--experimental-dump-help` JSON (read by the man page generator,
  /// scripts/generate-manuals.sh) with every help text put into French from the
  /// catalogue, so the French man pages say what `sia … --help` says in French. Keys,
  /// names and values are left alone; a text with no French entry stays as written.
  static func frenchDump(_ json: String) -> String {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)),
      let data = try? JSONSerialization.data(
        withJSONObject: frenchTexts(object), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    else { return json }
    return String(decoding: data, as: UTF8.self)
  }

  /// The keys of the dump that hold sentences for people.
  static let dumpTextKeys: Set<String> = ["abstract", "discussion"]

  static func frenchTexts(_ value: Any) -> Any {
    if let array = value as? [Any] { return array.map(frenchTexts) }
    guard let object = value as? [String: Any] else { return value }
    var out: [String: Any] = [:]
    for (key, member) in object {
      if dumpTextKeys.contains(key), let text = member as? String {
        out[key] = translatedDescription(text)
      } else {
        out[key] = frenchTexts(member)
      }
    }
    return out
  }
}

extension HelpTranslation {
  /// The dump with every non-ASCII character written `<U+00E9>`, for the man page
  /// generator, which drops them (swift-argument-parser 1.8, generate-manual's
  /// String+Escaping.swift keeps only ASCII): scripts/generate-manuals.sh turns each
  /// back into the groff escape `\[u00E9]`, so « réels » does not become « rels ».
  static func asciiPlaceholders(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        out.unicodeScalars.append(scalar)
      } else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        out += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
      }
    }
    return out
  }
}

extension HelpTranslation {
  /// A value outside a typed option's closed set (`--level facile`, `--lang de`): the
  /// parser's error line alone, in the interface language, as sia's own usage errors
  /// read (one line, no help and usage block); nil for any other message.
  static func oneLineValueError(_ raw: String, lang: Lang) -> String? {
    let lines = raw.split(separator: "\n").map(String.init)
    guard let first = lines.first, first.hasPrefix("Error: The value ") else { return nil }
    var text = String(first.dropFirst("Error: ".count))
    // Five values or more come as a bulleted list: one line too.
    let listed = " one of the following:"
    if text.hasSuffix(listed) {
      let values = lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.prefix { $0.hasPrefix("- ") }
        .map { "'\($0.dropFirst(2))'" }
      let joined = values.dropLast().joined(separator: ", ") + (values.count > 1 ? " or " : "") + (values.last ?? "")
      text = text.dropLast(listed.count) + " one of " + joined + "."
    }
    // The parser says "one of 'fr' and 'en'" for two values: one of them is chosen.
    guard lang == .fr else { return text.replacingOccurrences(of: "' and '", with: "' or '") }
    let french = errorText(text)
    return french.prefix(1).uppercased() + french.dropFirst()
  }
}
