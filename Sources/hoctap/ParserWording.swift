/// ArgumentParser's own words — the help's headings, its errors — said in Vietnamese.

import Foundation
import VietText

/// The library writes its headings ("USAGE:", "OPTIONS:"), the `--help` line and its error
/// sentences in English and offers no hook to word them otherwise; the finished message is
/// reworded here line by line, on the shapes the library prints. A sentence of a shape not listed
/// keeps its English after the Vietnamese "Lỗi:".
enum ParserWording {
    /// `message` as the library wrote it, in `language`.
    static func reworded(_ message: String, _ language: Language) -> String {
        guard language == .vi else { return message }
        var usageIndent: Int?
        var lines: [String] = []
        for line in message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if let extra = usageIndent, line.hasPrefix("       ") {
                lines.append(String(repeating: " ", count: extra) + line)
                continue
            }
            usageIndent = nil
            var out = line
            for (english, vietnamese) in prefixes where line.hasPrefix(english) {
                out = vietnamese + String(line.dropFirst(english.count))
                if english.lowercased() == "usage: " { usageIndent = vietnamese.count - english.count }
                if english == "Error: " { out = vietnamese + sentence(String(line.dropFirst(english.count))) }
                break
            }
            lines.append(phrases(out))
        }
        return lines.joined(separator: "\n")
    }

    /// Headings and line openings, as the library writes them.
    private static let prefixes: [(String, String)] = [
        ("OVERVIEW:", "TỔNG QUAN:"), ("USAGE: ", "CÁCH DÙNG: "), ("Usage: ", "Cách dùng: "),
        ("ARGUMENTS:", "THAM SỐ:"), ("OPTIONS:", "TUỲ CHỌN:"), ("SUBCOMMANDS:", "LỆNH CON:"),
        ("Error: ", "Lỗi: "), ("Help:  ", "Gợi ý: "),
    ]

    /// Words inside a line: the `--help` line, default values, the pointers to more help.
    private static func phrases(_ line: String) -> String {
        var out = line.replacingOccurrences(of: "Show help information.", with: "Xem hướng dẫn này.")
            .replacingOccurrences(of: "(default:", with: "(mặc định:")
        if let see = between(out, "See '", "' for more information.") {
            out = leading(out) + "Xem '\(see)' để biết thêm."
        } else if let see = between(out, "See '", "' for detailed help.") {
            out = leading(out) + "Xem '\(see)' để có hướng dẫn chi tiết."
        }
        return out
    }

    /// The library's error sentences, in Vietnamese; one of another shape (ours are Vietnamese
    /// already) is left as it is.
    private static func sentence(_ s: String) -> String {
        if let name = between(s, "Unknown option '", "'") { return "không có tuỳ chọn '\(name)'" }
        if let name = between(s, "Missing value for '", "'") { return "thiếu giá trị của '\(name)'" }
        if let name = between(s, "Missing expected argument '", "'") { return "thiếu tham số bắt buộc '\(name)'" }
        if s.hasPrefix("Missing one of: ") { return "cần một trong: " + s.dropFirst("Missing one of: ".count) }
        if let word = between(s, "Unexpected argument '", "'") { return "thừa tham số '\(word)'" }
        if let count = s.split(separator: " ").first, s.hasPrefix("\(count) unexpected arguments: ") {
            return "thừa \(count) tham số: " + s.dropFirst("\(count) unexpected arguments: ".count)
        }
        if s.hasPrefix("Invalid option: ") { return "tuỳ chọn không hợp lệ: " + s.dropFirst("Invalid option: ".count) }
        if s == "Missing required subcommand." { return "thiếu lệnh con." }
        if s.hasPrefix("The value '"), let at = s.range(of: "' is invalid") {
            let value = s[s.index(s.startIndex, offsetBy: "The value '".count)..<at.lowerBound]
            var rest = String(s[at.upperBound...])
            var option = ""
            if rest.hasPrefix(" for '"), let end = rest.dropFirst(6).firstIndex(of: "'") {
                option = " cho '\(rest[rest.index(rest.startIndex, offsetBy: 6)..<end])'"
                rest = String(rest[rest.index(after: end)...])
            } else if rest.hasPrefix(".") {
                rest.removeFirst()
            }
            rest = rest.replacingOccurrences(of: ". Please provide one of the following:", with: ". Hãy chọn một trong:")
                .replacingOccurrences(of: ". Please provide one of ", with: ". Hãy chọn một trong ")
            return "giá trị '\(value)' không hợp lệ\(option)\(rest)"
        }
        return s
    }

    /// The text between `start` (where the line, spaces aside, begins with it) and the next `end`.
    private static func between(_ line: String, _ start: String, _ end: String) -> String? {
        let trimmed = line.drop(while: { $0 == " " })
        guard trimmed.hasPrefix(start) else { return nil }
        let rest = trimmed.dropFirst(start.count)
        guard let close = rest.range(of: end) else { return nil }
        return String(rest[..<close.lowerBound])
    }

    private static func leading(_ line: String) -> String { String(line.prefix(while: { $0 == " " })) }
}
