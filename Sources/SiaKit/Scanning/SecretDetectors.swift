/// Secrets: private key blocks, provider tokens by their documented prefixes,
/// `password=`/`token=` assignments and connection strings with a password.
enum SecretPatterns {
  /// Token prefixes published by each provider, with the shortest length of what
  /// follows. Sources: GitHub "About authentication" (ghp_, gho_, ghu_, ghs_, ghr_,
  /// github_pat_), GitLab "Personal access tokens" (glpat-), Slack "Token types"
  /// (xoxb-, xoxp-…), Stripe "API keys" (sk_live_…), AWS IAM "Unique identifiers"
  /// (AKIA, ASIA), Google Cloud "API keys" (AIza), OpenAI and Anthropic API keys (sk-,
  /// sk-ant-), Hugging Face "User access tokens" (hf_), npm "Access tokens" (npm_),
  /// PyPI "API tokens" (pypi-), SendGrid "API keys" (SG.), DigitalOcean (dop_v1_).
  static let tokenPrefixes: [(prefix: [UInt8], minimumRest: Int)] = [
    ("github_pat_", 22), ("ghp_", 30), ("gho_", 30), ("ghu_", 30), ("ghs_", 30), ("ghr_", 30),
    ("glpat-", 20), ("xoxb-", 10), ("xoxp-", 10), ("xoxa-", 10), ("xoxr-", 10), ("xoxs-", 10),
    ("sk_live_", 16), ("rk_live_", 16), ("sk_test_", 16), ("AKIA", 16), ("ASIA", 16), ("AIza", 30),
    ("sk-ant-", 20), ("sk-proj-", 20), ("sk-", 20), ("hf_", 30), ("npm_", 30), ("pypi-", 40), ("SG.", 40),
    ("dop_v1_", 40),
  ].map { (Array($0.0.utf8), $0.1) }

  /// Names of settings whose value is a secret (folded, compared inside the key).
  static let secretKeys = [
    "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "api_key", "api-key", "access_key",
    "accesskey", "private_key", "client_secret", "credentials", "mot_de_passe", "mot de passe", "motdepasse", "mdp",
    "auth",
  ].map { Array($0.utf8) }

  /// What follows a secret's name in settings about it (`token_url`, `password_length`).
  static let settingTails = ScanBytes.phrases([
    "_url", "_uri", "_file", "_path", "_length", "_len", "_type", "_method", "_endpoint", "_expiry", "_name", "_header",
    "or",
  ])
  static let beginMarker = Array("-----BEGIN ".utf8)
  static let privateKeyMarker = Array("PRIVATE KEY".utf8)
  static let passe = Array("passe".utf8)
  static let motDe = Array("mot de ".utf8)

  /// Schemes of connection strings.
  static let databaseSchemes: Set<String> = [
    "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps",
    "mssql", "sqlserver", "oracle", "jdbc:postgresql", "jdbc:mysql", "jdbc:oracle", "jdbc:sqlserver", "ftp", "sftp",
    "smtp", "smtps", "ldap", "ldaps", "http", "https", "ssh", "git", "s3", "kafka", "neo4j", "couchdb", "clickhouse",
  ]

  /// Values that stand for a secret without being one.
  static let placeholders: Set<String> = [
    "", "none", "null", "nil", "true", "false", "changeme", "change_me", "password", "secret", "token", "xxx",
    "xxxx", "xxxxxx", "your_token", "your_password", "your-token", "example", "redacted", "***", "****", "...",
    "todo", "required", "optional", "string", "str", "undefined",
  ]

  static func contains(_ base: UnsafePointer<UInt8>, _ count: Int, _ needle: String) -> Bool {
    find(base, count, Array(needle.utf8), from: 0) != nil
  }

