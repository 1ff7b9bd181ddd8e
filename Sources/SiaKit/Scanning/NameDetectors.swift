/// Names: after a title or a cue (high confidence), after a sign-off on the line
/// before, in lists after « Présents : », and runs of capitalised words that the word
/// lists do not know as common words (medium, or low for a single word).
extension LineContext {
  /// Titles, written with a capital (« M. Dupont », « Dr Martin », « Mrs Smith »).
  static let titles = Cues.set([
    "m", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "drs", "pr", "docteur", "professeur", "madame", "monsieur",
    "mademoiselle", "prof", "miss", "sir", "messieurs", "mesdames", "me", "maitre",
  ])
  /// Titles that need a dot or a capitalised word right after (« M. », « Me »).
  static let shortTitles = Cues.set(["m", "me"])
  /// Words after which a capitalised word is a name, in any case.
  static let nameCues = Cues.set([
    "patient", "patiente", "signe", "signee", "signed", "nom", "name", "prenom", "surname", "epouse", "epoux", "mari",
    "cher", "chere", "dear", "bonjour", "hello", "hi", "salut", "merci", "thanks", "nee", "dite", "alias", "collegue",
    "colleague", "interne", "infirmiere", "infirmier", "nurse", "par", "by", "avec", "with", "contacter", "contact",
    "ecrire", "signataire", "redige", "redigee", "written", "soeur", "frere", "sister", "brother", "fils", "fille",
    "son", "daughter", "wife", "husband", "mere", "pere", "mother", "father", "professor", "doctor", "chez",
  ])
  /// Labels whose `:` opens a list of names.
  static let listLabels = Cues.set([
    "presents", "presentes", "present", "presente", "excuses", "excusees", "excuse", "absents", "absent", "absentes",
    "participants", "participantes", "attendees", "apologies", "invites", "redacteur", "redactrice", "secretaire",
    "animateur", "animatrice", "from", "to", "cc", "bcc", "de", "a", "destinataire", "destinataires", "expediteur",
    "auteur", "auteurs", "author", "authors", "contact", "referent", "referente", "investigateur", "investigatrice",
    "signataire", "chair", "president", "presidente", "medecin", "minutes", "scribe", "moderateur", "moderatrice",
    "nom", "name", "prenom", "patient", "patiente", "present(e)s", "e)s", "e·s", "copie", "orateur", "speaker",
    "speakers", "intervenants", "intervenant", "intervenante", "membres", "members", "responsable", "pi",
    "present·e·s", "presente·s", "excuse·e·s", "excusee·s", "absent·e·s", "excusee", "absente", "invite·e·s",
    "participant·e·s",
  ])
  /// Particles inside a name (« Jean de La Fontaine », « Ludwig van Beethoven »).
  static let nameParticles = Cues.set([
    "de", "du", "des", "d", "van", "von", "der", "den", "le", "la", "di", "da", "del", "della", "dos", "ben", "bin",
    "al", "el", "ter", "ten", "zu", "mac", "st",
  ])
  /// A line holding only one of these ends a letter; the next line is a signature.
  static let signOffs: Set<String> = [
    "cordialement", "bien cordialement", "bien a vous", "tres cordialement", "sincerement", "amicalement", "amities",
    "bien amicalement", "regards", "best regards", "kind regards", "warm regards", "sincerely", "yours sincerely",
    "best", "best wishes", "thanks", "many thanks", "thank you", "merci", "merci d'avance", "signe", "signed",
    "salutations", "respectueusement", "avec mes remerciements", "confraternellement", "bien confraternellement",
    "a bientot", "bonne journee", "cheers",
  ]
  /// Capitalised words that are never names on their own.
  static let notNames = Cues.set([
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
    "aout", "septembre", "octobre", "novembre", "decembre", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "objet", "subject", "re", "tr", "fwd", "ps",
    "nb", "ok", "cordialement", "bonjour", "madame", "monsieur", "docteur", "professeur", "dr", "pr", "mme", "mr",
    "mrs", "ms", "le", "la", "les", "the", "un", "une", "a", "an", "et", "and", "ou", "or", "de", "du", "des",
    "inserm", "cnil", "rgpd", "gdpr", "ia", "ai", "chatgpt", "copilot", "mistral", "claude", "gemini", "llama",
    "openai", "github", "gitlab", "python", "java", "swift", "linux", "windows", "excel", "word", "teams", "zoom",
    "france", "europe", "covid", "sars-cov-2", "ordre", "point", "points", "annexe", "conclusion", "introduction",
    "resume", "summary", "note", "notes", "todo", "fixme", "urgent", "important", "tel", "fax", "email", "mail",
    "courriel", "adresse", "address", "date", "age", "sexe", "sex", "poids", "taille", "motif", "antecedents",
    "traitement", "examen", "diagnostic", "conduite", "suivi", "histoire", "allergies", "decisions", "decision",
    "actions", "action", "presents", "excuses", "absents", "participants", "attendees", "apologies", "agenda",
    "minutes", "compte", "rendu", "reunion", "meeting", "projet", "project", "equipe", "team", "unite", "service",
    "hopital", "hospital", "institut", "institute", "universite", "university", "centre", "center", "from", "to",
    "cc", "sent", "envoye", "pas", "non", "oui", "yes", "no", "nom", "prenom", "name", "patient", "patiente",
    "signe", "signed", "ddn", "dob", "ipp", "nip", "mrn", "nir", "ins", "chu", "ch", "ap-hp", "rdv", "cr", "hdj",
  ])

