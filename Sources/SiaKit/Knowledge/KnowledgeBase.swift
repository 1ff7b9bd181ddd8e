import Foundation

/// The guide as loaded from `Knowledge/`: institute names, themes, sections and Q&A.
/// Other parts (questions, rules, tools, exercises) load their own files from `root`.
public struct KnowledgeBase: Sendable {
  public var root: String
  public var institute: Institute
  public var themes: [Theme]
  /// In theme order, then by id.
  public var sections: [GuideSection]
  public var faq: [FAQEntry]
  /// Content hash of every file under `root` (see `KnowledgeVersion`), computed on first
  /// use: hashing every file is a tenth of start-up, and only documents and listings need it.
  public var version: String { versionCache.value }

  /// `version: nil` hashes `root` when the version is first asked for.
  public init(
    root: String, institute: Institute, themes: [Theme], sections: [GuideSection], faq: [FAQEntry], version: String?
  ) {
    self.root = root
    self.institute = institute
    self.themes = themes
    self.sections = sections
    self.faq = faq
    versionCache = version.map { OnDemand(value: $0) } ?? OnDemand { KnowledgeVersion.hash(root: root) }
    var index: [String: Int] = [:]
    for (position, section) in sections.enumerated() { index[section.id] = position }
    sectionIndex = index
  }

  private var sectionIndex: [String: Int]
  private var versionCache: OnDemand<String>

  /// Where the version comes from when it is first asked for, instead of hashing every
  /// file (`KnowledgeCache` keeps it while the folder is unchanged).
  public mutating func versionOnDemand(_ make: @escaping () -> String) {
    versionCache = OnDemand(make)
  }

  public func section(_ id: String) -> GuideSection? {
    sectionIndex[id].map { sections[$0] }
  }

  public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

  public var sectionIDs: [String] { sections.map(\.id) }

  /// Sections grouped by main theme, in the order of `themes.yaml`.
  public var sectionsByTheme: [(theme: Theme, sections: [GuideSection])] {
    themes.compactMap { theme in
      let members = sections.filter { $0.theme == theme.id }
      return members.isEmpty ? nil : (theme, members)
    }
  }
}

extension KnowledgeBase {
  /// The Q&A entry `id` ("faq-…"), which search results cite as they cite sections.
  public func faqEntry(_ id: String) -> FAQEntry? { faq.first { $0.id == id } }

  /// Every id a search result can show: sections, then Q&A entries.
  public var passageIDs: [String] { sectionIDs + faq.map(\.id) }
}
