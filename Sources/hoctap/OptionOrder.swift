/// Options written before a subcommand's name belong to the dashboard, not to the subcommand: refused.

import VietText

/// `hoctap --store DIR add …` parses `--store DIR` as the dashboard's option and runs `add` on the
/// default store, so a record would go to the wrong store. A subcommand's options come after its
/// name; anything else is refused before a word is written.
enum OptionOrder {
    /// The refusal for `arguments` (the command line without the program), or nil when the order is
    /// fine: no subcommand, or the subcommand first.
    static func refusal(_ arguments: [String], subcommands: [String], language: Language = .vi) -> String? {
        guard let first = arguments.first, first.hasPrefix("-"),
              let at = arguments.firstIndex(where: { subcommands.contains($0) }) else { return nil }
        let command = arguments[at]
        let before = arguments[..<at].joined(separator: " ")
        return language.pick(
            "\(before) đứng trước \"\(command)\": tuỳ chọn của một lệnh ghi sau tên lệnh, như "
                + "hoctap \(command) \(before) …; chưa làm gì cả (thư mục tên \"\(command)\" thì ghi ./\(command))",
            "\(before) comes before \"\(command)\": a command's options go after its name, as in "
                + "hoctap \(command) \(before) …; nothing was done (a folder named \"\(command)\" is ./\(command))")
    }
}