  static func find(_ base: UnsafePointer<UInt8>, _ count: Int, _ needle: [UInt8], from: Int) -> Int? {
    guard !needle.isEmpty, count >= needle.count else { return nil }
    var i = from
    let first = needle[0]
    while i + needle.count <= count {
      if base[i] == first {
        var j = 1
        while j < needle.count, base[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// `-----BEGIN … PRIVATE KEY-----` (OpenSSH, PEM RSA/EC/DSA/PKCS#8, PGP): the whole line.
  static func privateKeyHeader(_ base: UnsafePointer<UInt8>, _ count: Int) -> LineFinding? {
    guard let begin = find(base, count, beginMarker, from: 0), find(base, count, privateKeyMarker, from: begin) != nil
    else { return nil }
    var end = count
    while end > begin, base[end - 1] == 0x20 || base[end - 1] == 0x0D { end -= 1 }
    return LineFinding(category: .privateKey, confidence: .high, start: begin, end: end)
  }

  /// A byte of a token value: letters, digits and `_ - . / + =`.
  @inline(__always) static func isTokenByte(_ b: UInt8) -> Bool {
    ScanBytes.isAlnum(b) || b == 0x5F || b == 0x2D || b == 0x2E || b == 0x2F || b == 0x2B || b == 0x3D
  }
}

extension LineContext {
  mutating func detectSecrets() {
    detectProviderTokens()
    detectConnectionStrings()
    detectAssignments()
  }

  /// Runs of token bytes that start with a documented prefix, or a JSON Web Token.
  mutating func detectProviderTokens() {
    var i = 0
    while i < count {
      guard SecretPatterns.isTokenByte(base[i]), i == 0 || !SecretPatterns.isTokenByte(base[i - 1]) else {
        i += 1
        continue
      }
      var end = i
      while end < count, SecretPatterns.isTokenByte(base[end]) { end += 1 }
      while end > i, base[end - 1] == 0x2E || base[end - 1] == 0x2D { end -= 1 }
      let length = end - i
      if length >= 20 {
        for (prefix, rest) in SecretPatterns.tokenPrefixes where length >= prefix.count + rest {
          var same = true
          for (k, byte) in prefix.enumerated() where base[i + k] != byte {
            same = false
            break
          }
          // The rest must look random: mixed letters and digits (not « sk-learn-… »).
          if same, hasDigitsAndLetters(i + prefix.count, end) {
            add(.apiToken, .high, i, end)
            break
          }
        }
        if length >= 30, base[i] == 0x65, base[i + 1] == 0x79, base[i + 2] == 0x4A, isJWT(i, end) {
          add(.apiToken, .high, i, end)
        }
      }
      i = max(end, i + 1)
    }
  }

  func hasDigitsAndLetters(_ start: Int, _ end: Int) -> Bool {
    var digits = false
    var letters = false
    for k in start..<end {
      if ScanBytes.isDigit(base[k]) { digits = true } else if ScanBytes.isASCIILetter(base[k]) { letters = true }
    }
    return digits && letters
  }

  /// `eyJ….eyJ….signature`: three base64url parts.
  func isJWT(_ start: Int, _ end: Int) -> Bool {
    var dots = 0
    for k in start..<end where base[k] == 0x2E { dots += 1 }
    return dots == 2
  }

  /// `scheme://user:password@host…`: the whole URL when it carries a password.
  mutating func detectConnectionStrings() {
    var from = 0
    let marker = Array("://".utf8)
    while let at = SecretPatterns.find(base, count, marker, from: from) {
      from = at + 3
      var start = at
      while start > 0, ScanBytes.isAlnum(base[start - 1]) || base[start - 1] == 0x2B || base[start - 1] == 0x3A {
        start -= 1
      }
      guard start < at else { continue }
      let scheme = ScanFold.string(base, start, at)
      var end = at + 3
      var userEnd: Int?
      var colonInUser = false
      while end < count, !isURLStop(base[end]) {
        if base[end] == 0x40 { userEnd = end }
        end += 1
      }
      if let userEnd {
        for k in (at + 3)..<userEnd where base[k] == 0x3A { colonInUser = true }
      }
      if colonInUser, SecretPatterns.databaseSchemes.contains(scheme) || scheme.hasPrefix("jdbc:") {
        add(.connectionString, .high, start, end)
      }
      from = max(from, end)
    }
  }

  @inline(__always) func isURLStop(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x22 || b == 0x27 || b == 0x3C || b == 0x3E || b == 0x60 || b == 0x29
  }

  /// `password = "…"`, `API_TOKEN: …`, `"secret": "…"`, « mot de passe : … ».
  mutating func detectAssignments() {
    var i = 0
    while i < count {
      let b = base[i]
      guard b == 0x3D || b == 0x3A else {
        i += 1
        continue
      }
      // `==`, `:=` comparisons and `://` are not assignments of a secret.
      if b == 0x3D, i + 1 < count, base[i + 1] == 0x3D {
        i += 2
        continue
      }
      if b == 0x3A, i + 2 < count, base[i + 1] == 0x2F, base[i + 2] == 0x2F {
        i += 3
        continue
      }
      if let keyRange = assignmentKey(endingBefore: i), isSecretKey(keyRange), let value = assignmentValue(after: i + 1)
      {
        add(.credential, value.random ? .high : .medium, keyRange.start, value.end)
        i = value.end
        continue
      }
      i += 1
    }
  }

  /// The setting name just before `=` or `:` (quotes and spaces skipped).
  func assignmentKey(endingBefore offset: Int) -> (start: Int, end: Int)? {
    var end = offset
    while end > 0, base[end - 1] == 0x20 || base[end - 1] == 0x22 || base[end - 1] == 0x27 || base[end - 1] == 0x09 {
      end -= 1
    }
    var start = end
    while start > 0,
      ScanBytes.isAlnum(base[start - 1]) || base[start - 1] == 0x5F || base[start - 1] == 0x2D
        || base[start - 1] == 0x2E
    {
      start -= 1
    }
    // « mot de passe : » written in words. The key is ASCII, so folding is lower-casing
    // (compared in place: this runs at every `:` of a text).
    if end - start == 5, start >= 7, asciiLowerEquals(start, SecretPatterns.passe),
      asciiLowerEquals(start - 7, SecretPatterns.motDe)
    {
      start -= 7
    }
    return start < end ? (start, end) : nil
  }

  /// Whether the bytes at `offset`, ASCII letters lower-cased, are `expected`.
  func asciiLowerEquals(_ offset: Int, _ expected: [UInt8]) -> Bool {
    guard offset + expected.count <= count else { return false }
    for k in 0..<expected.count {
      let b = base[offset + k]
      if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != expected[k] { return false }
    }
    return true
  }

  /// Whether the key names a secret (`password`, `API_TOKEN`, `mot de passe`), not a
  /// setting about one. The key is ASCII (see `assignmentKey`): lower-cased into a stack
  /// buffer, no string made.
  func isSecretKey(_ range: (start: Int, end: Int)) -> Bool {
    let length = range.end - range.start
    if length > 40 { return false }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, length)) { key -> Bool in
      for k in 0..<length {
        let b = base[range.start + k]
        key[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      }
      for name in SecretPatterns.secretKeys where length >= name.count {
        for offset in 0...(length - name.count) where key[offset] == name[0] {
          var same = true
          for j in 1..<name.count where key[offset + j] != name[j] {
            same = false
            break
          }
          guard same else { continue }
          // `token_url`, `password_min_length`, `auth_method`: settings about a secret.
          let tail = UnsafeBufferPointer(rebasing: key[(offset + name.count)..<length])
          return !SecretPatterns.settingTails.contains { ending in
            ending.count <= tail.count && zip(ending, tail).allSatisfy { $0 == $1 }
          }
        }
      }
      return false
    }
  }

  /// The value after `=`/`:`: a quoted string or a run up to a space, `;`, `,`. Nil
  /// for placeholders, variables and references (`${TOKEN}`, `os.environ[…]`).
  func assignmentValue(after offset: Int) -> (end: Int, random: Bool)? {
    var start = offset
    while start < count, base[start] == 0x20 || base[start] == 0x09 { start += 1 }
    guard start < count else { return nil }
    var end = start
    var valueStart = start
    if base[start] == 0x22 || base[start] == 0x27 {
      let quote = base[start]
      valueStart = start + 1
      end = valueStart
      while end < count, base[end] != quote { end += 1 }
      guard end < count else { return nil }
      let value = ScanFold.string(base, valueStart, end)
      guard isSecretValue(value) else { return nil }
      return (end + 1, looksRandom(valueStart, end))
    }
    while end < count, base[end] != 0x20, base[end] != 0x3B, base[end] != 0x2C, base[end] != 0x09, base[end] != 0x29 {
      end += 1
    }
    let value = ScanFold.string(base, valueStart, end)
    guard isSecretValue(value) else { return nil }
    return (end, looksRandom(valueStart, end))
  }

  func isSecretValue(_ value: String) -> Bool {
    guard value.count >= 4, !SecretPatterns.placeholders.contains(value) else { return false }
    if let first = value.first, "$<{%[(".contains(first) { return false }
    if value.hasPrefix("os.") || value.hasPrefix("env") || value.hasPrefix("process.") || value.hasPrefix("getenv")
      || value.hasPrefix("self.") || value.hasPrefix("config.") || value.hasPrefix("settings.")
      || value.hasPrefix("vault:")
    {
      return false
    }
    if value.allSatisfy({ $0 == "*" || $0 == "x" || $0 == "." || $0 == "•" }) { return false }
    return true
  }

  /// At least 8 characters mixing two classes: a random-looking secret.
  func looksRandom(_ start: Int, _ end: Int) -> Bool {
    guard end - start >= 8 else { return false }
    var classes = 0
    var lower = false, upper = false, digit = false, other = false
    for k in start..<end {
      let b = base[k]
      if b >= 0x61 && b <= 0x7A {
        lower = true
      } else if b >= 0x41 && b <= 0x5A {
        upper = true
      } else if ScanBytes.isDigit(b) {
        digit = true
      } else {
        other = true
      }
    }
    classes = [lower, upper, digit, other].filter { $0 }.count
    return classes >= 2
  }
}
