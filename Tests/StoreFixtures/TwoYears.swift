// A small store of two school years for the awards tests: awards, donations, titles and two clans.

import Store

/// Shared by the tallies, the awards pane and its snapshots.
public enum TwoYears {
    public static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Two branches, awards in 2021-2022 and 2022-2023, a campaign of 2022-2023, donations and titles.
    public static var twoYears: StoreSnapshot {
        let branches = [Branch(id: "KP01", name: "Chi hội khu phố 1", kind: .neighborhood),
                        Branch(id: "TR01", name: "Chi hội Trường Tiểu học Hòa Bình", kind: .school)]
        var awards: [Award] = []
        func add(_ id: String, _ d: String, _ who: String, _ category: String, _ branch: String, _ amount: Int?, kind: RecipientKind = .student) {
            awards.append(Award(id: id, date: date(d), recipient: who, kind: kind, category: category, branch: branch, amount: amount))
        }
        add("KT01", "2021-10-06", "Nguyễn Văn An", "Học sinh giỏi", "KP01", 200_000)
        add("KT02", "2022-05-20", "Trần Thị Bình", "Học bổng", "TR01", 500_000)
        add("KT03", "2022-10-06", "Lê Văn Cường", "Học sinh giỏi", "KP01", 300_000)
        add("KT04", "2022-10-06", "Nguyễn Thị Hoà", "Học sinh giỏi", "TR01", 300_000)
        add("KT05", "2023-05-20", "Phạm Văn Dũng", "Học bổng", "TR01", 1_000_000)
        add("KT06", "2023-05-21", "Gia đình ông Lê Văn Em", "Gia đình hiếu học", "KP01", nil, kind: .family)
        let campaign = Campaign(id: "C", title: "Tuần lễ", ward: "Phường Hòa Bình", center: "TTHTCĐ", schoolYear: "2022-2023",
                                weekStart: date("2022-10-01"), weekEnd: date("2022-10-07"), ceremonyDate: date("2022-10-06"))
        var s = StoreSnapshot(directory: "", campaign: campaign, branches: branches,
                              clans: [Clan(id: "DH1", name: "Dòng họ Nguyễn", isStudious: true), Clan(id: "DH2", name: "Dòng họ Lê", isStudious: false)],
                              awards: awards,
                              donations: [Donation(id: "UH1", date: date("2022-09-10"), donor: "Nhà sách Ánh Dương", amount: 3_000_000),
                                          Donation(id: "UH2", date: date("2023-01-05"), donor: "Ông Trần Văn Hải", amount: 1_000_000, branch: "KP01"),
                                          Donation(id: "UH3", date: date("2022-01-05"), donor: "Nhà sách Ánh Dương", amount: 2_000_000)])
        s.titles = [LearningTitle(id: "DT1", schoolYear: SchoolYear(startYear: 2021), kind: .family, branch: "KP01", recognized: 60, total: 100),
                    LearningTitle(id: "DT2", schoolYear: SchoolYear(startYear: 2022), kind: .family, branch: "KP01", recognized: 75, total: 100),
                    LearningTitle(id: "DT3", schoolYear: SchoolYear(startYear: 2022), kind: .unit, recognized: 7, total: 10)]
        return s
    }
}
