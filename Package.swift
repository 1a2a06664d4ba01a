// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lede",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The C module: ncursesw behind a small shim header (see Sources/CNcursesw/shim.h).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // zlib, for gzip-compressed article files (Sources/CZlib/shim.h).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),

        // Core: articles, loading, text analysis, queries. No terminal dependency.
        .target(name: "LedeCore", dependencies: ["CZlib", .product(name: "Yams", package: "Yams")],
                path: "Sources/LedeCore", resources: [.copy("Entities/Resources")]),

        // Persistent analysis cache and user state (SQLite via GRDB, kept out of LedeCore
        // because GRDB builds slowly).
        .target(name: "LedeIndex", dependencies: ["LedeCore", .product(name: "GRDB", package: "GRDB.swift"),
                                            .product(name: "GRDBSQLite", package: "GRDB.swift")],
                path: "Sources/LedeIndex"),

        // UI: app state, commands, keymap, layout, widgets, cell screen, backends. No curses.
        .target(name: "LedeUI", dependencies: ["LedeCore"], path: "Sources/LedeUI"),

        // The only code that imports curses.
        .target(name: "LedeCurses", dependencies: ["LedeUI", "CNcursesw"], path: "Sources/LedeCurses"),

        .executableTarget(
            name: "lede",
            dependencies: [
                "LedeCore", "LedeUI", "LedeCurses", "LedeIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/lede"),

        // Evaluation against gold annotations (entities, quotes).
        .executableTarget(
            name: "lede-eval",
            dependencies: ["LedeCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/lede-eval"),

        // Benchmarks: `swift run -c release lede-bench`.
        .executableTarget(
            name: "lede-bench",
            dependencies: ["LedeCore", "LedeUI", "LedeIndex", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/lede-bench"),

        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore"], path: "Tests/LedeCoreTests"),
        .testTarget(name: "LedeUITests", dependencies: ["LedeUI", "LedeCore"], path: "Tests/LedeUITests",
                    resources: [.copy("Golden")]),
        .testTarget(name: "LedeIndexTests", dependencies: ["LedeIndex", "LedeCore"], path: "Tests/LedeIndexTests"),
        .testTarget(name: "EndToEndTests", dependencies: ["LedeCore"], path: "Tests/EndToEndTests"),
    ]
)