  mutating func detectNames() {
    var index = 0
    if nameOnThisLine, let first = tokens.firstIndex(where: { $0.kind == .word }), tokens[first].capitalised,
      let last = nameRun(from: first), !isWord(first, in: LineContext.notNames) || last > first
    {
      add(.name, .high, tokens: first, last)
      index = last + 1
    }
    nameOnNextLine = isSignOffLine()
    while index < tokens.count {
      if let last = cuedName(at: index) {
        index = last + 1
        continue
      }
      if let last = uncuedName(at: index) {
        index = last + 1
        continue
      }
      index += 1
    }
  }

  /// Whether the line is only a sign-off (« Cordialement, », « Best regards, »).
  /// The line's words are compared as one phrase hash (`ScanFold.combine`), with and
  /// without a leading « d' »: no string is made for the many short lines of a text.
  func isSignOffLine() -> Bool {
    guard tokens.count <= 6, tokens.last?.kind != .word || tokens.count <= 4 else { return false }
    var phrase: UInt64 = 0
    var rest: UInt64 = 0
    var words = 0
    var startsWithD = false
    for token in tokens where token.kind == .word {
      phrase = words == 0 ? token.hash : ScanFold.combine(phrase, token.hash)
      if words == 0 { startsWithD = token.hash == LineContext.dHash }
      if words == 1 { rest = token.hash } else if words > 1 { rest = ScanFold.combine(rest, token.hash) }
      words += 1
    }
    guard words > 0 else { return false }
    return LineContext.signOffPhrases.contains(phrase)
      || (startsWithD && words > 1 && LineContext.signOffPhrases.contains(rest))
  }

  /// The sign-offs as phrase hashes of their words (« merci d'avance »: merci, d, avance).
  static let signOffPhrases = HashSet64(
    signOffs.map { text -> UInt64 in
      let bytes = Array(text.utf8)
      return bytes.withUnsafeBufferPointer { buffer -> UInt64 in
        guard let base = buffer.baseAddress else { return 0 }
        let words = ScanTokenizer.tokens(base, buffer.count).filter { $0.kind == .word }.map(\.hash)
        return words.dropFirst().reduce(words.first ?? 0) { ScanFold.combine($0, $1) }
      }
    })
  static let dHash = ScanFold.hash("d")

