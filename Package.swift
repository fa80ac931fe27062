// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The model: documents in, corpus out. Foundation and SQLite only, no terminal code.
        .target(
            name: "SitrepCore",
            dependencies: ["CSQLite"],
            resources: [.copy("Resources/Demo"), .copy("Resources/Gazetteer")]
        ),
        // Colour themes as user-editable files, plus the one Swift file that finds them.
        .target(
            name: "SitrepThemes",
            path: "Themes",
            exclude: [],
            resources: [
                .copy("default.theme"),
                .copy("mono.theme"),
                .copy("high-contrast.theme"),
                .copy("solarized-dark.theme"),
            ]
        ),
        // SQLite 3 from the system (the store's database; FTS5 for quote and event search).
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // View state, layout, panes, keys, themes: draws into an in-memory cell grid.
        .target(name: "SitrepUI", dependencies: ["SitrepCore", "SitrepThemes"]),
        // ncursesw with the wide-character API switched on.
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        // The thin backend: cell grid -> ncursesw, input -> messages, resize, signals.
        .target(name: "SitrepTerminal", dependencies: ["CNcurses", "SitrepUI"]),
        // The executable: argument parsing and wiring only.
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepCore", "SitrepUI", "SitrepTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SitrepCoreTests", dependencies: ["SitrepCore"]),
        .testTarget(
            name: "SitrepUITests",
            dependencies: ["SitrepUI", "SitrepCore"],
            exclude: ["__Snapshots__"]
        ),
    ]
)
