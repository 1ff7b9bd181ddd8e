// swift-tools-version:6.0
import PackageDescription

// The benchmark, a package of its own so the main build never compiles GRDB: SiaKit from
// the repository root, measured beside SQLite FTS5 (through GRDB, on the system
// libsqlite3) in one process. Build it with
// `swift build -c release --package-path Bench --scratch-path Bench/.build-bench`.
// The root package is reached through the symlink Bench/sia -> .. : a path dependency
// takes its identity from the folder name, and `..` would be named after wherever the
// repository was cloned (a clone named "bench" would clash with this package).
let package = Package(
  name: "sia-bench",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: "sia"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
  ],
  targets: [
    .executableTarget(
      name: "sia-bench",
      dependencies: [
        .product(name: "SiaKit", package: "sia"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    // The registry's generator and query timer (Bench/registry_bench.py).
    .executableTarget(
      name: "registry-bench",
      dependencies: [
        .product(name: "SiaKit", package: "sia"),
        .product(name: "SiaRegistry", package: "sia"),
      ]),
  ],
  swiftLanguageModes: [.v5]
)
