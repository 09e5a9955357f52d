import Canvas
@testable import Dashboard
import XCTest

final class FormTests: XCTestCase {
    private func typed(_ text: String, into input: inout TextInput) {
        for c in text { XCTAssertTrue(input.handle(.character(c))) }
    }

    func testTypingEditingAndCursorMovesByCharacter() {
        var input = TextInput()
        typed("Hoa", into: &input)
        XCTAssertTrue(input.handle(.left))
        XCTAssertTrue(input.handle(.backspace))
        XCTAssertEqual(input.text, "Ha")
        XCTAssertTrue(input.handle(.home))
        XCTAssertTrue(input.handle(.delete))
        XCTAssertEqual(input.text, "a")
        XCTAssertTrue(input.handle(.end))
        typed(" b", into: &input)
        XCTAssertEqual(input.text, "a b")
        XCTAssertFalse(input.handle(.up), "↑ is the form's, not the editor's")
        XCTAssertFalse(input.handle(.enter))
    }

    func testACombiningToneTypedAloneJoinsTheLetterAndTextIsNFC() {
        var input = TextInput()
        typed("Hie\u{302}", into: &input)  // ê as e + combining circumflex
        XCTAssertTrue(input.handle(.character("\u{300}")))  // then a grave tone
        XCTAssertEqual(input.text, "Hiề")
        XCTAssertEqual(input.characters.count, 3)
        XCTAssertTrue(input.handle(.backspace))
        XCTAssertEqual(input.text, "Hi", "one Backspace removes the whole letter with its marks")
        XCTAssertEqual(TextInput("Nguye\u{302}\u{303}n").text, "Nguyễn")
    }

    func testTrimmedAndEmptiness() {
        XCTAssertEqual(TextInput("  An  ").trimmed, "An")
        XCTAssertTrue(TextInput("   ").isEmpty)
        XCTAssertFalse(TextInput(" a ").isEmpty)
    }

