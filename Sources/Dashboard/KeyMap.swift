/// The one key table: it decides what each key does and writes the hint bar and the help.

import Canvas
import VietText

/// A row of the key table: the keys and the action each triggers, described as a `KeyHint`
/// for the help and the hint bar.
public struct KeyBinding: Sendable {
    /// Each key and the action it triggers.
    public let entries: [(key: Key, action: Action)]
    /// How the help and the hint bar name the keys and what they do. Quit and help are
    /// essential: they stay on the hint bar however narrow it is.
    public let keyHint: KeyHint

    public init(
        keyLabel: String, asciiKeyLabel: String? = nil, entries: [(key: Key, action: Action)],
        help: (vi: String, en: String), hint: (vi: String, en: String)?
    ) {
        self.entries = entries
        let essential = entries.contains { $0.action == .quit || $0.action == .toggleHelp }
        keyHint = KeyHint(keyLabel, ascii: asciiKeyLabel, help: help, hint: hint, isEssential: essential)
    }

    public var keyLabel: String { keyHint.keyLabel }
    public var asciiKeyLabel: String { keyHint.asciiKeyLabel }
    public var help: (vi: String, en: String) { keyHint.help }
    public var hint: (vi: String, en: String)? { keyHint.hint }
    public func label(ascii: Bool) -> String { keyHint.label(ascii: ascii) }
    public func helpText(_ language: Language) -> String { keyHint.helpText(language) }
    public func hintText(_ language: Language) -> String? { keyHint.hintText(language) }
}

public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(
            keyLabel: "←/→", asciiKeyLabel: "Left/Right", entries: [(.left, .previousPane), (.right, .nextPane)],
            help: ("Chuyển sang mục bên trái / bên phải", "Move to the pane on the left / right"),
            hint: ("Chuyển mục", "Pane")),
        KeyBinding(
            keyLabel: "Tab/Shift-Tab", entries: [(.tab, .nextPane), (.backTab, .previousPane)],
            help: ("Mục sau / mục trước", "Next / previous pane"), hint: nil),
        KeyBinding(
            keyLabel: "1–\(Pane.allCases.count)", asciiKeyLabel: "1-\(Pane.allCases.count)",
            entries: Pane.allCases.map { (Key.character(Character(String($0.rawValue + 1))), Action.selectPane($0)) },
            help: ("Đến thẳng một mục", "Go straight to a pane"), hint: nil),
        KeyBinding(
            keyLabel: "?/F1", entries: [(.character("?"), .toggleHelp), (.function(1), .toggleHelp)],
            help: ("Mở / đóng bảng trợ giúp này", "Open / close this help"),
            hint: ("Trợ giúp", "Help")),
        KeyBinding(
            keyLabel: "F2", entries: [(.function(2), .nextTheme)],
            help: ("Đổi sang giao diện màu kế tiếp", "Next colour theme"),
            hint: ("Giao diện", "Theme")),
        KeyBinding(
            keyLabel: "F5", entries: [(.function(5), .togglePresentation)],
            help: ("Bật / tắt chế độ trình chiếu (màn hình lớn)", "Presentation mode on / off (the big screen)"),
            hint: ("Trình chiếu", "Present")),
        KeyBinding(
            keyLabel: "!", entries: [(problemListKey, .toggleProblems)],
            help: ("Mở / đóng danh sách lỗi trong kho dữ liệu", "Open / close the list of store problems"),
            hint: nil),
        KeyBinding(
            keyLabel: "u", entries: [(.character("u"), .undo)],
            help: ("Hoàn tác lần ghi gần nhất (thêm, sửa, xoá; cả hoctap add)", "Undo the last write (add, edit, remove; hoctap add too)"),
            hint: ("Hoàn tác", "Undo")),
        KeyBinding(
            keyLabel: "Esc", entries: [(.escape, .back)],
            help: ("Đóng bảng đang mở / quay lại", "Close what is open / go back"), hint: nil),
        KeyBinding(
            keyLabel: "Ctrl-L", entries: [(.control("l"), .redraw)],
            help: ("Vẽ lại toàn bộ màn hình", "Redraw the whole screen"), hint: nil),
        KeyBinding(
            keyLabel: "q", entries: [(.character("q"), .quit), (.character("Q"), .quit)],
            help: ("Thoát chương trình (khi trình chiếu: nhấn hai lần)", "Quit (when presenting: press it twice)"),
            hint: ("Thoát", "Quit")),
    ]

    /// The key that opens the list of problems; the status line's badge names it.
    public static let problemListKey = Key.character("!")

    /// How the help names the key bound to `action` ("!"), for text that tells of it.
    public static func label(of action: Action, ascii: Bool) -> String? {
        bindings.first { $0.entries.contains { $0.action == action } }?.label(ascii: ascii)
    }

    /// The action bound to `key`, if any.
    public static func action(for key: Key) -> Action? {
        for binding in bindings {
            if let entry = binding.entries.first(where: { $0.key == key }) { return entry.action }
        }
        return nil
    }
}
