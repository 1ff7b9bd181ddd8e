/// What the detectors consult, loaded once per run: the word lists and the lexicon.
public struct ScanResources: Sendable {
  public var wordLists: WordLists
  public var lexicon: MedicalLexicon

  public init(wordLists: WordLists, lexicon: MedicalLexicon) {
    self.wordLists = wordLists
    self.lexicon = lexicon
  }
}

/// Scans one line at a time, keeping the little that crosses lines: being inside a
/// private key block, and a sign-off (« Cordialement, ») whose next line is a name.
struct LineScanner {
  let resources: ScanResources
  var inPrivateKey = false
  var nameOnNextLine = false

  init(resources: ScanResources) { self.resources = resources }

  /// The findings of one line, overlaps resolved, in order.
  mutating func scan(_ base: UnsafePointer<UInt8>, _ count: Int) -> [LineFinding] {
    if inPrivateKey {
      if SecretPatterns.contains(base, count, "-----END ") { inPrivateKey = false }
      return []
    }
    if let found = SecretPatterns.privateKeyHeader(base, count) {
      inPrivateKey = !SecretPatterns.contains(base, count, "-----END ")
      return [found]
    }
    var context = LineContext(base: base, count: count, resources: resources)
    context.nameOnThisLine = nameOnNextLine
    context.detectAll()
    nameOnNextLine = context.nameOnNextLine
    return LineContext.resolve(context.findings)
  }
}

/// One line being scanned: its bytes, its tokens, and what the detectors found so far.
struct LineContext {
  let base: UnsafePointer<UInt8>
  let count: Int
  let resources: ScanResources
  let tokens: [ScanToken]
  var findings: [LineFinding] = []
  /// Tokens already explained (a medical term, an organisation, an address): the name
  /// and town detectors leave them alone.
  var claimed: [Bool]
  var nameOnThisLine = false
  var nameOnNextLine = false

  init(base: UnsafePointer<UInt8>, count: Int, resources: ScanResources) {
    self.base = base
    self.count = count
    self.resources = resources
    tokens = ScanTokenizer.tokens(base, count)
    claimed = Array(repeating: false, count: tokens.count)
  }

  mutating func detectAll() {
    guard !tokens.isEmpty else { return }
    detectSecrets()
    detectEmails()
    detectNumbers()
    detectRecordNumbers()
    detectDates()
    detectAges()
    detectHealth()
    detectAddresses()
    detectOrganisations()
    detectTowns()
    detectNames()
    detectProfessions()
    detectSmallGroups()
  }

  mutating func add(_ category: ScanCategory, _ confidence: ScanConfidence, _ start: Int, _ end: Int) {
    guard end > start else { return }
    findings.append(LineFinding(category: category, confidence: confidence, start: start, end: end))
  }

  /// Adds a finding over tokens `first...last` and claims them.
  mutating func add(_ category: ScanCategory, _ confidence: ScanConfidence, tokens first: Int, _ last: Int) {
    add(category, confidence, tokens[first].start, tokens[last].end)
    for index in first...last { claimed[index] = true }
  }

  /// Keeps, among overlapping findings, the one of higher rank (then the longer).
  static func resolve(_ findings: [LineFinding]) -> [LineFinding] {
    guard findings.count > 1 else { return findings }
    let ordered = findings.sorted {
      ($0.category.rank, $0.end - $0.start, -$0.start) > ($1.category.rank, $1.end - $1.start, -$1.start)
    }
    var kept: [LineFinding] = []
    for finding in ordered where !kept.contains(where: { $0.start < finding.end && finding.start < $0.end }) {
      kept.append(finding)
    }
    return kept.sorted { $0.start < $1.start }
  }

  // MARK: - Token helpers

  func folded(_ index: Int) -> String { ScanFold.string(base, tokens[index].start, tokens[index].end) }

