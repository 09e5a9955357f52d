/// The theme file reader: values, comments, every kind of error with its line, and fallbacks.

import Canvas
@testable import Dashboard
import XCTest

final class ThemeParserTests: XCTestCase {
    private func parse(_ text: String) -> (Theme, [ThemeProblem]) {
        ThemeParser.parse(text: text, name: "t", file: "themes/t.theme")
    }

    /// The single problem of `text`, failing the test if there is not exactly one.
    private func onlyProblem(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> ThemeProblem? {
        let problems = parse(text).1
        XCTAssertEqual(problems.count, 1, "\(problems)", file: file, line: line)
        return problems.first
    }

    // MARK: Values

    func testColoursInEveryNotation() {
        let (theme, problems) = parse("""
            text = #FFd700 on 52
            muted = bright-cyan on default
            title = default
            accent = 0
            """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(theme[declared: .text], Style(foreground: .rgb(0xFF, 0xD7, 0x00), background: .indexed(52)))
        XCTAssertEqual(theme[declared: .muted], Style(foreground: .brightCyan))
        XCTAssertEqual(theme[declared: .title], Style())
        XCTAssertEqual(theme[declared: .accent], Style(foreground: .black))
    }

    func testAttributesInAnyOrderAndCase() {
        let (theme, problems) = parse("Bad = RED Bold underline on black DIM reverse italic\nbar-empty=green")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(theme[declared: .bad], Style(foreground: .red, background: .black,
                                                    attributes: [.bold, .underline, .dim, .reverse, .italic]))
        XCTAssertEqual(theme[declared: .barEmpty], Style(foreground: .green))
    }

    func testCommentsBlankLinesAndWindowsLineEnds() {
        let (theme, problems) = parse("# header\r\n\r\n   # indented comment\r\ntext = #102030 # trailing note\r\n#ffffff\r\n")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(theme[declared: .text], Style(foreground: .rgb(0x10, 0x20, 0x30)))
    }

    func testMissingRolesFallBackToTheBuiltinDefault() {
        let (theme, problems) = parse("text = red\n")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(theme[declared: .text], Style(foreground: .red))
        for role in Role.allCases where role != .text {
            XCTAssertEqual(theme[declared: role], Theme.builtinDefault[declared: role], "\(role)")
        }
        XCTAssertEqual(theme.name, "t")
        XCTAssertEqual(theme.source, .file("themes/t.theme"))
    }

    // MARK: Each kind of error, with its line

    func testUnknownRole() {
        let p = onlyProblem("text = white\n\ntxet = red\n")
        XCTAssertEqual(p?.line, 3)
        XCTAssertEqual(p?.file, "themes/t.theme")
        XCTAssertTrue(p?.message.hasPrefix("unknown role \"txet\" (did you mean \"text\"?); roles are background, text,") ?? false, p?.message ?? "")
    }

    func testBadColourNamesTheWordAndTheRemedy() {
        let p = onlyProblem("# festive\ntext = white\n\n\n\n\ntitle = gold2 bold\n")
        XCTAssertEqual(p?.description,
                       "themes/t.theme:7: unknown colour \"gold2\"; use #RRGGBB, 0–255, a colour name or default")
    }

    func testMisspeltColourNameGetsASuggestion() {
        XCTAssertEqual(onlyProblem("text = yelow")?.message,
                       "unknown colour \"yelow\" (did you mean \"yellow\"?); use #RRGGBB, 0–255, a colour name or default")
    }

    func testBadHexAndOutOfRangeNumber() {
        XCTAssertEqual(onlyProblem("text = #ffd70")?.message,
                       "\"#ffd70\" is not a colour; write #RRGGBB with six hex digits, such as #ffd700")
        XCTAssertEqual(onlyProblem("text = #ffd70g")?.line, 1)
        XCTAssertEqual(onlyProblem("\ntext = white on 256")?.description,
                       "themes/t.theme:2: colour number 256 is out of range; use 0–255")
    }

    func testUnknownWord() {
        let p = onlyProblem("text = white\nbad = red blink\n")
        XCTAssertEqual(p?.line, 2)
        XCTAssertTrue(p?.message.hasPrefix("unknown word \"blink\"; after the colour write \"on COLOUR\"") ?? false, p?.message ?? "")
        XCTAssertEqual(onlyProblem("bad = red bld")?.message.contains("did you mean \"bold\"?"), true)
    }

    func testSecondColourWithoutOn() {
        XCTAssertEqual(onlyProblem("text = white black")?.message,
                       "a second colour \"black\"; write \"FG on BG\" to set the background")
    }

    func testMissingEquals() {
        let p = onlyProblem("text = white\nmuted white dim\n")
        XCTAssertEqual(p?.line, 2)
        XCTAssertTrue(p?.message.hasPrefix("missing \"=\" in \"muted white dim\"") ?? false, p?.message ?? "")
    }

    func testDuplicateRoleKeepsTheFirst() {
        let (theme, problems) = parse("text = white\nmuted = white dim\ntext = red\n")
        XCTAssertEqual(problems.map(\.line), [3])
        XCTAssertEqual(problems.first?.message, "role \"text\" is already set on line 1; keep one of the two lines")
        XCTAssertEqual(theme[declared: .text], Style(foreground: .white))
    }

    func testIncompleteValues() {
        XCTAssertTrue(onlyProblem("text =")?.message.hasPrefix("no colour after \"=\"") ?? false)
        XCTAssertTrue(onlyProblem("text = white on")?.message.hasPrefix("\"on\" needs a colour after it") ?? false)
        XCTAssertEqual(onlyProblem("text = bold")?.message,
                       "expected a colour before \"bold\"; write \"default bold\" to keep the terminal's own colour")
        XCTAssertTrue(onlyProblem("text = on black")?.message.hasPrefix("expected the text colour before \"on\"") ?? false)
        XCTAssertEqual(onlyProblem("text = white on black on red")?.message,
                       "the background is given twice; keep one \"on COLOUR\"")
        XCTAssertTrue(onlyProblem(" = white")?.message.hasPrefix("missing role name before \"=\"") ?? false)
    }

    // MARK: All errors, and the good lines kept

    func testEveryProblemOfAFileIsReportedInOrder() {
        let text = """
            # a theme with five mistakes
            text = white
            txet = red
            muted = grey55
            title white bold
            bad = red blink
            text = green
            good = green bold
            """
        let (theme, problems) = parse(text)
        XCTAssertEqual(problems.map(\.line), [3, 4, 5, 6, 7])
        XCTAssertEqual(problems.map { $0.message.split(separator: " ").prefix(2).joined(separator: " ") },
                       ["unknown role", "unknown colour", "missing \"=\"", "unknown word", "role \"text\""])
        XCTAssertEqual(theme[declared: .text], Style(foreground: .white))
        XCTAssertEqual(theme[declared: .good], Style(foreground: .green, attributes: .bold))
        XCTAssertEqual(theme[declared: .muted], Theme.builtinDefault[declared: .muted], "a bad line is not applied")
        XCTAssertEqual(theme[declared: .bad], Theme.builtinDefault[declared: .bad])
    }

    func testSeveralProblemsOnOneLineAreAllReported() {
        let problems = parse("txet = gold2 blink").1
        XCTAssertEqual(problems.count, 3)
        XCTAssertEqual(Set(problems.map(\.line)), [1])
    }

    func testProblemDescriptionWithoutLineOrFile() {
        XCTAssertEqual(ThemeProblem(file: "a.theme", line: nil, message: "no such file").description, "a.theme: no such file")
        XCTAssertEqual(ThemeProblem(file: "", line: nil, message: "no theme named \"x\"").description, "no theme named \"x\"")
    }
}
