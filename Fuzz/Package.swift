// swift-tools-version:6.0
// libFuzzer targets for dxaudit (README: Bad input: hostile input never crashes or hangs).
// A package of its own so the main build never links libFuzzer; build and run it with
// scripts/fuzz.sh or `make fuzz` / `make fuzz-smoke`.
import PackageDescription

let package = Package(
    name: "DXAuditFuzz",
    dependencies: [
        .package(name: "dxaudit", path: ".."),
    ],
    targets: ["FuzzYAML", "FuzzCitations", "FuzzReport", "FuzzPlan"].map { name in
        .executableTarget(name: name, dependencies: [.product(name: "DXAudit", package: "dxaudit")])
    },
    swiftLanguageModes: [.v6]
)
