/// Dates (of birth when a cue says so) and ages.
extension LineContext {
  static let frenchMonths = Cues.set([
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
    "decembre", "janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec",
  ])
  static let englishMonths = Cues.set([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ])
  static let ordinalSuffixes = Cues.set(["er", "st", "nd", "rd", "th"])

  /// The cues of a date of birth, in the folded text just before the date.
  static let birthCues = [
    "ne le", "nee le", "ne(e) le", "ne-e le", "ne·e le", "nee) le", "naissance", "ddn", "dob", "d.o.b", "born",
    "birth", "birthday", "date of birth", "ne en", "nee en", "anniversaire",
  ]

  static let birthCueBytes = ScanBytes.phrases(birthCues)

  mutating func detectDates() {
    for index in tokens.indices {
      guard let (end, last) = date(at: index) else { continue }
      let birth = cued(before: tokens[index].start, length: 28, anyOf: LineContext.birthCueBytes)
      add(birth ? .birthDate : .date, birth ? .high : .medium, tokens[index].start, tokens[last].end)
      _ = end
    }
  }

  /// A date starting at token `index`: its end offset and last token.
  func date(at index: Int) -> (Int, Int)? {
    let token = tokens[index]
    if token.kind == .number {
      if index > 0, tokens[index - 1].kind == .number || isSymbol(index - 1, 0x2F) && adjacent(index - 1) { return nil }
      if let last = numericDate(at: index) { return (tokens[last].end, last) }
      if let last = textualDateDayFirst(at: index) { return (tokens[last].end, last) }
      return nil
    }
    if token.kind == .word, isWord(index, in: LineContext.englishMonths) || isWord(index, in: LineContext.frenchMonths),
      let last = textualDateMonthFirst(at: index)
    {
      return (tokens[last].end, last)
    }
    return nil
  }

  func number(_ index: Int) -> Int? {
    guard index < tokens.count, tokens[index].kind == .number, tokens[index].length <= 4 else { return nil }
    var value = 0
    for k in tokens[index].start..<tokens[index].end { value = value * 10 + Int(base[k] - 0x30) }
    return value
  }

  /// `12/03/1985`, `12-03-1985`, `12.03.85`, `1985-03-12`.
  func numericDate(at index: Int) -> Int? {
    guard index + 4 < tokens.count, let a = number(index), let b = number(index + 2), let c = number(index + 4),
      adjacent(index), adjacent(index + 1), adjacent(index + 2), adjacent(index + 3)
    else { return nil }
    let separator = tokens[index + 1].first
    guard [0x2F, 0x2D, 0x2E].contains(separator), isSymbol(index + 3, separator) else { return nil }
    if index + 5 < tokens.count, adjacent(index + 4),
      tokens[index + 5].kind == .number
        || isSymbol(index + 5, separator) && index + 6 < tokens.count && tokens[index + 6].kind == .number
    {
      return nil
    }
    let lengths = (tokens[index].length, tokens[index + 2].length, tokens[index + 4].length)
    if lengths.0 == 4 {
      guard separator == 0x2D, (1900...2099).contains(a), (1...12).contains(b), (1...31).contains(c), lengths.1 == 2,
        lengths.2 == 2
      else { return nil }
      return index + 4
    }
    guard lengths.0 <= 2, lengths.1 <= 2, lengths.2 == 4 || lengths.2 == 2 else { return nil }
    if lengths.2 == 4, !(1900...2099).contains(c) { return nil }
    // Day first (French) or month first (American): either way a calendar date.
    let dayFirst = (1...31).contains(a) && (1...12).contains(b)
    let monthFirst = (1...12).contains(a) && (1...31).contains(b)
    guard dayFirst || monthFirst else { return nil }
    // `1.2.85` is more often a version or a section number than a date.
    if separator == 0x2E, lengths.2 == 2, lengths.0 == 1 { return nil }
    return index + 4
  }

