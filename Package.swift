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
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    // libedit (BSD licence), the line editor. Its variadic calls go through CEditLineShim.
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]),
    .target(name: "CEditLineShim", dependencies: ["CEditLine"]),
    // The official Snowball stemmers (libstemmer), not a re-implementation.
    .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),

    .target(
      name: "SiaKit",
      dependencies: [
        "CStemmer",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Yams", package: "Yams"),
      ]),
    .target(
      name: "SiaCLI",
      dependencies: [
        "SiaKit", "CEditLineShim",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "sia", dependencies: ["SiaCLI"]),

    .testTarget(name: "SiaKitTests", dependencies: ["SiaKit"], exclude: ["Fixtures"]),
    .testTarget(name: "SiaCLITests", dependencies: ["SiaCLI", "SiaKit"]),
  ]
)
