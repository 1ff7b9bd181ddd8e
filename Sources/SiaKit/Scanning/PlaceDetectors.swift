/// Postal addresses, postal code + town, towns introduced by a personal cue, and the
/// organisations whose names hold place and person names (« Institut Pasteur de
/// Paris » names no patient and no home town).
extension LineContext {
  static let frenchStreetTypes = Cues.set([
    "rue", "avenue", "av", "boulevard", "bd", "bld", "place", "allee", "impasse", "chemin", "route", "quai", "cours",
    "passage", "square", "voie", "faubourg", "rond-point", "lieu-dit", "residence", "hameau", "sentier", "parvis",
    "esplanade", "promenade", "villa", "cite", "ruelle", "montee", "traverse", "lotissement", "domaine",
  ])
  /// USPS Publication 28, appendix C1 (street suffixes), the common ones and their
  /// abbreviations.
  static let englishStreetTypes = Cues.set([
    "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr", "court", "ct",
    "way", "place", "pl", "circle", "cir", "terrace", "ter", "parkway", "pkwy", "highway", "hwy", "square", "sq",
    "trail", "trl", "alley", "bridge", "brook", "brooks", "burg", "bypass", "camp", "canyon", "cape", "causeway",
    "center", "centers", "circles", "cliff", "cliffs", "club", "common", "corner", "corners", "course", "courts",
    "cove", "coves", "creek", "crescent", "crest", "crossing", "crossroad", "curve", "dale", "dam", "divide", "drives",
    "estate", "estates", "expressway", "extension", "extensions", "fall", "falls", "ferry", "field", "fields", "flat",
    "flats", "ford", "fords", "forest", "forge", "forges", "fork", "forks", "fort", "freeway", "garden", "gardens",
    "gateway", "glen", "glens", "green", "greens", "grove", "groves", "harbor", "harbors", "haven", "heights", "hill",
    "hills", "hollow", "inlet", "island", "islands", "isle", "junction", "junctions", "key", "keys", "knoll",
    "knolls", "lake", "lakes", "land", "landing", "light", "lights", "loaf", "lock", "locks", "lodge", "loop", "mall",
    "manor", "manors", "meadow", "meadows", "mews", "mill", "mills", "mission", "motorway", "mount", "mountain",
    "mountains", "neck", "orchard", "oval", "overpass", "park", "parks", "parkways", "pass", "passage", "path", "pike",
    "pine", "pines", "plain", "plains", "plaza", "point", "points", "port", "ports", "prairie", "radial", "ramp",
    "ranch", "rapid", "rapids", "rest", "ridge", "ridges", "river", "roads", "route", "row", "rue", "run", "shoal",
    "shoals", "shore", "shores", "skyway", "spring", "springs", "spur", "spurs", "squares", "station", "stravenue",
    "stream", "streets", "summit", "throughway", "trace", "track", "trafficway", "tunnel", "turnpike", "underpass",
    "union", "unions", "valley", "valleys", "via", "viaduct", "view", "views", "village", "villages", "ville", "vista",
    "walk", "walks", "wall", "ways", "well", "wells",
  ])
  static let streetParticles = Cues.set([
    "de", "du", "des", "la", "le", "les", "l", "d", "aux", "au", "sur", "en", "et", "saint", "sainte", "the", "of",
  ])
  static let unitWords = Cues.set(["apt", "suite", "unit", "bis", "ter", "appartement", "bat", "batiment", "etage"])

  /// « 12 rue de la Paix », « 3 bis, avenue Victor Hugo », « 221 Baker Street Apt. 4 ».
  mutating func detectAddresses() {
    detectStreetsWithoutNumber()
    for index in tokens.indices where tokens[index].kind == .number && tokens[index].length <= 5 {
      if index > 0, tokens[index - 1].kind == .number { continue }
      var k = index + 1
      if isWord(k, in: LineContext.bisTer)
        || (k < tokens.count && tokens[k].kind == .word && tokens[k].length == 1 && adjacent(index))
      {
        k += 1
      }
      if isSymbol(k, 0x2C) { k += 1 }
      if isWord(k, in: LineContext.frenchStreetTypes), tokens[index].length <= 4 {
        let last = streetNameEnd(afterType: k)
        guard last > k else { continue }
        add(.address, .high, tokens: index, last)
        continue
      }
      // English: number, one to four capitalised words, a street suffix.
      var j = k
      var words = 0
      while j < tokens.count, tokens[j].kind == .word, tokens[j].capitalised, words < 5 {
        if words >= 1, isWord(j, in: LineContext.englishStreetTypes) {
          var last = j
          if isSymbol(j + 1, 0x2E), adjacent(j) { last = j + 1 }
          // `Apt. 123`, `Suite 456`.
          var u = last + 1
          if isSymbol(u, 0x2C) { u += 1 }
          if isWord(u, in: LineContext.unitWords) {
            var v = u + 1
            if isSymbol(v, 0x2E) { v += 1 }
            if v < tokens.count, tokens[v].kind == .number { last = v }
          }
          add(.address, .high, tokens: index, last)
          break
        }
        j += 1
        words += 1
      }
    }
    detectPostalTowns()
  }