  /// A title, a cue or a list label at `index`, and the name after it.
  mutating func cuedName(at index: Int) -> Int? {
    let token = tokens[index]
    guard token.kind == .word else { return nil }
    // Title: « M. Dupont », « Mme Claire Dubois », « Dr. Smith ».
    if token.capitalised, isWord(index, in: LineContext.titles) {
      var k = index + 1
      if isSymbol(k, 0x2E), adjacent(index) { k += 1 } else if isWord(index, in: LineContext.shortTitles) { return nil }
      if let last = nameRun(from: k), tokens[k].capitalised {
        add(.name, .high, tokens: k, last)
        return last
      }
      return nil
    }
    // List label: « Présents : A, B et C ».
    if isWord(index, in: LineContext.listLabels),
      isSymbol(index + 1, 0x3A) || (isSymbol(index + 1, 0x29) && isSymbol(index + 2, 0x3A))
    {
      var k = index + (isSymbol(index + 1, 0x3A) ? 2 : 3)
      var lastName: Int?
      while k < tokens.count {
        // Skip a title before each name.
        if tokens[k].capitalised, isWord(k, in: LineContext.titles) {
          k += 1
          if isSymbol(k, 0x2E) { k += 1 }
        }
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].capitalised, !claimed[k],
          !isWord(k, in: LineContext.notNames), let last = nameRun(from: k)
        else { break }
        add(.name, .high, tokens: k, last)
        lastName = last
        k = last + 1
        // `(rôle)` after a name.
        if isSymbol(k, 0x28) {
          while k < tokens.count, !isSymbol(k, 0x29) { k += 1 }
          k += 1
        }
        guard k < tokens.count,
          isSymbol(k, 0x2C) || isSymbol(k, 0x3B) || isWord(k, in: LineContext.andWords) || isSymbol(k, 0x2F)
        else { break }
        k += 1
        if isWord(k, in: LineContext.andWords) { k += 1 }
      }
      return lastName
    }
    // Cue word: « la patiente Jeanne Martin », « signé Dr… », « Dear John ».
    if isWord(index, in: LineContext.nameCues) {
      var k = index + 1
      if isSymbol(k, 0x3A) || isSymbol(k, 0x2C) { k += 1 }
      if k < tokens.count, tokens[k].capitalised, isWord(k, in: LineContext.titles) {
        return cuedName(at: k)
      }
      guard k < tokens.count, tokens[k].kind == .word, tokens[k].capitalised, !claimed[k],
        !isWord(k, in: LineContext.notNames),
        let last = nameRun(from: k)
      else { return nil }
      // After a weak cue (« par », « avec »), a single common word is not enough.
      let weak = isWord(index, in: LineContext.weakNameCues)
      let greeting = isWord(index, in: LineContext.greetings) && (isSymbol(last + 1, 0x2C) || last + 1 == tokens.count)
      if weak, !greeting, last == k, resources.wordLists.isCommon(tokens[k].hash) { return nil }
      add(.name, weak ? .medium : .high, tokens: k, last)
      return last
    }
    return nil
  }

  static let greetings = Cues.set(["bonjour", "hello", "hi", "salut", "dear", "cher", "chere", "merci", "thanks"])

  /// Capitalised words from `index` that can form a name: one to four, with particles
  /// between them and initials (« J.-P. »); the last token, or nil.
  func nameRun(from index: Int) -> Int? {
    var k = index
    var last: Int?
    var words = 0
    while k < tokens.count, words < 4 {
      let token = tokens[k]
      if last != nil, let next = particleEnd(from: k) {
        k = next
        continue
      }
      if token.kind == .word, token.capitalised, !claimed[k],
        !isWord(k, in: LineContext.titles) || last == nil && token.length > 3
      {
        if isWord(k, in: LineContext.notNames), last != nil { break }
        last = k
        words += 1
        k += 1
        // An initial: « J. Dupont ».
        if token.length == 1, isSymbol(k, 0x2E), adjacent(k - 1) {
          last = k
          k += 1
        }
      } else if last != nil, isSymbol(k, 0x27), adjacent(k), k + 1 < tokens.count, tokens[k + 1].capitalised {
        k += 1
      } else {
        break
      }
    }
    return last
  }

  /// After particles (« de la », « Le », « d' »), the index of the capitalised word
  /// they lead to, or nil.
  func particleEnd(from index: Int) -> Int? {
    var k = index
    while k < tokens.count, k - index < 3 {
      if isWord(k, in: LineContext.nameParticles) {
        k += 1
      } else if k > index, isSymbol(k, 0x27) || isSymbol(k, 0xE2) {
        k += 1
      } else {
        break
      }
    }
    guard k > index, k < tokens.count, tokens[k].kind == .word, tokens[k].capitalised,
      !isWord(k, in: LineContext.nameParticles)
    else { return nil }
    return k
  }

  /// A run of capitalised words with no cue: a name when it holds two or more words
  /// and at least one the word lists do not know as a common word.
  mutating func uncuedName(at index: Int) -> Int? {
    let token = tokens[index]
    guard token.kind == .word, token.capitalised, !claimed[index], !isWord(index, in: LineContext.notNames),
      token.length >= 2, let last = nameRun(from: index)
    else { return nil }
    let words = (index...last).filter { tokens[$0].kind == .word && tokens[$0].capitalised }
    let lists = resources.wordLists
    func unknown(_ k: Int) -> Bool { !lists.isCommon(tokens[k].hash) }
    func properOnly(_ k: Int) -> Bool { lists.isProper(tokens[k].hash) && !lists.isCommon(tokens[k].hash) }
    let sentenceStart = startsSentence(index)
    var first = index
    // « Hier Jean Dupont… »: a common word opening the sentence is not part of the name.
    if sentenceStart, words.count >= 2, lists.isCommon(tokens[index].hash), !lists.isProper(tokens[index].hash) {
      first = words[1]
    }
    let kept = words.filter { $0 >= first }
    let acronyms = kept.filter { tokens[$0].allUpper && tokens[$0].length <= 4 }.count
    if lists.isEmpty {
      // Without word lists only cued names are reported.
      return last
    }
    if kept.count >= 2, acronyms == 0, kept.contains(where: unknown),
      kept.contains(where: { unknown($0) || properOnly($0) })
    {
      // Upper-case headings (« COMPTE RENDU ») are all common words and do not get here.
      add(.name, .medium, tokens: first, last)
      return last
    }
    // « John Green »: a first name the English list knows, then another capitalised word.
    if kept.count >= 2, acronyms == 0, properOnly(kept[0]) {
      add(.name, .medium, tokens: first, last)
      return last
    }
    if kept.count == 1, !sentenceStart, !tokens[index].allUpper, unknown(index), !lists.isProper(tokens[index].hash) {
      add(.name, .low, tokens: index, index)
    }
    return last
  }

  // MARK: Professions

  static let professionLabels = Cues.set([
    "profession", "metier", "occupation", "emploi", "job", "fonction", "poste", "activite",
  ])
  static let professionVerbEnds = Cues.set(["comme", "que", "de", "a", "an"])
  static let professionVerbs = [
    "travaille comme ", "travaille en tant que ", "exerce comme ", "exerce la profession de ", "exerce le metier de ",
    "employe comme ", "employee comme ", "works as a ", "works as an ", "working as a ", "employed as a ",
    "employed as an ", "worked as a ", "est de profession ",
  ]

  static let professionVerbBytes = ScanBytes.phrases(professionVerbs)

  /// « Profession : boulanger », « travaille comme infirmière », « works as a nurse ».
  mutating func detectProfessions() {
    for index in tokens.indices where tokens[index].kind == .word {
      var start: Int?
      if isWord(index, in: LineContext.professionLabels), isSymbol(index + 1, 0x3A) {
        start = index + 2
      } else if tokens[index].start > 10, index > 0, isWord(index - 1, in: LineContext.professionVerbEnds) {
        if ends(before: tokens[index].start, length: 26, withAnyOf: LineContext.professionVerbBytes) { start = index }
      }
      guard let first = start, first < tokens.count, tokens[first].kind == .word else { continue }
      var last = first
      var k = first + 1
      while k < tokens.count, k - first < 6,
        tokens[k].kind == .word || isSymbol(k, 0x27) || (isSymbol(k, 0x2D) && adjacent(k))
      {
        last = k
        k += 1
      }
      if tokens[last].kind == .symbol { last -= 1 }
      add(.profession, .medium, tokens: first, last)
    }
  }
}
