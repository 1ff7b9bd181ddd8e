/// One user-facing sentence in French and English. Placeholders are `{name}` and must
/// be the same in both languages (a test checks it); each name is a `MessageArgument`.
public struct Message: Sendable {
  public let key: String
  public let fr: String
  public let en: String

  public init(_ key: String, fr: String, en: String) {
    self.key = key
    self.fr = fr
    self.en = en
  }

  /// The text in `lang` with `{name}` placeholders replaced by `args[.name]`; a
  /// placeholder with no argument stays as written.
  ///
  /// One pass over the template: `replacingOccurrences` once per argument cost
  /// `sia verify` a third of an Ed25519 check per report, and it also replaced
  /// placeholders inside the values substituted before, in dictionary order — a value
  /// is now inserted as it is, whatever braces it holds.
  public func text(_ lang: Lang, _ args: [MessageArgument: String] = [:]) -> String {
    let template = lang == .en ? en : fr
    guard !args.isEmpty else { return template }
    let utf8 = template.utf8
    var result = ""
    var copied = utf8.startIndex
    var open: String.Index?
    var index = utf8.startIndex
    // `{` and `}` are ASCII, so their UTF-8 positions are valid `String` indices.
    while index < utf8.endIndex {
      switch utf8[index] {
      case UInt8(ascii: "{"): open = index
      case UInt8(ascii: "}"):
        if let start = open, let value = Self.argument(named: utf8[utf8.index(after: start)..<index], in: args) {
          result += template[copied..<start]
          result += value
          copied = utf8.index(after: index)
        }
        open = nil
      default: break
      }
      index = utf8.index(after: index)
    }
    result += template[copied...]
    return result
  }

  public func callAsFunction(_ lang: Lang, _ args: [MessageArgument: String] = [:]) -> String {
    text(lang, args)
  }

  /// The value given for the placeholder spelt `name`: a walk over the few arguments
  /// given, comparing bytes, rather than `MessageArgument(rawValue:)`, which compares the
  /// name with every case in turn.
  private static func argument(named name: Substring.UTF8View, in args: [MessageArgument: String]) -> String? {
    for (argument, value) in args where argument.rawValue.utf8.elementsEqual(name) { return value }
    return nil
  }

  /// The placeholder names used in one language's text.
  public func placeholders(_ lang: Lang) -> Set<String> {
    let text = lang == .en ? en : fr
    var names = Set<String>()
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      let name = after[..<close]
      if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
        names.insert(String(name))
      }
      rest = after[after.index(after: close)...]
    }
    return names
  }
}

/// The FR/EN catalogue: every user-facing sentence of `sia`. One file per feature in
/// this folder (`Messages+Feature.swift`), each listing its messages in a
/// `…Catalogue` array that `all` gathers, so the completeness test sees every one.
public enum Messages {
  public static var all: [Message] {
    coreCatalogue + guideCatalogue + decisionInterviewCatalogue + decisionAssessmentCatalogue + decisionReplCatalogue
      + documentsCatalogue + trainingCatalogue + retrievalCatalogue + freshnessCatalogue + integrityCatalogue
      + conventionsCatalogue + journeyCatalogue + evaluationCatalogue + prefillCatalogue + declarationJourneyCatalogue
      + promptCatalogue + trainingKitCatalogue + scanCatalogue + trainingCertCatalogue + trainingGroupCatalogue
      + trainingProfileCatalogue + languagesCatalogue
      + diagnosticsCatalogue + contextAdviceCatalogue + exemptionCatalogue + keyOfferCatalogue
      + diagnosticsLateCatalogue + registryCatalogue + exportCatalogue
  }
}
