/// Health content from the medical lexicon, and the cues of a rare condition or a very
/// small group (« seul patient », « l'un des 3 cas »), which make a person findable.
extension LineContext {
  mutating func detectHealth() {
    let lexicon = resources.lexicon
    guard lexicon.count > 0 else { return }
    var index = 0
    while index < tokens.count {
      guard tokens[index].kind != .symbol, let (kind, end) = lexicon.match(tokens, at: index) else {
        index += 1
        continue
      }
      // An acronym of the lexicon (« HTA », « IRM ») must be written in capitals.
      if end == index + 1, tokens[index].length <= 4, isAcronym(index), !tokens[index].allUpper {
        index += 1
        continue
      }
      add(kind == .rare ? .rareCondition : .health, kind == .rare ? .high : .medium, tokens: index, end - 1)
      index = end
    }
  }

  /// Whether the lexicon spells this word in capitals: short terms of letters that are
  /// also ordinary words (« ALS », « INS ») are kept only in capitals.
  func isAcronym(_ index: Int) -> Bool {
    resources.wordLists.isCommon(tokens[index].hash) || LineContext.shortAcronyms.contains(tokens[index].hash)
  }

  static let shortAcronyms = Cues.set([
    "als", "ins", "bnp", "inr", "crp", "psa", "tsh", "ecg", "eeg", "irm", "nfs", "hta", "avc", "vih", "hiv", "bmi",
    "imc", "mri", "hdl", "ldl", "pcr", "tdm",
  ])

  static let smallGroupCues = [
    "seul patient", "seule patiente", "seul cas", "seule personne", "cas unique", "unique cas", "only patient",
    "only case", "only person", "sole patient", "single case",
  ]
  static let smallGroupNouns = Cues.set([
    "patients", "patientes", "cas", "cases", "personnes", "people", "participants", "salaries", "employees", "familles",
    "families",
  ])

  /// « le seul patient », « l'une des 3 patientes », « only 2 cases ».
  mutating func detectSmallGroups() {
    if tokens.contains(where: { $0.kind == .word && LineContext.smallGroupStarts.contains($0.hash) }) {
      detectSmallGroupPhrases()
    }
    for index in tokens.indices where tokens[index].kind == .number {
      guard let value = number(index), (1...5).contains(value), isWord(index + 1, in: LineContext.smallGroupNouns)
      else { continue }
      if ends(before: tokens[index].start, length: 16, withAnyOf: LineContext.smallGroupLeads) {
        add(.rareCondition, .medium, tokens: index, index + 1)
      }
    }
  }

  static let smallGroupLeads = ScanBytes.phrases([
    "des ", "of ", "only ", "seulement ", "uniquement ", "parmi ", "among ",
  ])
  static let smallGroupCueBytes = ScanBytes.phrases(smallGroupCues)

  static let smallGroupStarts = Cues.set(["seul", "seule", "unique", "only", "sole", "single"])

  mutating func detectSmallGroupPhrases() {
    let line = Array(ScanFold.string(base, 0, count).utf8)
    for cue in LineContext.smallGroupCueBytes {
      guard let start = line.withUnsafeBufferPointer({ ScanBytes.firstIndex(of: cue, in: $0) }) else { continue }
      let end = start + cue.count
      // Folding keeps ASCII lengths; for accented text the offsets shift, so the
      // finding is placed on the tokens that overlap the folded range.
      if let (first, last) = tokenSpan(foldedStart: start, foldedEnd: end) {
        add(.rareCondition, .medium, tokens: first, last)
      }
      break
    }
  }

  /// The tokens covering a range of the folded line (folding changes byte lengths only
  /// for accented letters, so positions are mapped token by token).
  func tokenSpan(foldedStart: Int, foldedEnd: Int) -> (Int, Int)? {
    var position = 0
    var cursor = 0
    var first: Int?
    var last: Int?
    for (index, token) in tokens.enumerated() {
      position += ScanFold.string(base, cursor, token.start).utf8.count
      let length = ScanFold.string(base, token.start, token.end).utf8.count
      if position + length > foldedStart, position < foldedEnd {
        if first == nil { first = index }
        last = index
      }
      position += length
      cursor = token.end
    }
    guard let first, let last else { return nil }
    return (first, last)
  }
}
