/// Finding themes: folder precedence, resolving names and paths, checking, and the F2 order.

import Canvas
@testable import Dashboard
import XCTest

final class ThemeCatalogTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-themes-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(atPath: root)
    }

    /// Writes `files` (name → text) into the folder `folder` under the test's root; returns its path.
    @discardableResult
    private func folder(_ folder: String, _ files: [String: String]) throws -> String {
        let path = root + "/" + folder
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    private func catalog(_ folders: [String]) -> ThemeCatalog {
        ThemeCatalog(folders: folders.map { ThemeFolder(path: $0, origin: .given) }, currentDirectory: root)
    }

    // MARK: Entries and precedence

    func testFirstFolderWinsForAName() throws {
        let first = try folder("first", ["warm.theme": "text = red\n"])
        let second = try folder("second", ["warm.theme": "text = blue\n", "cool.theme": "text = cyan\n", "notes.txt": "x"])
        let entries = catalog([first, second]).entries()
        XCTAssertEqual(entries.map(\.name), ["warm", "cool", "default"])
        XCTAssertEqual(entries.map(\.path), [first + "/warm.theme", second + "/cool.theme", nil])
        XCTAssertEqual(entries[0].folder?.path, first)
        XCTAssertNil(entries[2].folder)
        XCTAssertEqual(catalog([first, second]).resolve("warm").theme[declared: .text], Style(foreground: .red))
        XCTAssertEqual(catalog([second, first]).resolve("warm").theme[declared: .text], Style(foreground: .blue))
    }

    func testADefaultFileTakesThePlaceOfTheBuiltinOne() throws {
        let themes = try folder("themes", ["default.theme": "text = red\n"])
        let c = catalog([themes])
        XCTAssertEqual(c.entries().map(\.name), ["default"])
        XCTAssertEqual(c.entries().first?.path, themes + "/default.theme")
        XCTAssertEqual(c.resolve("default").theme[declared: .text], Style(foreground: .red))
    }

    func testNoFoldersStillOfferTheBuiltinDefault() {
        let c = catalog([root + "/missing"])
        XCTAssertEqual(c.entries(), [ThemeEntry(name: "default", path: nil, folder: nil)])
        let r = c.resolve("default")
        XCTAssertEqual(r.theme, .builtinDefault)
        XCTAssertEqual(r.problems, [])
    }

    // MARK: Resolving

    func testResolveByNameReadsTheFile() throws {
        let themes = try folder("themes", ["warm.theme": "text = #ff0000\n"])
        let r = catalog([themes]).resolve("warm")
        XCTAssertEqual(r.problems, [])
        XCTAssertEqual(r.theme.name, "warm")
        XCTAssertEqual(r.theme.source, .file(themes + "/warm.theme"))
        XCTAssertEqual(r.theme[declared: .text], Style(foreground: .rgb(255, 0, 0)))
    }

    func testResolveByRelativeAndAbsolutePath() throws {
        let elsewhere = try folder("elsewhere", ["gala.theme": "title = yellow bold\n"])
        let c = catalog([])
        for request in ["elsewhere/gala.theme", elsewhere + "/gala.theme", "./elsewhere/gala.theme"] {
            let r = c.resolve(request)
            XCTAssertEqual(r.problems, [], request)
            XCTAssertEqual(r.theme.name, "gala", request)
            XCTAssertEqual(r.theme[declared: .title], Style(foreground: .yellow, attributes: .bold), request)
        }
    }

    func testUnknownNameGivesTheDefaultAndSaysWhatExists() throws {
        let themes = try folder("themes", ["festive.theme": "", "light.theme": "", "zen.theme": ""])
        let r = catalog([themes]).resolve("festve")
        XCTAssertEqual(r.theme, .builtinDefault)
        XCTAssertEqual(r.problems.map(\.description), [
            "no theme named \"festve\" (did you mean \"festive\"?); using the built-in default. "
                + "Themes available: default, light, festive, zen",
        ])
    }

    func testUnreadableFileGivesTheDefaultWithItsPath() throws {
        try folder("themes", ["festive.theme": ""])
        let r = catalog([root + "/themes"]).resolve("festive.theme")
        XCTAssertEqual(r.theme, .builtinDefault)
        XCTAssertEqual(r.problems.count, 1)
        XCTAssertEqual(r.problems.first?.file, "festive.theme")
        XCTAssertNil(r.problems.first?.line)
        let message = r.problems.first?.message ?? ""
        XCTAssertTrue(message.hasPrefix("no such file (for the theme named \"festive\", give the name without \".theme\")"), message)
        XCTAssertTrue(message.hasSuffix("Themes available: default, festive"), message)
    }

    func testAFolderIsNotAThemeFile() throws {
        try folder("odd.theme", [:])
        let r = catalog([]).resolve(root + "/odd.theme")
        XCTAssertEqual(r.theme, .builtinDefault)
        XCTAssertTrue(r.problems.first?.message.hasPrefix("this is a folder") ?? false)
    }

    func testBadFileKeepsItsGoodLinesAndNamesItsBadOnes() throws {
        try folder("themes", ["warm.theme": "# warm\ntext = red\nmuted = gold2\n"])
        let r = catalog([root + "/themes"]).resolve("warm")
        XCTAssertEqual(r.theme[declared: .text], Style(foreground: .red))
        XCTAssertEqual(r.theme[declared: .muted], Theme.builtinDefault[declared: .muted])
        XCTAssertEqual(r.problems.map(\.description),
                       ["themes/warm.theme:3: unknown colour \"gold2\"; use #RRGGBB, 0–255, a colour name or default"])
    }

    // MARK: Checking

    func testCheckReportsEveryFileIncludingHiddenOnes() throws {
        let first = try folder("a", ["warm.theme": "text = red\nbad = red blink\n"])
        let second = try folder("b", ["warm.theme": "txet = red\n", "fine.theme": "text = white\n"])
        let c = catalog([first, second])
        XCTAssertEqual(c.files(), [first + "/warm.theme", second + "/fine.theme", second + "/warm.theme"])
        XCTAssertEqual(c.check().map { "\($0.file):\($0.line ?? 0)" }, ["a/warm.theme:2", "b/warm.theme:1"])
    }

    func testCheckOfGoodFilesIsEmpty() throws {
        let themes = try folder("themes", ["a.theme": "text = white\n", "b.theme": "# nothing set\n"])
        XCTAssertEqual(catalog([themes]).check(), [])
    }

    // MARK: Cycling

    func testCycleOrderPutsTheShippedThemesFirst() throws {
        let themes = try folder("themes", [
            "zen.theme": "", "festive.theme": "", "mono.theme": "", "alpha.theme": "", "light.theme": "", "projector.theme": "",
        ])
        XCTAssertEqual(catalog([themes]).cycleOrder(), ["default", "light", "projector", "mono", "festive", "alpha", "zen"])
        XCTAssertEqual(catalog([]).cycleOrder(), ["default"])
    }

    // MARK: The standard search list

    func testStandardSearchOrder() throws {
        let env = try folder("env", ["warm.theme": "text = red\n"])
        let work = try folder("work/themes", ["warm.theme": "text = blue\n", "local.theme": ""])
        let installed = try folder("prefix/share/hoctap/themes", ["extra.theme": ""])
        let c = ThemeCatalog.standard(environment: ["HOCTAP_THEMES": env], currentDirectory: root + "/work",
                                      executablePath: root + "/prefix/bin/hoctap")
        let package = try XCTUnwrap(ThemeCatalog.packageThemesFolder())
        XCTAssertEqual(c.folders.map(\.path), [env, work, package, installed])
        XCTAssertEqual(c.folders.map(\.origin), [.environment, .currentDirectory, .package, .installed])
        XCTAssertEqual(c.resolve("warm").theme[declared: .text], Style(foreground: .red))
        XCTAssertEqual(Set(c.cycleOrder()).isSuperset(of: ["local", "extra", "projector", "festive"]), true)
    }

    func testStandardSkipsMissingFoldersAndFindsThePackageThemes() throws {
        let c = ThemeCatalog.standard(environment: ["HOCTAP_THEMES": root + "/nowhere"], currentDirectory: root,
                                      executablePath: nil)
        XCTAssertEqual(c.folders.map(\.origin), [.package])
        XCTAssertTrue(c.folders.first?.path.hasSuffix("/themes") ?? false)
        XCTAssertEqual(c.cycleOrder().prefix(5), ["default", "light", "projector", "mono", "festive"])
        XCTAssertEqual(c.check(), [])
    }

    func testTheSameFolderReachedTwiceIsSearchedOnce() throws {
        let themes = try folder("themes", ["warm.theme": ""])
        let c = ThemeCatalog.standard(environment: ["HOCTAP_THEMES": themes], currentDirectory: root, executablePath: nil)
        XCTAssertEqual(c.folders.map(\.origin), [.environment, .package])
    }
}
