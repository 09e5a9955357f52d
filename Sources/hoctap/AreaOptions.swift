/// Which area the options name: an area file, or several `--store` folders.

import Exchange
import Reports
import Store

/// Several `--store`s where a command takes only one.
struct SeveralStoresRefused: Error, CustomStringConvertible {
    var description: String {
        "chỉ bảng điều khiển, render và report đọc được nhiều --store cùng lúc (hoặc --area); lệnh này cần đúng một --store"
    }
}

extension DisplayOptions {
    /// Several stores or an area file: the read-only combined view.
    var isArea: Bool { stores.count > 1 || area != nil }

    /// The area the options name: the file's, else the unnamed area of the `--store` folders.
    func areaDefinition() throws -> Area {
        if let area { return try AreaFile.read(area) }
        return Area.ofStores(stores)
    }

    /// Every member read (store folders whole, summaries through their JSON), for `schoolYear`.
    func areaReport(schoolYear: SchoolYear?) throws -> AreaReport {
        let area = try reporting([AreaFileError.self], exitStatus: 2) { try areaDefinition() }
        return AreaReport.load(area, schoolYear: schoolYear, readSummary: WardSummaryFile.read)
    }
}
