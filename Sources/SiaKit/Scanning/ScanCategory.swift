/// What the scanner looks for, grouped as the guide reasons about data: identifiers
/// that point at one person, quasi-identifiers that do so in combination, names,
/// health content, secrets.
public enum ScanCategory: String, CaseIterable, Codable, Sendable, Comparable {
  // Direct identifiers.
  case nir, email, phone, iban, address
  case postalTown = "postal-town"
  case ipAddress = "ip"
  case recordNumber = "record-number"
  // Quasi-identifiers.
  case birthDate = "birth-date"
  case date, age, town
  case rareCondition = "rare-condition"
  case profession
  // Names.
  case name
  // Health content.
  case health
  // Secrets.
  case privateKey = "private-key"
  case apiToken = "api-token"
  case credential
  case connectionString = "connection-string"

  public var group: ScanGroup {
    switch self {
    case .nir, .email, .phone, .iban, .address, .postalTown, .ipAddress, .recordNumber: return .directIdentifier
    case .birthDate, .date, .age, .town, .rareCondition, .profession: return .quasiIdentifier
    case .name: return .name
    case .health: return .health
    case .privateKey, .apiToken, .credential, .connectionString: return .secret
    }
  }

  /// The code used by `--pseudonymise` in the reader's language (`[PERSONNE-1]`,
  /// `[PERSON-1]`, `[DATE-3]`…), or nil when the finding is left in place (health words
  /// are content, not identifiers). NIR and IBAN are names in both languages.
  public func pseudonymCode(_ lang: Lang) -> String? {
    guard let code = pseudonymCodes else { return nil }
    return lang == .en ? code.en : code.fr
  }

  var pseudonymCodes: (fr: String, en: String)? {
    switch self {
    case .name: return ("PERSONNE", "PERSON")
    case .birthDate, .date: return ("DATE", "DATE")
    case .nir: return ("NIR", "NIR")
    case .email: return ("COURRIEL", "EMAIL")
    case .phone: return ("TELEPHONE", "PHONE")
    case .iban: return ("IBAN", "IBAN")
    case .address: return ("ADRESSE", "ADDRESS")
    case .postalTown: return ("CP-VILLE", "POSTCODE-TOWN")
    case .ipAddress: return ("IP", "IP")
    case .recordNumber: return ("DOSSIER", "RECORD")
    case .age: return ("AGE", "AGE")
    case .town: return ("VILLE", "TOWN")
    case .profession: return ("PROFESSION", "OCCUPATION")
    case .rareCondition, .health: return nil
    case .privateKey, .apiToken, .credential, .connectionString: return ("SECRET", "SECRET")
    }
  }

  /// When two findings overlap, the one of higher rank is kept: a checked number or a
  /// secret before a phone-like digit run, an address before the name in it.
  var rank: Int {
    switch self {
    case .privateKey: return 100
    case .connectionString: return 95
    case .apiToken: return 92
    case .credential: return 90
    case .email: return 85
    case .iban: return 84
    case .nir: return 83
    case .ipAddress: return 80
    case .recordNumber: return 78
    case .phone: return 75
    case .birthDate: return 72
    case .date: return 70
    case .address: return 65
    case .postalTown: return 64
    case .age: return 60
    case .name: return 55
    case .town: return 50
    case .profession: return 45
    case .rareCondition: return 42
    case .health: return 40
    }
  }

  public static func < (a: ScanCategory, b: ScanCategory) -> Bool {
    allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
  }
}

/// The families of the conclusion.
public enum ScanGroup: String, CaseIterable, Codable, Sendable {
  case directIdentifier = "direct-identifier"
  case quasiIdentifier = "quasi-identifier"
  case name
  case health
  case secret
}

/// How sure the scanner is: a checked key or a cue (« né le », « Mme ») is high; a
/// shape alone is medium; a guess from capitals alone is low, shown but not counted in
/// the conclusion.
public enum ScanConfidence: Int, Codable, Sendable, Comparable, CaseIterable {
  case low = 1, medium = 2, high = 3

  public var name: String {
    switch self {
    case .low: return "low"
    case .medium: return "medium"
    case .high: return "high"
    }
  }

  public static func < (a: ScanConfidence, b: ScanConfidence) -> Bool { a.rawValue < b.rawValue }
}