  /// `12 mars 1985`, `1er mars 1985`, `12 March 1985`, `12 Mar. 1985`.
  func textualDateDayFirst(at index: Int) -> Int? {
    guard let day = number(index), (1...31).contains(day), tokens[index].length <= 2 else { return nil }
    var k = index + 1
    if isWord(k, in: LineContext.ordinalSuffixes), adjacent(index) { k += 1 }
    guard isWord(k, in: LineContext.frenchMonths) || isWord(k, in: LineContext.englishMonths) else { return nil }
    k += 1
    if isSymbol(k, 0x2E) { k += 1 }
    guard let year = number(k), tokens[k].length == 4, (1900...2099).contains(year) else { return nil }
    return k
  }

  /// `March 12, 1985`, `March 12th 1985`.
  func textualDateMonthFirst(at index: Int) -> Int? {
    var k = index + 1
    if isSymbol(k, 0x2E) { k += 1 }
    guard let day = number(k), (1...31).contains(day), tokens[k].length <= 2 else { return nil }
    k += 1
    if isWord(k, in: LineContext.ordinalSuffixes), adjacent(k - 1) { k += 1 }
    if isSymbol(k, 0x2C) { k += 1 }
    guard let year = number(k), tokens[k].length == 4, (1900...2099).contains(year) else { return nil }
    return k
  }

  // MARK: Ages

  static let yearWords = Cues.set(["ans", "an", "years", "year", "yo", "y.o", "yrs"])
  static let ageCues = Cues.set(["age", "agee", "ages", "agees", "aged", "age:"])
  /// Words before « N ans » that make it a duration, not an age.
  static let durationCues = Cues.set([
    "depuis", "pendant", "durant", "il", "y", "dans", "sur", "for", "over", "since", "within", "after", "apres",
    "avant",
    "before", "tous", "toutes", "every", "des", "de", "en", "plus", "moins", "than", "last", "past", "next", "les",
    "the", "ces", "these", "environ",
  ])
  static let personBefore = Cues.set([
    "patient", "patiente", "femme", "homme", "enfant", "garcon", "fille", "fils", "nourrisson", "adolescent",
    "adolescente", "monsieur", "madame", "woman", "man", "boy", "girl", "child", "male", "female", "mere", "pere",
    "epouse", "mari",
  ])

  /// « 45 ans », « âgée de 45 ans », « 45-year-old », « aged 45 », « âge : 45 ».
  mutating func detectAges() {
    for index in tokens.indices where tokens[index].kind == .number {
      guard let value = number(index), value <= 120, tokens[index].length <= 3 else { continue }
      var last = index
      var unit = false
      if isWord(index + 1, in: LineContext.yearWords) {
        unit = true
        last = index + 1
      } else if isSymbol(index + 1, 0x2D), index + 2 < tokens.count, tokens[index + 2].first | 0x20 == 0x79,
        folded(index + 2).hasPrefix("year-old")
      {
        unit = true
        last = index + 2
      }
      let cue =
        (isWord(index - 1, in: LineContext.ageCues) || isWord(index - 2, in: LineContext.ageCues))
        || (isWord(index - 1, in: LineContext.personBefore))
        || (isWord(index - 2, in: LineContext.personBefore) && folded(index - 1) == "de")
        || (isSymbol(index - 1, 0x3A) && isWord(index - 2, in: LineContext.ageCues))
      if unit {
        // « depuis 10 ans », « for 5 years »; « 45-year-old » is always an age.
        if isWord(index - 1, in: LineContext.durationCues) && !cue && last != index + 2 { continue }
        if isWord(index + 2, in: LineContext.agoWords) { continue }
        add(.age, cue || last == index + 2 ? .high : .medium, tokens[index].start, tokens[last].end)
      } else if cue, isWord(index - 1, in: LineContext.ageCues) || isSymbol(index - 1, 0x3A) {
        add(.age, .high, tokens[index].start, tokens[index].end)
      }
    }
  }
}

extension LineContext {
  /// Whether a cue of a date of birth is in the `length` bytes before `offset`.
  func birthCued(before offset: Int, length: Int) -> Bool {
    cued(before: offset, length: length, anyOf: LineContext.birthCueBytes)
  }
}
