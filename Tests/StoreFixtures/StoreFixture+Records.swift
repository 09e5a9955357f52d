/// The records of the small hand-made store: awards around 31 August / 1 September, classes in two school years.

import Store

extension StoreFixture {
    /// The records of each file: a line `Set|Field: value` starts a record of that set.
    public static let records: [String: String] = [
        "campaign.rec": """
            Campaign|Id: C1
            Title: Tuần lễ hưởng ứng học tập suốt đời năm 2022
            Ward: Phường Hòa Bình
            Center: Trung tâm học tập cộng đồng
            SchoolYear: 2022-2023
            WeekStart: 2022-10-01
            WeekEnd: 2022-10-07
            CeremonyDate: 2022-10-06
            CeremonyTime: 07:30
            Theme: Đọc và học suốt đời
            Theme: Chuyển đổi số
            Target|Id: T1
            Label: Lượt người học
            Metric: learner_turns
            Goal: 4
            Unit: lượt
            Target|Id: T2
            Label: Tiền thưởng
            Metric: award_amount
            Goal: 1000000
            Target|Id: T3
            Label: Dòng họ hiếu học
            Metric: studious_clans
            Goal: 2
            Target|Id: T4
            Label: Quỹ
            Metric: donations
            Goal: 0
            Indicator|Id: I1
            Label: Dòng họ hiếu học
            Value: 2
            Of: 3
            Agenda|Seq: 1
            Time: 07:30
            Item: Văn nghệ chào mừng
            Agenda|Seq: 2
            Time: 07:50
            Item: Khai mạc
            """,
        "ceremony.rec": "AgendaLog|Seq: 1\nAt: 2022-10-06 07:31\nAgendaLog|Seq: 2\nAt: 2022-10-06 07:52",
        "classes.rec": """
            Class|Id: L1
            Name: Chuyển đổi số cho hội viên
            Topic: Chuyển đổi số
            Kind: thematic
            Start: 2022-10-06
            Sessions: 4
            Class|Id: L2
            Name: Tiếng Anh giao tiếp
            Topic: Ngoại ngữ
            Kind: club
            Start: 2023-09-10
            """,
        "learners.rec": """
            Learner|Id: HV1
            Name: Nguyễn Thị Hòa
            Gender: F
            BirthYear: 1990
            Phone: 0900000001
            Learner|Id: HV2
            Name: Trần Văn An
            Gender: M
            Learner|Id: HV3
            Name: Lê Minh Đức
            """,
        "attendance.rec": """
            Enrollment|Class: L1
            Learner: HV1
            Date: 2022-10-06
            Enrollment|Class: L1
            Learner: HV2
            Enrollment|Class: L2
            Learner: HV3
            Attendance|Class: L1
            Learner: HV1
            Date: 2022-10-13
            Attendance|Class: L1
            Learner: HV2
            Date: 2022-10-13
            Attendance|Class: L2
            Learner: HV3
            Date: 2023-09-17
            """,
        "branches.rec": """
            Branch|Id: KP01
            Name: Chi hội khu phố 1
            Kind: neighborhood
            Members: 40
            Branch|Id: TR01
            Name: Chi hội Trường Tiểu học Hòa Bình
            Kind: school
            Clan|Id: DH1
            Name: Họ Nguyễn
            Studious: yes
            Clan|Id: DH2
            Name: Họ Trần
            Studious: no
            Clan|Id: DH3
            Name: Họ Lê
            Studious: yes
            """,
        "awards.rec": """
            Award|Id: A1
            Date: 2022-08-31
            Recipient: Nguyễn Văn Bình
            Kind: student
            Category: Học sinh giỏi
            Branch: KP01
            Amount: 500000
            Award|Id: A2
            Date: 2022-09-01
            Recipient: Trần Thị Cúc
            Kind: student
            Category: Học sinh giỏi
            Branch: TR01
            Amount: 300000
            Award|Id: A3
            Date: 2023-08-31
            Recipient: Gia đình ông Lê Văn Dũng
            Kind: family
            Category: Gia đình hiếu học
            Branch: KP01
            """,
        "funds.rec": """
            Donation|Id: D1
            Date: 2022-09-15
            Donor: Công ty TNHH Ánh Dương
            Amount: 1000000
            Branch: KP01
            Donation|Id: D2
            Date: 2023-09-01
            Donor: Ông Phạm Văn Em
            Amount: 200000
            """,
    ]
}