  static let addressLeads = Cues.set(["au", "adresse", "domicile", "demeurant", "domicilie", "domiciliee", "habite"])

  /// « Domicilié au boulevard Traore », « Adresse : rue Verdier »: a street named
  /// without its number, after an address cue.
  mutating func detectStreetsWithoutNumber() {
    for index in tokens.indices where isWord(index, in: LineContext.frenchStreetTypes) && !claimed[index] {
      guard index > 0,
        isWord(index - 1, in: LineContext.addressLeads)
          || (isSymbol(index - 1, 0x3A) && isWord(index - 2, in: LineContext.addressLeads))
      else { continue }
      let last = streetNameEnd(afterType: index)
      if last > index { add(.address, .high, tokens: index, last) }
    }
  }

  /// The last token of a French street name after its type (« rue », « boulevard »):
  /// capitalised words and the particles and apostrophes between them, at most six
  /// tokens on; `typeIndex` itself when no capitalised word follows.
  func streetNameEnd(afterType typeIndex: Int) -> Int {
    var last = typeIndex
    var j = typeIndex + 1
    while j < tokens.count, j - typeIndex <= 6 {
      if tokens[j].kind == .word, tokens[j].capitalised || isWord(j, in: LineContext.streetParticles) {
        if tokens[j].capitalised { last = j }
        j += 1
      } else if isSymbol(j, 0x27) || isSymbol(j, 0xE2) {
        j += 1
      } else {
        break
      }
    }
    return last
  }

