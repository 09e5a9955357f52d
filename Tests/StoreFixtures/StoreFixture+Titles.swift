/// Learning titles of two school years on the hand-made store, for the title decoding and tally tests.

import Store

extension StoreFixture {
    /// Three titles: families of a branch in 2021-2022 and 2022-2023, units ward-wide in 2022-2023.
    public static let twoYearsOfTitles = """

        Id: DT1
        SchoolYear: 2021-2022
        Kind: family
        Branch: KP01
        Recognized: 60
        Total: 100

        Id: DT2
        SchoolYear: 2022-2023
        Kind: family
        Branch: KP01
        Recognized: 70
        Total: 100

        Id: DT3
        SchoolYear: 2022-2023
        Kind: unit
        Recognized: 8
        Total: 10

        """

    /// The fixture store with `records` as its titles.rec, decoded.
    public static func snapshot(titles records: String) -> StoreSnapshot {
        var files = files()
        files["titles.rec"] = Array((StoreSchema.fileHeader(for: "titles.rec") + records).utf8)
        return StoreLoader.decode(files: files)
    }
}
