/// The theme files shipped in `themes/`: they parse cleanly, are documented, and keep their promises.

import Canvas
@testable import Dashboard
import XCTest

final class ThemeShippedTests: XCTestCase {
    /// The package's `themes/` folder, found from this test file's path.
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes").path

    private static let shipped = ["default", "light", "projector", "mono", "festive"]

    private func text(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = Self.folder + "/" + name + ".theme"
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path), "missing \(path)", file: file, line: line)
        return try XCTUnwrap(String(data: data, encoding: .utf8), file: file, line: line)
    }

    private func theme(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Theme {
        let (theme, problems) = ThemeParser.parse(text: try text(name, file: file, line: line), name: name, file: name + ".theme")
        XCTAssertEqual(problems, [], file: file, line: line)
        return theme
    }

    /// The roles that tell a state, and must do so without colour.
    private static let stateRoles: [Role] = [.focus, .selected, .good, .warn, .bad]

    // MARK: Every shipped file

    func testEveryShippedThemeParsesWithoutProblems() throws {
        for name in Self.shipped {
            let (_, problems) = ThemeParser.parse(text: try text(name), name: name, file: name + ".theme")
            XCTAssertEqual(problems, [], name)
        }
    }

    func testEveryShippedThemeSetsEveryRoleOnceWithACommentAbove() throws {
        for name in Self.shipped {
            let lines = try text(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            XCTAssertTrue(lines.first?.hasPrefix("# \(name): ") ?? false, "\(name) opens with a header saying what it is for")
            var set: [String] = []
            for (i, line) in lines.enumerated() where !line.hasPrefix("#") && line.contains("=") {
                set.append(line.split(separator: "=")[0].trimmingCharacters(in: .whitespaces))
                XCTAssertTrue(i > 0 && lines[i - 1].hasPrefix("# "), "\(name).theme:\(i + 1) has no comment above it")
            }
            XCTAssertEqual(set, Role.allCases.map(\.rawValue), name)
        }
    }

    func testDefaultFileIsTheBuiltinDefault() throws {
        let file = try theme("default")
        for role in Role.allCases {
            XCTAssertEqual(file[declared: role], Theme.builtinDefault[declared: role], "\(role)")
        }
    }

    func testStateIsToldByAttributesInEveryShippedTheme() throws {
        for name in Self.shipped {
            let theme = try theme(name)
            let attributes = Self.stateRoles.map { theme[$0].attributes }
            XCTAssertEqual(Set(attributes).count, Self.stateRoles.count, "\(name): states share attributes")
            XCTAssertFalse(attributes.contains(theme[.text].attributes), "\(name): a state looks like text")
        }
    }

    func testColourThemesDrawEveryRoleDistinctly() throws {
        for name in ["default", "light", "projector", "festive"] {
            let theme = try theme(name)
            XCTAssertEqual(Set(Role.allCases.map { theme[$0] }).count, Role.allCases.count, name)
        }
    }

    // MARK: projector

    func testProjectorTextRolesHaveContrastOfSevenToOne() throws {
        let theme = try theme("projector")
        let textRoles: [Role] = [.text, .title, .digits, .accent, .good, .warn, .bad, .focus]
        for role in textRoles {
            let style = theme[role]
            let ratio = try XCTUnwrap(Contrast.ratio(style.foreground, style.background), "\(role) needs RGB colours")
            XCTAssertGreaterThanOrEqual(ratio, 7, "\(role)")
            XCTAssertFalse(style.attributes.contains(.dim), "\(role) must not be dim on a projector")
        }
        XCTAssertEqual(theme[.background].background, .rgb(0xFF, 0xFF, 0xFF))
    }

    func testProjectorSecondaryTextIsStillReadable() throws {
        let theme = try theme("projector")
        for role in [Role.muted, .border, .selected, .badge] {
            let style = theme[role]
            XCTAssertGreaterThanOrEqual(try XCTUnwrap(Contrast.ratio(style.foreground, style.background)), 4.5, "\(role)")
            XCTAssertFalse(style.attributes.contains(.dim), "\(role)")
        }
    }

    // MARK: light and festive

    func testLightAndFestiveTextRolesMeetFourAndAHalfToOne() throws {
        for name in ["light", "festive"] {
            let theme = try theme(name)
            for role in [Role.text, .muted, .title, .digits, .accent, .good, .warn, .bad, .focus, .selected, .badge] {
                let style = theme[role]
                let ratio = try XCTUnwrap(Contrast.ratio(style.foreground, style.background), "\(name) \(role)")
                XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(name) \(role)")
            }
        }
    }

    // MARK: mono

    func testMonoUsesNoColour() throws {
        let theme = try theme("mono")
        for role in Role.allCases {
            XCTAssertEqual(theme[role].foreground, .default, "\(role)")
            XCTAssertEqual(theme[role].background, .default, "\(role)")
        }
    }

    func testMonoTellsStateByAttributesAlone() throws {
        let theme = try theme("mono")
        let states = Self.stateRoles.map { theme[$0] }
        XCTAssertEqual(Set(states).count, states.count, "focus, selected, good, warn and bad must all differ")
        XCTAssertFalse(states.contains(theme[.text]), "no state may look like plain text")
        for role in Self.stateRoles {
            XCTAssertEqual(theme.role(of: theme[role]), role, "\(role) is mistaken for another role")
        }
        XCTAssertEqual(theme[.focus].attributes, [.bold, .reverse])
        XCTAssertEqual(theme[.bad].attributes, [.bold, .underline])
    }
}
