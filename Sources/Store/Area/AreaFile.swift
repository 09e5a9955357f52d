/// Reads `area.rec`: one `Area` record and its `Member` records.

import Foundation
import Recfile
import VietText

/// The area file. Paths of members are relative to the file's folder (absolute ones stay).
public enum AreaFile {
    /// The schema header written at the top of a new `area.rec`, and documented in the README.
    public static let header = """
        %rec: Area
        %doc: A merged ward or a province shown as one (read-only).
        %mandatory: Name Level
        %type: Level enum ward province

        %rec: Member
        %doc: A former ward's store folder, or a ward's published summary (hoctap report --summary).
        %key: Name
        %mandatory: Name

        """

    /// The area described in the file at `path`.
    /// Throws `AreaFileError` with the file, the line and what was expected.
    public static func read(_ path: String) throws -> Area {
        let file: RecFile
        do {
            file = try RecParser.parse(contentsOf: path)
        } catch {
            throw AreaFileError(file: path, line: 0, message: "không đọc được tệp vùng (\(error))")
        }
        return try parse(file, folder: (path as NSString).deletingLastPathComponent)
    }

    /// The area in a parsed file; member paths relative to `folder`.
    public static func parse(_ file: RecFile, folder: String) throws -> Area {
        if let problem = file.problems.first(where: { $0.severity == .error }) {
            throw AreaFileError(file: file.path, line: problem.line, message: problem.message)
        }
        let areas = file.records(of: "Area")
        guard let record = areas.first else {
            throw AreaFileError(file: file.path, line: 0, message: "thiếu bản ghi Area (Name, Level: ward hoặc province)")
        }
        if areas.count > 1 {
            throw AreaFileError(file: file.path, line: areas[1].line, message: "chỉ có một bản ghi Area trong tệp")
        }
        guard let name = record.value("Name").map({ VietText.spaced(VietText.nfc($0)) }), !name.isEmpty else {
            throw AreaFileError(file: file.path, line: record.line, message: "Name: thiếu tên vùng, ví dụ \"Phường Sầm Sơn\"")
        }
        let levelText = record.value("Level") ?? ""
        guard let level = AreaLevel(rawValue: levelText) else {
            throw AreaFileError(file: file.path, line: record.field("Level")?.line ?? record.line,
                                message: "Level: cần ward (phường, xã) hoặc province (tỉnh), không phải \"\(levelText)\"")
        }
        var members: [AreaMember] = []
        var names: Set<String> = []
        for m in file.records(of: "Member") {
            guard let memberName = m.value("Name").map({ VietText.spaced(VietText.nfc($0)) }), !memberName.isEmpty else {
                throw AreaFileError(file: file.path, line: m.line, message: "Name: thiếu tên đơn vị, ví dụ \"Phường Quảng Châu (cũ)\"")
            }
            guard names.insert(memberName).inserted else {
                throw AreaFileError(file: file.path, line: m.line, message: "Name: \"\(memberName)\" đã có ở trên; mỗi đơn vị một tên")
            }
            let store = m.value("Store"), summary = m.value("Summary")
            let source: AreaSource
            switch (store, summary) {
            case (let s?, nil) where !s.isEmpty: source = .store(resolve(s, in: folder))
            case (nil, let s?) where !s.isEmpty: source = .summary(resolve(s, in: folder))
            default:
                throw AreaFileError(file: file.path, line: m.line,
                                    message: "\(memberName): cần đúng một trong Store (thư mục dữ liệu) hoặc Summary (tệp số liệu công bố)")
            }
            members.append(AreaMember(name: memberName, source: source, line: m.line))
        }
        guard !members.isEmpty else {
            throw AreaFileError(file: file.path, line: record.line, message: "vùng chưa có đơn vị nào (bản ghi Member)")
        }
        return Area(name: name, level: level, members: members)
    }

    private static func resolve(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
    }
}
