/// A year of learning-title assessments on the hand-made store, with figures worked out by hand in the tests that use it.

import Foundation
@testable import Store

extension StoreFixture {
    /// Two complete sets of the fixture's own beside the published ones: GD-T for families (points,
    /// 2 items of 10, pass at 15 with none under 5) and DV-T for units (required: item 1 of 1 point).
    public static let testCriteria = """

        Id: GD-T
        Name: Gia đình học tập (thử)
        Title: family
        Decision: Bộ tiêu chí thử
        Rule: points
        PassTotal: 15
        PassItem: 5

        Id: DV-T
        Name: Đơn vị học tập (thử)
        Title: unit
        Decision: Bộ tiêu chí thử
        Rule: required

        """

    public static let testCriterionItems = """

        Set: GD-T
        Code: 1
        Text: Trẻ em đi học
        Max: 10

        Set: GD-T
        Code: 2
        Text: Người lớn học tập
        Max: 10

        Set: DV-T
        Code: 1
        Text: Có kế hoạch học tập
        Max: 1
        Required: yes

        Set: DV-T
        Code: 2
        Text: Có thư viện
        Max: 1

        """

    /// Residential groups TDP1, TDP2 (KP01); units DV1 (a school, TR01) and DV2 (ward-wide); the
    /// party cell CB1 with HV1 and HV2; families GD1 (HV1's, a party member's), GD2 (HV2's), GD3.
    public static let testSubjects: [String: String] = [
        "Community": """

            Id: TDP1
            Name: Tổ dân phố 1
            Branch: KP01

            Id: TDP2
            Name: Tổ dân phố 2
            Branch: KP01

            """,
        "Unit": """

            Id: DV1
            Name: Trường Tiểu học Hòa Bình
            Kind: school
            Branch: TR01

            Id: DV2
            Name: Trạm Y tế phường
            Kind: agency

            """,
        "PartyCell": """

            Id: CB1
            Name: Chi bộ khu phố 1
            Branch: KP01
            Member: HV1
            Member: HV2

            """,
        "Family": """

            Id: GD1
            Branch: KP01
            Head: HV1
            Member: HV1
            Party: yes
            Community: TDP1

            Id: GD2
            Branch: KP01
            Head: Trần Văn Bình
            Member: HV2

            Id: GD3
            Branch: KP01
            Head: Lê Thị Thu

            """,
    ]

    /// 2022: HV1 80 with none under 5 (recognised), HV2 80 with one 4 (not), HV3 an item not scored
    /// (incomplete); GD1 recognised, GD2 not; DV1 recognised, CB1 not; DH1 by a set with empty places.
    /// Registered and not assessed: GD3 (family), DV2 (unit).
    public static let testAssessments: [String: String] = [
        "Registration": """

            Subject: GD3
            Title: family
            Year: 2022

            Subject: HV3
            Title: citizen
            Year: 2022

            Subject: DV2
            Title: unit
            Year: 2022
            Date: 2022-03-01

            """,
        "Assessment": """

            Subject: HV1
            Set: CDHT-324
            Year: 2022
            Scores: 8,8,8,8,8,8,8,8,8,8

            Subject: HV2
            Set: CDHT-324
            Year: 2022
            Scores: 10,10,10,10,8,8,8,8,4,4
            Assessor: Chi hội khu phố 1
            Date: 2022-12-01

            Subject: HV3
            Set: CDHT-324
            Year: 2022
            Scores: 10,10,10,10,10,10,10,10,10,-

            Subject: GD1
            Set: GD-T
            Year: 2022
            Scores: 10,10

            Subject: GD2
            Set: GD-T
            Year: 2022
            Scores: 10,4

            Subject: DV1
            Set: DV-T
            Year: 2022
            Scores: 1,0

            Subject: CB1
            Set: DV-T
            Year: 2022
            Scores: 0,1

            Subject: DH1
            Set: DHHT-448
            Year: 2022
            Scores: -

            """,
    ]

    /// The community count of 2022-2023 in KP01: 1 of 2.
    public static let testCommunityCount = """

        Id: DT9
        SchoolYear: 2022-2023
        Kind: community
        Branch: KP01
        Recognized: 1
        Total: 2

        """

    /// The fixture's files with the published criteria and the fixture's own, its subjects, a year
    /// of assessments and a community count; `assessments` replaces the Assessment records.
    public static func assessedFiles(assessments: String? = nil) -> [String: [UInt8]] {
        var files = files()
        var criteria = PublishedCriteria.fileText()
        criteria = criteria.replacingOccurrences(of: "\n%rec: Criterion", with: testCriteria + "\n%rec: Criterion")
        files["criteria.rec"] = Array((criteria + testCriterionItems).utf8)
        files["subjects.rec"] = Array(StoreSchema.fileText(for: "subjects.rec") { [testSubjects[$0.name] ?? ""] }.utf8)
        var records = testAssessments
        if let assessments { records["Assessment"] = assessments }
        files["assessments.rec"] = Array(StoreSchema.fileText(for: "assessments.rec") { [records[$0.name] ?? ""] }.utf8)
        files["titles.rec"] = Array((StoreSchema.fileHeader(for: "titles.rec") + testCommunityCount).utf8)
        return files
    }
}