  /// US state and territory codes (USPS).
  static let stateCodes: Set<String> = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP",
    "AA", "AE", "AP", "FM", "MH", "PW",
  ]

  /// « 75012 Paris », « 13001 MARSEILLE CEDEX 01 », « Springfield, IL 62704 ».
  mutating func detectPostalTowns() {
    for index in tokens.indices where tokens[index].kind == .number && tokens[index].length == 5 {
      if index > 0, tokens[index - 1].kind == .number, !isSymbol(index - 1, 0x2C) { continue }
      guard let code = number(index) ?? Int(ScanFold.string(base, tokens[index].start, tokens[index].end)) else {
        continue
      }
      // French: a code of a department (01–95, 97x, 98x) followed by the town.
      if (1000...98999).contains(code), let last = townRun(from: index + 1, allowCedex: true) {
        add(.postalTown, .high, tokens: index, last)
        continue
      }
      // American: `Town, ST 12345`.
      if index >= 2, tokens[index - 1].kind == .word, tokens[index - 1].length == 2,
        LineContext.stateCodes.contains(
          ScanFold.string(base, tokens[index - 1].start, tokens[index - 1].end).uppercased())
      {
        var first = index - 1
        var k = index - 2
        if isSymbol(k, 0x2C) { k -= 1 }
        while k >= 0, tokens[k].kind == .word, tokens[k].capitalised, index - k <= 5 {
          first = k
          k -= 1
        }
        guard first < index - 1 else { continue }
        var last = index
        if isSymbol(index + 1, 0x2D), index + 2 < tokens.count, tokens[index + 2].kind == .number,
          tokens[index + 2].length == 4
        {
          last = index + 2
        }
        add(.postalTown, .high, tokens: first, last)
      }
    }
  }

  /// Capitalised words from `index`, with particles and hyphens inside (« Saint-Denis »,
  /// « Boulogne sur Mer », « Le Mans ») and `CEDEX 01`; the last token, or nil.
  func townRun(from index: Int, allowCedex: Bool = false) -> Int? {
    var k = index
    var last: Int?
    while k < tokens.count, k - index < 7 {
      let token = tokens[k]
      if token.kind == .word, token.capitalised, !claimed[k] || allowCedex {
        last = k
        k += 1
      } else if let lastWord = last, token.kind == .word, isWord(k, in: LineContext.streetParticles),
        k + 1 < tokens.count, tokens[k + 1].capitalised
      {
        _ = lastWord
        k += 1
      } else if allowCedex, last != nil, token.kind == .number, token.length <= 2, k > 0, folded(k - 1) == "cedex" {
        last = k
        k += 1
      } else if last != nil, isSymbol(k, 0x27), adjacent(k), k + 1 < tokens.count, tokens[k + 1].capitalised {
        k += 1
      } else {
        break
      }
    }
    return last
  }

  // MARK: Towns

  /// Verbs and adjectives after which « à X » / « de X » / « in X » is where a person
  /// lives or was born.
  static let residenceCues = Cues.set([
    "ne", "nee", "domicilie", "domiciliee", "habite", "habitant", "habitante", "reside", "residant", "residante",
    "demeurant", "demeurante", "vit", "vivant", "vivait", "originaire", "natif", "native", "installe", "installee",
    "demenage", "demenagee", "lives", "living", "born", "resides", "residing", "resident", "moved", "relocated",
    "grew", "up", "raised", "based", "native", "hometown", "e", "(e)",
  ])
  static let residencePrepositions = Cues.set(["a", "de", "d", "en", "in", "to", "of", "au", "aux"])
  /// Labels followed by `:` and a town.
  static let townLabels = Cues.set([
    "ville", "commune", "domicile", "city", "town", "residence", "naissance", "birthplace", "lieu",
  ])

  mutating func detectTowns() {
    for index in tokens.indices where tokens[index].kind == .word && tokens[index].capitalised && !claimed[index] {
      var cued = false
      if isWord(index - 1, in: LineContext.residencePrepositions), isWord(index - 2, in: LineContext.residenceCues) {
        cued = true
      } else if isSymbol(index - 1, 0x27), isWord(index - 2, in: LineContext.residencePrepositions),
        isWord(index - 3, in: LineContext.residenceCues)
      {
        cued = true
      } else if isWord(index - 1, in: LineContext.residencePrepositions), isSymbol(index - 2, 0x29),
        isWord(index - 4, in: LineContext.residenceCues)
      {
        cued = true  // « né(e) à Lyon »
      } else if isWord(index - 1, in: LineContext.aIn), birthCued(before: tokens[index].start, length: 40) {
        cued = true  // « née le 12/03/1958 à Roubaix »
      } else if isWord(index - 1, in: LineContext.livesWords) {
        cued = true
      } else if isSymbol(index - 1, 0x3A), isWord(index - 2, in: LineContext.townLabels) {
        cued = true
      }
      guard cued, let last = townRun(from: index) else { continue }
      add(.town, .high, tokens: index, last)
    }
  }

  // MARK: Organisations

  static let organisationWords = Cues.set([
    "institut", "institute", "hopital", "hospital", "universite", "university", "clinique", "clinic", "centre",
    "center", "laboratoire", "laboratory", "lab", "unite", "unit", "service", "faculte", "faculty", "fondation",
    "foundation", "societe", "company", "association", "groupe", "group", "ecole", "school", "college", "lycee",
    "pole", "departement", "department", "inserm", "cnrs", "chu", "chru", "ch", "aphp", "ap-hp", "hcl", "ghu", "inc",
    "ltd", "sas", "sarl", "gmbh", "llc", "cabinet", "pharmacie", "pharmacy", "ehpad", "musee", "museum",
    "academie", "academy", "agence", "agency", "ministere", "ministry", "banque", "bank", "prix", "programme",
    "projet", "project", "consortium", "reseau", "network", "etablissement", "maison", "mairie", "prefecture",
    "conseil", "council", "comite", "committee", "federation", "syndicat", "corp", "corporation",
    "partners", "associes", "cohorte", "cohort", "etude", "study", "essai", "trial", "gare",
    "station", "aeroport", "airport", "stade", "lycee", "boulevard", "avenue", "rue", "place", "quai",
  ])

  /// An organisation word and the capitalised words and « de X » after it: claimed, so
  /// that « Institut Pasteur de Paris » is neither a person nor a home town.
  mutating func detectOrganisations() {
    var index = 0
    while index < tokens.count {
      guard isWord(index, in: LineContext.organisationWords) else {
        index += 1
        continue
      }
      var k = index + 1
      var last = index
      while k < tokens.count, k - index < 8 {
        if tokens[k].kind == .word, tokens[k].capitalised || tokens[k].allUpper {
          last = k
          k += 1
        } else if isWord(k, in: LineContext.streetParticles) || isSymbol(k, 0x27) || isSymbol(k, 0x2D),
          k + 1 < tokens.count,
          tokens[k + 1].capitalised || isSymbol(k + 1, 0x27)
        {
          k += 1
        } else {
          break
        }
      }
      // A company is named after its founder: « Dupont SARL », « Martin et Fils ».
      var first = index
      // « St Thomas' Hospital »: the possessive belongs to the name.
      if first >= 2, isSymbol(first - 1, 0x27) || isSymbol(first - 1, 0xE2), tokens[first - 2].capitalised {
        first -= 1
      }
      while first > 0, tokens[first - 1].kind == .word, tokens[first - 1].capitalised,
        !startsSentence(first - 1) || tokens[index].allUpper || first < index, index - first < 4
      {
        first -= 1
      }
      if !tokens[index].capitalised && !tokens[index].allUpper { first = index }
      for claimedIndex in first...last { claimed[claimedIndex] = true }
      index = last + 1
    }
  }
}
