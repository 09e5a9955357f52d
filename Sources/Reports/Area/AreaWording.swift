/// The words an area's tables, screen and text report share, in Vietnamese or English.

import Store
import VietText

/// One word per thing, as the single-store panes say it (`--lang en`: their English words).
public enum AreaWording {
    /// The first column of every table: the member.
    public static func member(_ language: Language) -> String { language.pick("Đơn vị", "Ward") }

    /// The last row of every table.
    public static func total(_ language: Language) -> String { language.pick("Tổng cộng", "Total") }

    /// Over the row of a member that could not be read.
    public static func unreadable(_ language: Language) -> String { language.pick("không đọc được", "could not be read") }

    /// Beside a member that shows the figures it last had.
    public static func kept(_ language: Language) -> String { language.pick("giữ số liệu trước", "last figures kept") }

    /// "3 đơn vị", "3 wards".
    public static func members(_ count: Int, _ language: Language) -> String {
        VietFormat.integer(count, language) + language.pick(" đơn vị", count == 1 ? " ward" : " wards")
    }

    /// "năm học 2022-2023" or "mọi năm học" (nil: all the data).
    public static func years(_ year: SchoolYear?, _ language: Language) -> String {
        year.map { language.pick("năm học ", "school year ") + $0.description } ?? language.pick("mọi năm học", "all school years")
    }

    /// The area's name as headings say it: the file's, else "Vùng gồm 3 đơn vị".
    public static func title(_ report: AreaReport, _ language: Language) -> String {
        report.area.name.isEmpty ? language.pick("Vùng gồm ", "An area of ") + members(report.members.count, language) : report.area.name
    }

    /// A member's problems: "2 lỗi, 1 cảnh báo" ("2 errors, 1 warning"), or "—".
    public static func badge(_ f: WardFigures, _ language: Language) -> String {
        if f.errors == 0 && f.warnings == 0 { return "—" }
        var parts: [String] = []
        if f.errors > 0 {
            parts.append(VietFormat.integer(f.errors, language) + language.pick(" lỗi", f.errors == 1 ? " error" : " errors"))
        }
        if f.warnings > 0 {
            parts.append(VietFormat.integer(f.warnings, language) + language.pick(" cảnh báo", f.warnings == 1 ? " warning" : " warnings"))
        }
        return parts.joined(separator: ", ")
    }
}
