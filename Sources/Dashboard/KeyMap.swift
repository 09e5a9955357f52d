/// The one key table: it decides what each key does and writes the hint bar and the help.

import Canvas
import VietText

/// A row of the key table: the keys, what they do, and how the help and hint bar name them.
public struct KeyBinding: Sendable {
    /// The keys as the help shows them ("←/→"), and in ASCII ("Left/Right").
    public let keyLabel: String
    public let asciiKeyLabel: String
    /// Each key and the action it triggers.
    public let entries: [(key: Key, action: Action)]
    /// What the keys do, for the help overlay.
    public let help: (vi: String, en: String)
    /// A short label for the hint bar; nil keeps the binding out of it.
    public let hint: (vi: String, en: String)?

    public init(
        keyLabel: String, asciiKeyLabel: String? = nil, entries: [(key: Key, action: Action)],
        help: (vi: String, en: String), hint: (vi: String, en: String)?
    ) {
        self.keyLabel = keyLabel
        self.asciiKeyLabel = asciiKeyLabel ?? keyLabel
        self.entries = entries
        self.help = help
        self.hint = hint
    }

    public func label(ascii: Bool) -> String { ascii ? asciiKeyLabel : keyLabel }
    public func helpText(_ language: Language) -> String { language.pick(help.vi, help.en) }
    public func hintText(_ language: Language) -> String? { hint.map { language.pick($0.vi, $0.en) } }
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
            keyLabel: "Esc", entries: [(.escape, .back)],
            help: ("Đóng bảng đang mở / quay lại", "Close what is open / go back"), hint: nil),
        KeyBinding(
            keyLabel: "Ctrl-L", entries: [(.control("l"), .redraw)],
            help: ("Vẽ lại toàn bộ màn hình", "Redraw the whole screen"), hint: nil),
        KeyBinding(
            keyLabel: "q", entries: [(.character("q"), .quit), (.character("Q"), .quit)],
            help: ("Thoát chương trình", "Quit"), hint: ("Thoát", "Quit")),
    ]

    /// The action bound to `key`, if any.
    public static func action(for key: Key) -> Action? {
        for binding in bindings {
            if let entry = binding.entries.first(where: { $0.key == key }) { return entry.action }
        }
        return nil
    }
}
