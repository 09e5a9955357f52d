/// Roles, resolved styles and the style-layer letters of the built-in default theme.

import Canvas
@testable import Dashboard
import XCTest

final class ThemeRoleTests: XCTestCase {
    // MARK: Roles

    func testRoleNamesAreTheThemeFileNames() {
        XCTAssertEqual(Role.allCases.map(\.rawValue), [
            "background", "text", "muted", "title", "accent", "border", "focus", "selected",
            "good", "warn", "bad", "bar", "bar-empty", "digits", "badge",
        ])
    }

    func testEveryRoleHasItsOwnLetter() {
        let letters = Role.allCases.map(\.letter)
        XCTAssertEqual(Set(letters).count, Role.allCases.count)
        XCTAssertEqual(String(letters), ".tmTabfsgwx=-d!")
    }

    // MARK: Resolved styles

    func testDefaultBackgroundIsFilledFromTheBackgroundRole() {
        var theme = Theme.builtinDefault
        theme[declared: .background] = Style(background: .rgb(1, 2, 3))
        theme[declared: .text] = Style(foreground: .white)
        theme[declared: .badge] = Style(foreground: .white, background: .red)
        XCTAssertEqual(theme[.text], Style(foreground: .white, background: .rgb(1, 2, 3)))
        XCTAssertEqual(theme[declared: .text].background, .default)
        XCTAssertEqual(theme[.badge].background, .red, "a role's own background is kept")
        XCTAssertEqual(theme[.background], Style(background: .rgb(1, 2, 3)))
    }

    func testEveryRoleOfTheBuiltinDefaultSitsOnItsBackground() {
        for role in Role.allCases {
            XCTAssertEqual(Theme.builtinDefault[role].background, .black, "\(role)")
        }
    }

    func testBuiltinDefaultUsesOnlyTheEightBasicColours() {
        for role in Role.allCases {
            let style = Theme.builtinDefault[role]
            for color in [style.foreground, style.background] {
                if case .indexed(let i) = color { XCTAssertLessThan(i, 8, "\(role)") }
                else { XCTAssertEqual(color, .default, "\(role)") }
            }
        }
    }

    func testMissingRolesComeFromTheBuiltinDefault() {
        let theme = Theme(name: "t", source: .builtin, styles: [.text: Style(foreground: .red)])
        XCTAssertEqual(theme[declared: .text], Style(foreground: .red))
        XCTAssertEqual(theme[declared: .bad], Theme.builtinDefault[declared: .bad])
        XCTAssertEqual(theme[.text].background, .black)
    }

    // MARK: role(of:)

    func testEveryBuiltinRoleIsFoundFromItsStyle() {
        for role in Role.allCases {
            XCTAssertEqual(Theme.builtinDefault.role(of: Theme.builtinDefault[role]), role)
        }
    }

    func testAStyleOfNoRoleHasNoRole() {
        XCTAssertNil(Theme.builtinDefault.role(of: Style(foreground: .magenta)))
        XCTAssertNil(Theme.builtinDefault.role(of: Theme.builtinDefault[declared: .text]),
                     "the declared style lacks the background, so it is not the resolved one")
    }

    func testStyleLayerLettersComeFromRoles() {
        let theme = Theme.builtinDefault
        let styles: [Style] = [theme[.text], theme[.good], theme[.bad], theme[.bar], theme[.barEmpty], theme[.background]]
        let layer = String(styles.map { theme.role(of: $0)?.letter ?? "?" })
        XCTAssertEqual(layer, "tgx=-.")
    }

    func testCoincidingStylesGiveTheFirstRole() {
        var theme = Theme.builtinDefault
        theme[declared: .digits] = theme[declared: .text]
        XCTAssertEqual(theme.role(of: theme[.digits]), .text)
    }
}
