// swift-tools-version:5.10
import PackageDescription

// libFuzzer targets for sia's parsers, kept in their own package so the main build never
// needs sanitizer flags. Build and run them with `make fuzz SECONDS=60` (see Fuzz/run.sh).
let package = Package(
  name: "SiaFuzz",
  dependencies: [.package(name: "sia", path: "..")],
  targets: [
    .executableTarget(
      name: "SiaFuzz",
      dependencies: [
        .product(name: "SiaKit", package: "sia"), .product(name: "SiaTestSupport", package: "sia"),
      ])
  ]
)
