// swift-tools-version:6.0
// hoctap: a terminal dashboard for a ward's Community Learning Center.

import PackageDescription

let package = Package(
    name: "hoctap",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hoctap", targets: ["hoctap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        .package(url: "https://github.com/drmohundro/SWXMLHash", from: "8.1.1"),
    ],
    targets: [
        // ncursesw, wide-character API, through a shim header.
        .systemLibrary(
            name: "CNcurses",
            path: "Sources/CNcurses",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        // Everything Vietnamese: normalisation, search folding, collation, formats, legacy encodings.
        .target(name: "VietText"),
        // Pure cell grid: geometry, styles, display width, layout, widgets, keys.
        .target(name: "Canvas"),
        // The GNU recfile format and nothing about hoctap: reading, problems with their place,
        // field types, the locked writer and its torn-append journal.
        .target(name: "Recfile", dependencies: ["VietText"]),
        // hoctap's store: its schema, the model, loading, live reload, watching, checks and writes.
        .target(name: "Store", dependencies: ["Recfile", "VietText"]),
        // The demo store: its generator and the generated files, shipped as a resource.
        .target(name: "StoreDemo", dependencies: ["Store", "VietText"], resources: [.copy("Demo")]),
        // The one tally engine: a snapshot's tallies, fund, titles, class index and rosters as plain
        // values, and their renderings as text, JSON, CSV and Markdown.
        .target(name: "Reports", dependencies: ["Store", "VietText"]),
        // Files in and out: the Office files (xlsx, docx) and CSV, Markdown and text; the ward's
        // papers laid out as Vietnamese administrative documents; importers of lists into the store.
        .target(
            name: "Exchange",
            dependencies: [
                "Reports", "Store", "VietText",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                .product(name: "SWXMLHash", package: "SWXMLHash"),
            ]
        ),
        // The panes and the screen: pure, renders into a Canvas buffer.
        .target(name: "Dashboard", dependencies: ["Canvas", "Reports", "Store", "VietText"]),
        // The only user of ncurses.
        // (Linux has the wide library as ncursesw; macOS's system ncurses is wide already.)
        .target(
            name: "Terminal",
            dependencies: ["CNcurses", "Canvas"],
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        .executableTarget(
            name: "hoctap",
            dependencies: [
                "Canvas", "Dashboard", "Exchange", "Recfile", "Reports", "Store", "StoreDemo", "Terminal", "VietText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: run in a release build, never as tests (see README).
        .executableTarget(
            name: "hoctap-bench",
            dependencies: ["VietText", "Store", "StoreDemo", "Reports", "Canvas", "Dashboard", "Exchange",
                           .product(name: "SWXMLHash", package: "SWXMLHash")],
            path: "Benchmarks/hoctap-bench"
        ),
        // Fixtures the test targets share: a small hand-made store, two school years, temporary
        // folders, the recutils oracle. Built with the tests only.
        .target(name: "StoreFixtures", dependencies: ["Store", "StoreDemo"], path: "Tests/StoreFixtures"),
        .testTarget(name: "VietTextTests", dependencies: ["VietText"]),
        .testTarget(name: "CanvasTests", dependencies: ["Canvas"]),
        .testTarget(name: "RecfileTests", dependencies: ["Recfile"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "StoreDemo", "Recfile", "StoreFixtures"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Store", "StoreDemo", "VietText", "StoreFixtures"]),
        .testTarget(
            name: "DashboardTests",
            dependencies: ["Dashboard", "Canvas", "Reports", "Store", "StoreDemo", "VietText", "StoreFixtures"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "ExchangeTests",
            dependencies: ["Exchange", "Reports", "Store", "StoreDemo", "VietText", "StoreFixtures"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal", "Canvas"]),
        .testTarget(name: "EndToEndTests", dependencies: ["hoctap"]),
    ],
    swiftLanguageModes: [.v6]
)
