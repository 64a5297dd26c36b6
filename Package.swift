// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dxaudit",
    products: [
        .executable(name: "dxaudit", targets: ["dxaudit"]),
        .library(name: "DXAudit", targets: ["DXAudit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "DXYAML",
            dependencies: ["CYAML"]
        ),
        .target(
            name: "DXAudit",
            dependencies: ["DXYAML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .executableTarget(
            name: "dxaudit",
            dependencies: [
                "DXAudit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DXYAMLTests",
            dependencies: ["DXYAML"],
            exclude: ["libyaml-known-gaps.txt"]
        ),
        .testTarget(
            name: "DXAuditTests",
            dependencies: ["DXAudit", "DXYAML"],
            exclude: ["Expected", "ExpectedMail"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["dxaudit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
