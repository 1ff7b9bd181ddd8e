// swift-tools-version:5.10
import PackageDescription

// Layout (see README): a tiny executable over a CLI/REPL module over a kit that never
// prints or exits; libedit and libstemmer are Debian's C libraries, reached through
// system-library targets. Linux only (Debian): the code reads /proc, uses Glibc and
// st_mtim, and only Linux is built and tested, so no other platform is declared.
let package = Package(
  name: "sia",
  products: [
    .executable(name: "sia", targets: ["sia"]),
    .library(name: "SiaKit", targets: ["SiaKit"]),
    .library(name: "SiaRegistry", targets: ["SiaRegistry"]),
    // For the fuzzing package (Fuzz/) only: the transcript parser is test tooling, not sia.
    .library(name: "SiaTestSupport", targets: ["SiaTestSupport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    // The registry's index (system libsqlite3), its HTML (escaping by construction), its CSV.
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
  ],
  targets: [
    // libedit (BSD licence), the line editor. Its variadic calls go through CEditLineShim.
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]),
    .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
    // The official Snowball stemmers (libstemmer), not a re-implementation.
    .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

    // The OpenSSH signature layer (keys, SSH wire format, SSHSIG, allowed_signers): swift-crypto
    // only, so the compiler keeps it free of the declaration domain built on it.
    .target(
      name: "SiaSignatures",
      dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
    .target(
      name: "SiaKit",
      dependencies: [
        "CStemmer", "SiaSignatures",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
      ]),
    // The lab head's desk: `sia registry` (index, filters, CSV/JSON) and `sia export --html`.
    // Its own target so that SiaKit, and what the other commands use, never see GRDB.
    .target(
      name: "SiaRegistry",
      dependencies: [
        "SiaKit",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "GRDB", package: "GRDB.swift"),
        // SQLite's C API, to read the registry's lines column by column (RegistryLineReader).
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Plot", package: "Plot"),
        .product(name: "CSV", package: "CSV.swift"),
      ]),
    .target(
      name: "SiaCLI",
      dependencies: [
        "SiaKit", "SiaRegistry", "CEditLineShim",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Plot", package: "Plot"),
      ]),
    // Relative relocations packed (DT_RELR, glibc 2.36+; GNU ld, as gold cannot): the
    // registry's libraries added 12,000 of them, applied at every start of every
    // command; packed, `sia ask` starts as fast as before they were linked (issue 17).
    .executableTarget(
      name: "sia", dependencies: ["SiaCLI"],
      linkerSettings: [.unsafeFlags(["-use-ld=bfd", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"])]),

    // The golden-transcript parser: only the test targets use it, so it does not ship in sia.
    .target(name: "SiaTestSupport", dependencies: ["SiaKit"], path: "Tests/SiaTestSupport"),

    .testTarget(
      name: "SiaKitTests", dependencies: ["SiaKit", "SiaSignatures", "SiaTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "SiaCLITests", dependencies: ["SiaCLI", "SiaKit", "SiaRegistry", "SiaTestSupport"]),
    .testTarget(
      name: "SiaRegistryTests",
      dependencies: ["SiaRegistry", "SiaKit", .product(name: "GRDB", package: "GRDB.swift")]),
  ]
)
