/// A roster printed for the teacher: a text sheet with a column for signatures, CSV, or Markdown.

import Store
import VietText

/// The forms `hoctap roster` prints. Private fields (birth year and date, phone) are never printed:
/// the sheet goes round the classroom.
public enum RosterFormat: String, CaseIterable, Sendable {
    case text, csv, md

    /// The roster in this form, ending in a line break.
    public func render(_ roster: Roster) -> String {
        switch self {
        case .text: Self.text(roster)
        case .csv: Self.csv(roster)
        case .md: Self.markdown(roster)
        }
    }

    /// The heading facts: id, topic, teacher, venue, dates, enrolled and sessions held.
    static func facts(_ roster: Roster) -> [String] {
        let c = roster.course
        var facts = ["Mã lớp: \(c.id)", "Chủ đề: \(c.topic)"]
        if let teacher = c.teacher { facts.append("Giảng viên: \(teacher)") }
        if let venue = c.venue { facts.append("Địa điểm: \(venue)") }
        if let start = c.start {
            facts.append("Thời gian: " + VietFormat.date(start) + (c.end.map { " – " + VietFormat.date($0) } ?? ""))
        }
        var count = "Sĩ số: \(roster.entries.count)" + (c.capacity.map { "/\($0)" } ?? "")
        count += " · Số buổi đã học: \(roster.sessionsHeld.count)" + (c.sessions.map { "/\($0)" } ?? "")
        facts.append(count)
        return facts
    }

    static func gender(_ g: Gender?) -> String {
        switch g {
        case .female: "Nữ"
        case .male: "Nam"
        case nil: ""
        }
    }

    // MARK: text

    /// A sheet for printing: the class's name and facts, then one numbered line per learner with
    /// an empty column to sign in. Columns are measured in characters (NFC Vietnamese takes one
    /// column per character).
    static func text(_ roster: Roster) -> String {
        let headers = ["STT", "Họ và tên", "Giới tính", "Khu phố", "Tổ chức", "Ký tên"]
        let rows = roster.entries.enumerated().map { i, e in
            ["\(i + 1)", e.learner.name, gender(e.learner.gender), e.learner.neighborhood ?? "", e.learner.organization ?? "", ""]
        }
        var widths = headers.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        widths[5] = max(widths[5], 18)
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                return i == 0 ? pad + cell : cell + pad
            }.joined(separator: " | ")
        }
        func rule() -> String { widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") }
        var out = "DANH SÁCH HỌC VIÊN\n" + roster.course.name + "\n" + facts(roster).joined(separator: "\n") + "\n\n"
        out += line(headers).trimmingTrailingSpaces + "\n" + rule() + "\n"
        for row in rows {
            out += line(row.enumerated().map { $0.offset == 5 ? String(repeating: ".", count: widths[5]) : $0.element }) + "\n"
        }
        if rows.isEmpty { out += "(chưa có học viên nào ghi danh)\n" }
        return out
    }

    // MARK: csv

    /// RFC 4180: a header row of field names, then one row per learner; a cell with a comma,
    /// a quote or a line break is quoted.
    static func csv(_ roster: Roster) -> String {
        func cell(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
        }
        var out = "stt,learner,name,gender,neighborhood,organization,attended,sessions_held\n"
        for (i, e) in roster.entries.enumerated() {
            out += ["\(i + 1)", e.learner.id, e.learner.name, e.learner.gender?.rawValue ?? "",
                    e.learner.neighborhood ?? "", e.learner.organization ?? "",
                    "\(e.attended)", "\(roster.sessionsHeld.count)"].map(cell).joined(separator: ",") + "\n"
        }
        return out
    }

    // MARK: md

    static func markdown(_ roster: Roster) -> String {
        func cell(_ s: String) -> String { s.replacingAll("|", with: "\\|") }
        var out = "# " + cell(roster.course.name) + "\n\n" + facts(roster).map { "- " + $0 }.joined(separator: "\n") + "\n\n"
        out += "| STT | Họ và tên | Giới tính | Khu phố | Tổ chức | Có mặt | Ký tên |\n|---:|---|---|---|---|---:|---|\n"
        for (i, e) in roster.entries.enumerated() {
            out += "| \(i + 1) | " + [e.learner.name, gender(e.learner.gender), e.learner.neighborhood ?? "",
                                        e.learner.organization ?? ""].map(cell).joined(separator: " | ")
                + " | \(e.attended)/\(roster.sessionsHeld.count) |  |\n"
        }
        return out
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }

    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
