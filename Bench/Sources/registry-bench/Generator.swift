import Foundation
import SiaKit

/// Writes realistic registries: every document a real `Declaration` rendered by
/// `DeclarationRenderer` and signed as `sia sign` signs, approvals as `sia approve`
/// writes them. The mix (fixed by the document number, so runs are reproducible):
/// verdicts 45 % conditions, 30 % ok, 15 % validation, 10 % interdit (contested, hence
/// exemption requests); 60 % approved, 5 % refused, the rest pending; dates over the
/// last two years (so some expired, some expiring soon); 1 in 200 tampered.
struct Generator {
  var template: String
  var folder: String
  var count: Int
  var people: Int
  var units: Int
  var first: Int

  static let systems = [
    ("ChatGPT", "OpenAI"), ("Copilot", "Microsoft"), ("Mistral Le Chat", "Mistral AI"), ("Gemini", "Google"),
    ("Claude", "Anthropic"), ("LLM de l'institut", "Inserm"), ("Llama local", "Meta"), ("DeepL", "DeepL"),
    ("Perplexity", "Perplexity AI"), ("Elicit", "Ought"), ("GitHub Copilot", "GitHub"), ("Whisper local", "OpenAI"),
  ]
  static let firstNames = [
    "Marie", "Irène", "Paul", "Louis", "Rosalind", "Françoise", "Jacques", "Ada", "Claude", "Hélène", "Luc", "Nadia",
  ]
  static let lastNames = [
    "Curie", "Joliot", "Langevin", "Pasteur", "Franklin", "Barré-Sinoussi", "Monod", "Lovelace", "Bernard", "Métivier",
  ]

  func run() throws {
    guard let data = FileManager.default.contents(atPath: template),
      let base = DocumentContent(document: data).declaration
    else {
      throw GeneratorError("no declaration in \(template)")
    }
    let keys = (0..<people).map { key(seed: $0, comment: email(person: $0)) }
    let heads = (0..<units).map { key(seed: 100_000 + $0, comment: "direction.u\(1000 + $0)@inserm.fr") }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var signers = ""
    for person in 0..<people {
      signers +=
        "\(email(person: person)) namespaces=\"sia-declaration,sia-training\" \(keys[person].publicKey.openSSHLine())\n"
    }
    for unit in 0..<units {
      signers +=
        "direction.u\(1000 + unit)@inserm.fr namespaces=\"sia-approval\" \(heads[unit].publicKey.openSSHLine())\n"
    }
    try AtomicFile.write(signers, to: "\(folder)/allowed_signers")
    let today = Date()
    var failures = [String?](repeating: nil, count: count)
    failures.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let output = buffer
      DispatchQueue.concurrentPerform(iterations: count) { offset in
        do {
          try write(number: first + offset, base: base, keys: keys, heads: heads, today: today)
        } catch {
          output[offset] = "\(error)"
        }
      }
    }
    if let failure = failures.compactMap({ $0 }).first { throw GeneratorError(failure) }
  }

  func key(seed: Int, comment: String) -> OpenSSHPrivateKey {
    var bytes = [UInt8](repeating: 0, count: 32)
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
    for index in 0..<32 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      bytes[index] = UInt8(truncatingIfNeeded: state)
    }
    // A 32-byte seed is always a valid Ed25519 key.
    return (try? OpenSSHPrivateKey(seed: Data(bytes), comment: comment)) ?? OpenSSHPrivateKey.generate(comment: comment)
  }

  func email(person: Int) -> String { "agent\(person)@inserm.fr" }

  func write(number: Int, base: Declaration, keys: [OpenSSHPrivateKey], heads: [OpenSSHPrivateKey], today: Date) throws
  {
    var random = SplitMix64(seed: UInt64(number))
    let person = Int(random.next() % UInt64(people))
    let unit = person % units
    var declaration = base
    declaration.declarant = Person(
      name:
        "\(Generator.firstNames[person % Generator.firstNames.count]) \(Generator.lastNames[(person / 12) % Generator.lastNames.count]) \(person)",
      email: email(person: person))
    declaration.unit = ResearchUnit(name: "Unité de recherche \(1000 + unit)", code: "U\(1000 + unit)")
    declaration.labHead = Person(name: "Direction U\(1000 + unit)", email: "direction.u\(1000 + unit)@inserm.fr")
    let system = Generator.systems[Int(random.next() % UInt64(Generator.systems.count))]
    declaration.system = AISystem(name: system.0, provider: system.1)
    let roll = Int(random.next() % 100)
    declaration.verdict.id = roll < 45 ? .conditions : roll < 75 ? .ok : roll < 90 ? .validation : .interdit
    declaration.kind = declaration.verdict.id == .interdit ? .exemptionRequest : .declaration
    declaration.contest =
      declaration.verdict.id == .interdit ? "Justification \(number) : données pseudonymisées." : nil
    let age = Int(random.next() % 730)
    let date = today.addingTimeInterval(-Double(age) * 86_400)
    declaration.date = date.isoDay
    declaration.validUntil = date.addingTimeInterval(364 * 86_400).isoDay
    declaration.intendedUse = Bilingual(fr: "Usage n° \(number)", en: "Use #\(number)")
    // Made under an earlier guide: today's rules re-assess the recorded answers (as after
    // a guide update) instead of finding a verdict they did not compute — the verdicts
    // above are drawn, not computed from answers.
    declaration.guideVersion = "sha256:" + String(repeating: "0", count: 64)
    let folder = "\(self.folder)/u\(1000 + unit)/agent\(person)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let prefix = declaration.kind == .exemptionRequest ? "derogation" : "declaration"
    let path = "\(folder)/\(prefix)-\(declaration.date)-usage-\(number).md"
    var document = Data(try DeclarationRenderer(declaration).markdown().utf8)
    let signature = try SSHSignature.sign(message: document, namespace: declaration.kind.namespace, key: keys[person])
    try put(Data(signature.armored.utf8), path + ".sig")
    let decision = Int(random.next() % 100)
    try put(document, path)
    guard decision < 65 else {
      if number % 200 == 199 {  // tampered after signing
        document.append(contentsOf: Array(" ".utf8))
        try put(document, path)
      }
      return
    }
    // As `sia approve` does (verify, then write the decision and its signature together).
    // The lab head approves from their own profile (head of the unit); the generator
    // keeps no allowed_signers, and an exception request is approved only as a grant.
    let profile = Profile(declarant: declaration.labHead, unit: declaration.unit, labHead: declaration.labHead)
    var signer = ApprovalSigner(key: heads[unit], profile: profile, now: date.addingTimeInterval(3 * 86_400))
    signer.acceptUnknownSigner = true
    signer.grantException = declaration.kind == .exemptionRequest
    _ = try signer.approve(
      documentPath: path, decision: decision < 60 ? .approved : .refused, comment: "",
      verifier: DocumentVerifier(allowedSigners: nil, now: today), force: true)
    if number % 200 == 199 {  // tampered after signing (and approval)
      document.append(contentsOf: Array(" ".utf8))
      try put(document, path)
    }
  }
}

/// A plain write: the generator's files are a cache, not worth a flush each.
func put(_ data: Data, _ path: String) throws { try data.write(to: URL(fileURLWithPath: path)) }

struct GeneratorError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