    func testDrawKeepsTheCursorInViewOfANarrowField() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let input = TextInput("Nguyễn Thị Minh Khai")
        input.draw(at: Point(x: 0, y: 0), width: 10, style: .plain, showsCursor: true, into: &buffer)
        XCTAssertEqual(buffer.line(0), "Minh Khai ", "the end of the text and the cursor cell show")
        XCTAssertTrue(buffer[9, 0].style.attributes.contains(.reverse))
    }

    private func sampleForm() -> FormState {
        var name = FormField(id: "Name", label: Words("Họ tên", "Name"), isRequired: true)
        name.suggestions = ["Nguyễn Văn An", "Nguyễn Văn Anh"]
        let kind = FormField(id: "Kind", label: Words("Loại", "Kind"), kind: .choice([
            .init(value: "student", label: "Học sinh"), .init(value: "family", label: "Gia đình"), .init(value: "clan", label: "Dòng họ"),
        ]))
        return FormState(title: Words("Thử", "Test"), fields: [name, kind])
    }

    func testTypingReportsEditsAndArrowsWalkSuggestionsThenFields() {
        var form = sampleForm()
        XCTAssertEqual(form.handle(.character("q")), .edited("Name"), "q is typed, not quit")
        XCTAssertEqual(form.handle(.backspace), .edited("Name"))
        XCTAssertEqual(form.handle(.down), .none)
        XCTAssertEqual(form.suggestionIndex, 0)
        XCTAssertEqual(form.handle(.down), .none)
        XCTAssertEqual(form.suggestionIndex, 1)
        XCTAssertEqual(form.handle(.enter), .edited("Name"))
        XCTAssertEqual(form.value("Name"), "Nguyễn Văn Anh")
        XCTAssertNil(form.suggestionIndex)
        XCTAssertEqual(form.handle(.tab), .none)
        XCTAssertEqual(form.focus, 1)
        XCTAssertEqual(form.handle(.up), .none)
        XCTAssertEqual(form.focus, 0)
        XCTAssertEqual(form.handle(.backTab), .none)
        XCTAssertEqual(form.focus, 1, "Shift-Tab wraps to the last field")
    }

    func testChoiceFieldsCycleAndJumpByFirstLetterAccentsAside() {
        var form = sampleForm()
        form.focus = 1
        XCTAssertEqual(form.value("Kind"), "student")
        XCTAssertEqual(form.handle(.right), .edited("Kind"))
        XCTAssertEqual(form.value("Kind"), "family")
        XCTAssertEqual(form.handle(.left), .edited("Kind"))
        XCTAssertEqual(form.handle(.left), .edited("Kind"))
        XCTAssertEqual(form.value("Kind"), "clan")
        XCTAssertEqual(form.handle(.character("d")), .edited("Kind"), "d finds Dòng họ")
        XCTAssertEqual(form.value("Kind"), "clan")
        XCTAssertEqual(form.handle(.character("g")), .edited("Kind"))
        XCTAssertEqual(form.value("Kind"), "family")
        XCTAssertEqual(form.handle(.character("z")), .none)
    }

    func testEnterSubmitsEscCancelsAndTheConfirmationTakesBoth() {
        var form = sampleForm()
        XCTAssertEqual(form.handle(.enter), .submit)
        form.confirmation = "Đã có khen thưởng này. Vẫn ghi?"
        XCTAssertEqual(form.handle(.character("x")), .none, "typing does nothing while a question waits")
        XCTAssertEqual(form.value("Name"), "")
        XCTAssertEqual(form.handle(.escape), .none)
        XCTAssertNil(form.confirmation, "Esc goes back to the form")
        form.confirmation = "Vẫn ghi?"
        XCTAssertEqual(form.handle(.enter), .confirmed)
        form.confirmation = nil
        XCTAssertEqual(form.handle(.escape), .cancel)
    }

    func testTheViewShowsLabelsErrorsSuggestionsAndTheKeys() {
        var form = sampleForm()
        form.update("Name") { $0.error = "Cần nhập họ tên" }
        let theme = Theme.builtinDefault
        var buffer = Buffer(size: Size(width: 80, height: 20), fill: .blank(theme[.background]))
        FormView.draw(form, RenderContext(theme: theme, language: .vi, ascii: false), in: buffer.bounds, into: &buffer)
        let text = buffer.text
        XCTAssertTrue(text.contains("Họ tên *"))
        XCTAssertTrue(text.contains("⚠ Cần nhập họ tên"))
        XCTAssertTrue(text.contains("Nguyễn Văn Anh"), "the focused field's suggestions show")
        XCTAssertTrue(text.contains("Học sinh"))
        XCTAssertTrue(text.contains("Esc huỷ"))
        form.confirmation = "Vẫn ghi?"
        var asked = Buffer(size: Size(width: 80, height: 20))
        FormView.draw(form, RenderContext(theme: theme, language: .vi, ascii: false), in: asked.bounds, into: &asked)
        XCTAssertTrue(asked.text.contains("Enter: vẫn ghi"))
    }
}

/// What a clerk must read to act is never cut at 80×24 or 120×40: errors, notes and the question wrap.
final class FormWrapTests: XCTestCase {
    private func frame(_ form: FormState, width: Int, height: Int) -> String {
        var buffer = Buffer(size: Size(width: width, height: height))
        FormView.draw(form, RenderContext(theme: .builtinDefault, language: .vi, ascii: false), in: buffer.bounds, into: &buffer)
        return buffer.text.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ") }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    func testALongErrorAndTheQuestionAreReadWhole() {
        var field = FormField(id: "Amount", label: Words("Số tiền", "Amount"), isRequired: true)
        field.error = "Số tiền phải là số đồng nguyên, từ 1 trở lên; có thể gõ 200000, 200.000, 200k hay 1,5tr và chương trình sẽ đổi ra đồng"
        var form = FormState(title: Words("Thử", "Test"), fields: [field])
        for (width, height) in [(80, 24), (120, 40)] {
            let text = frame(form, width: width, height: height)
            XCTAssertTrue(text.contains("chương trình sẽ đổi ra đồng"), "\(width)x\(height): \(text)")
            XCTAssertFalse(text.contains("…"), "\(width)x\(height): nothing cut: \(text)")
        }
        form.confirmation = "Có thể trùng với HV0468 Nguyễn Thị Lan (1963, Khu phố 3): cùng họ tên và năm sinh với một học viên đã có. Vẫn tạo học viên mới?"
        let asked = frame(form, width: 80, height: 24)
        XCTAssertTrue(asked.contains("Vẫn tạo học viên mới?"), asked)
    }
}