  func isSymbol(_ index: Int, _ byte: UInt8) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .symbol && tokens[index].first == byte
  }

  func isWord(_ index: Int, in set: HashSet64) -> Bool {
    index >= 0 && index < tokens.count && tokens[index].kind == .word && set.contains(tokens[index].hash)
  }

  /// Whether tokens `index` and `index + 1` touch (no space between them).
  func adjacent(_ index: Int) -> Bool {
    index + 1 < tokens.count && tokens[index].end == tokens[index + 1].start
  }

  /// The byte before `offset`, or a space at the start of the line.
  func byte(before offset: Int) -> UInt8 { offset > 0 ? base[offset - 1] : 0x20 }
  func byte(at offset: Int) -> UInt8 { offset < count ? base[offset] : 0x20 }

  /// Whether the token at `index` starts a sentence (first of the line, or after . ! ?
  /// : or a bullet).
  func startsSentence(_ index: Int) -> Bool {
    var previous = index - 1
    while previous >= 0, tokens[previous].kind == .symbol {
      switch tokens[previous].first {
      case 0x22, 0x28, 0x2A, 0xC2, 0xE2: previous -= 1
      default: break
      }
      if previous >= 0, tokens[previous].kind == .symbol,
        [0x22, 0x28, 0x2A, 0xC2, 0xE2].contains(tokens[previous].first)
      {
        continue
      }
      break
    }
    guard previous >= 0 else { return true }
    let token = tokens[previous]
    guard token.kind == .symbol else { return false }
    switch token.first {
    case 0x2E, 0x21, 0x3F, 0x3A, 0x2D, 0x3E: return true
    default: return false
    }
  }

  /// The folded text of the `length` bytes before `offset` (for cue phrases).
  func foldedBefore(_ offset: Int, length: Int) -> String {
    withFoldedBefore(offset, length: length) { String(decoding: $0, as: UTF8.self) }
  }

  /// Runs `body` on the folded bytes of the `length` bytes before `offset`, in a stack
  /// buffer: cue phrases are looked for before many tokens, and a `String` for each
  /// was a tenth of a scan's time. Folding never lengthens text, so the buffer is the
  /// size of the bytes read.
  func withFoldedBefore<R>(_ offset: Int, length: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    var start = max(0, offset - length)
    while start > 0, start < offset, base[start] & 0xC0 == 0x80 { start -= 1 }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: offset - start + 1) { buffer in
      var n = 0
      ScanFold.fold(base, start, offset) { byte in
        buffer[n] = byte
        n += 1
      }
      return body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
    }
  }

  /// Whether one of `cues` occurs in the folded `length` bytes before `offset`.
  func cued(before offset: Int, length: Int, anyOf cues: [[UInt8]]) -> Bool {
    withFoldedBefore(offset, length: length) { text in cues.contains { ScanBytes.find($0, in: text) } }
  }

  /// Whether the folded `length` bytes before `offset` end with one of `endings`.
  func ends(before offset: Int, length: Int, withAnyOf endings: [[UInt8]]) -> Bool {
    withFoldedBefore(offset, length: length) { text in endings.contains { ScanBytes.hasSuffix(text, $0) } }
  }
}

extension ScanBytes {
  /// The UTF-8 bytes of each phrase, for `cued` and `ends`.
  static func phrases(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }

  static func find(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
    firstIndex(of: needle, in: text) != nil
  }

  /// Where `needle` first occurs in `text`.
  static func firstIndex<Needle: RandomAccessCollection<UInt8>>(
    of needle: Needle, in text: UnsafeBufferPointer<UInt8>
  ) -> Int? where Needle.Index == Int {
    guard !needle.isEmpty else { return 0 }
    guard needle.count <= text.count else { return nil }
    let first = needle[0]
    var i = 0
    while i + needle.count <= text.count {
      if text[i] == first {
        var j = 1
        while j < needle.count, text[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  static func hasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
    guard suffix.count <= text.count else { return false }
    let offset = text.count - suffix.count
    for k in 0..<suffix.count where text[offset + k] != suffix[k] { return false }
    return true
  }
}

/// Builds sets of folded word hashes from word lists written in the source.
enum Cues {
  static func set(_ words: [String]) -> HashSet64 { HashSet64(words.map(ScanFold.hash)) }
}

extension ScanResources {
  /// The word lists of `wordListPaths` and the lexicon of the knowledge folder, with the
  /// lexicon's problems (the scan goes on without what is broken).
  public static func load(knowledgeRoot: String, wordListPaths: [String] = WordLists.debianPaths) -> (
    ScanResources, [Diagnostic]
  ) {
    let (lexicon, diagnostics) = MedicalLexiconLoader.load(root: knowledgeRoot)
    return (ScanResources(wordLists: WordLists.load(paths: wordListPaths), lexicon: lexicon), diagnostics)
  }
}

extension LineContext {
  static let agoWords = Cues.set(["ago", "plus", "auparavant", "later"])
  static let andWords = Cues.set(["et", "and"])
  static let weakNameCues = Cues.set([
    "par", "by", "avec", "with", "chez", "contact", "contacter", "merci", "thanks", "hi", "hello", "bonjour", "son",
    "fils", "fille",
  ])
  static let bisTer = Cues.set(["bis", "ter"])
  static let aIn = Cues.set(["a", "in"])
  static let livesWords = Cues.set(["habite", "lives"])
}
