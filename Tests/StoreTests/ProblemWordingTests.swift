/// Every problem the store reports has Vietnamese words of its own, with its place, field names and bad value kept.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures
import VietText

final class ProblemWordingTests: XCTestCase {
    /// The fixture with `changes`, its problems.
    private func problems(_ changes: [String: [(String, String)]]) -> [StoreProblem] {
        StoreFixture.snapshot(changes).problems
    }

    /// One of each sentence the reader, the decoders and the loader make, from real inputs where
    /// a store file can give them, else from the function that words them.
    private func everyProblem() -> [StoreProblem] {
        var all: [StoreProblem] = []
        let awards = "awards.rec", campaign = "campaign.rec", learners = "learners.rec"
        // The reader.
        all += problems([awards: [("Id: A1\n", "Id: A1\n Indented: x\nBad-Name: y\ngarbage\n%note: x\n")]])
        all += StoreLoader.decode(files: [learners: Array("%rec: Learner\n\nId: HV9\nName: A".utf8) + [0xFF, 0x0A]]).problems
        all += StoreLoader.decode(files: [awards: Array("%rec: Award\n\n%rec: Award\n\n+ stray\n\n%rec:\n\nId: A9".utf8)]).problems
        all.append(LegacyFileCheck.problem(file: learners, encoding: .tcvn3, lines: 12))
        // The decoders.
        all += problems([awards: [("Recipient: Trần Thị Cúc\n", ""), ("Kind: family", "Kind: pupil"),
                                  ("Amount: 500000", "Amount: 1,5 triệu\nNote: x\nSponsor: A\nSponsor: B")]])
        all += problems([awards: [("Amount: 300000", "Amount: -5"), ("Date: 2022-09-01", "Date: 2022-13-45"),
                                  ("Branch: TR01", "Branch: XX"), ("Id: A3", "Id: A1"), ("Recipient: Gia đình", "Recipient: \u{1B}[2J Gia đình")]])
        all += problems([awards: [("Category: Học sinh giỏi\n", "Category: Học sinh giỏi\nId: A7\n"), ("Recipient: Trần Thị Cúc", "Recipient: ")]])
        all += problems([learners: [("Id: HV1\n", "Id: HV1\nBirthYear: 2999\nBirthDate: 2999-01-01\n")]])
        all += problems([campaign: [("CeremonyTime: 07:30", "CeremonyTime: 25:00"), ("WeekEnd: 2022-10-07", "WeekEnd: 2022-09-01"),
                                    ("Metric: learner_turns\n", "Metric: learner_turns\nKind: student\n"), ("Goal: 2\n", "Goal: \n")]])
        all += problems(["ceremony.rec": [("At: 2022-10-06 07:52", "At: 2022-10-06 7h52"), ("Seq: 2\n", "Seq: 99\n")]])
        all += StoreLoader.decode(files: ["titles.rec": Array("%rec: Title\n\nId: DH1\nSchoolYear: 2022\nKind: family\nRecognized: 9\nTotal: 5\n".utf8)]).problems
        all += StoreLoader.decode(files: ["fundbook.rec": Array("%rec: FundYear\n\nId: NQ1\nYear: năm 2022\nOpening: 0\n".utf8)]).problems
        all += StoreLoader.decode(files: [
            "office.rec": Array("%rec: Body\n\nId: TT\nName: TRUNG TÂM\nKind: center\n".utf8),
            "papers.rec": Array("%rec: Paper\n\nId: P1\nBody: TT\nYear: 2023\nNumber: 1\nKind: BC\nDate: 2022-12-30\nTitle: T\n".utf8),
        ]).problems
        // The titles' rules: criteria, subjects, assessments.
        var titles = StoreFixture.assessedFiles(assessments: """

            Subject: HV1
            Set: GD-T
            Year: 2022
            Scores: 8,8,8

            Subject: GD1
            Set: GD-T
            Year: 2022
            Scores: 8,11

            Subject: GD2
            Set: GDHT-448
            Year: 2022
            Scores: 10,10,10,10,5,-,-,-

            Subject: GD9
            Set: DV-T
            Year: 2022
            Scores: một

            """)
        var subjects = String(decoding: titles["subjects.rec"] ?? [], as: UTF8.self)
        if let cell = subjects.range(of: "Member: HV2\n\n") {
            subjects.replaceSubrange(cell, with: "Member: HV2\n\nId: CB2\nName: C\nMember: HV1\nMember: HV3\nMember: HV3\n\n")
        }
        titles["subjects.rec"] = Array(subjects.utf8)
        titles["criteria.rec"] = (titles["criteria.rec"] ?? []) + Array("\nSet: GD-T\nCode: 9\nText: T\n".utf8)
        all += StoreLoader.decode(files: titles).problems
        all += problems(["branches.rec": [("%rec: Clan", "%rec: Award\n\nId: X\n\n%rec: Nothing\n\nId: Y\n\n%rec: Clan")]])
        all += StoreLoader.decode(files: ["campaign.rec": Array("Id: C0\n\n%rec: Campaign\n".utf8)]).problems
        let twoCampaigns = StoreFixture.texts()[campaign].map { text in
            text.replacingOccurrences(of: "Id: C1\n", with: "Id: C1\nWard: W\nCenter: C\n\nId: C2\nTitle: T\nWard: W\nCenter: C\nSchoolYear: 2022-2023\nWeekStart: 2022-10-01\nWeekEnd: 2022-10-07\n\nId: C3\n", options: [], range: nil)
        } ?? ""
        all += StoreLoader.decode(files: [campaign: Array(twoCampaigns.utf8)]).problems
        // The rules between records.
        let attendance = "attendance.rec", classes = "classes.rec"
        all += problems([attendance: [("\nClass: L2\nLearner: HV3\n\n", "\nClass: L1\nLearner: HV1\n\nClass: L2\nLearner: HV3\n\n"),
                                      ("Learner: HV3\nDate: 2023-09-17", "Learner: HV2\nDate: 2023-09-17"),
                                      ("Date: 2022-10-06", "Date: 2026-12-03")]])
        all += problems([classes: [("Start: 2022-10-06\n", "Start: 2022-10-06\nSession: 2022-10-06\nSession: 2022-10-20\n"),
                                   ("Start: 2023-09-10\n", "Start: 2023-09-10\nEnd: 2023-09-12\nSession: 2023-09-05\nSession: 2023-09-30\n")]])
        all += problems([classes: [("Start: 2022-10-06\n", "Start: 2022-10-06\nSession: 2022-10-20\n"),
                                   ("Start: 2023-09-10\n", "SchoolYear: 2023-2024\nSession: 2024-09-30\n")]])
        all += problems([classes: [("Start: 2023-09-10\n", "Start: 2023-09-10\nEnd: 2023-09-01\n")]])
        all += problems([attendance: [("Date: 2023-09-17", "Date: 2024-09-17")]])
        all += problems([awards: [("Amount: 300000\n", "Amount: 300000\nSchoolYear: 2020-2021\n")], "funds.rec": [("Amount: 1000000", "Amount: 0")]])
        // The loader: files missing, gone, shrunk, links, not files; the folder gone.
        var files = StoreFixture.files()
        files["branches.rec"] = nil
        files["titles.rec"] = nil
        files["campaign.rec"] = nil
        all += StoreLoader.decode(files: files).problems
        all += MissingFiles.problems(["funds.rec"], manifest: StoreManifest(files: ["funds.rec"]), decoders: [:])
        var fewer = StoreFixture.snapshot()
        fewer.fileRecords["funds.rec"] = nil
        all += StoreShrinkCheck.checked(fewer, baseline: ["funds.rec": 2, "awards.rec": 9]).problems
        for reason in [FilePresence.danglingLink(target: "../old/awards.rec").problem, FilePresence.linkLoop.problem,
                       StoreError.notRegularFile(path: "/srv/store/awards.rec").description,
                       StoreError.unreadable(path: "/srv/store/awards.rec", reason: "Permission denied").description] {
            all.append(SnapshotBuilder.unreadableProblem(awards, reason: reason ?? ""))
        }
        all.append(LiveStore.problem(StoreError.folderNotFound(path: "/srv/store"), directory: "/srv/store"))
        all.append(LiveStore.problem(StoreError.notAFolder(path: "/srv/store"), directory: "/srv/store"))
        return all
    }

    func testEverySentenceOfEveryKindHasItsOwnVietnamese() {
        let all = everyProblem()
        XCTAssertEqual(Set(all.map(\.kind)), Set(ProblemKind.allCases), "a store input for every kind")
        XCTAssertTrue(all.contains { $0.message.hasPrefix("the record set ") }, "a set declared twice")
        XCTAssertTrue(all.contains { $0.kind == .invalidUTF8 && $0.line > 0 }, "a line that is not UTF-8")
        let english = [" the ", "expected", " got ", " is ", " of ", " record", " file", " line "]
        for p in all {
            let vi = ProblemWording.message(p, .vi)
            XCTAssertTrue(ProblemWording.isWorded(p), "no wording of its own: \(p.kind) \(p.message)")
            XCTAssertNotEqual(vi, p.message)
            for word in english { XCTAssertFalse(vi.contains(word), "\"\(word)\" in \(vi)\n(from \(p.message))") }
            if let found = p.found, !found.isEmpty { XCTAssertTrue(vi.contains("\"\(found)\""), "the bad value kept: \(vi)") }
            XCTAssertEqual(ProblemWording.message(p, .en), p.message, "English is the store's sentence")
            XCTAssertEqual(ProblemWording.text(p, .en), p.description)
        }
        let legacy = all.first { $0.kind == .invalidUTF8 && $0.line == 0 }
        XCTAssertEqual(legacy.map { ProblemWording.text($0, .vi) },
                       "learners.rec: tệp được lưu bằng bảng mã TCVN3 (ABC), không phải UTF-8: 12 dòng không đọc được và các "
                        + "bản ghi ở đó bị bỏ qua; chạy `hoctap convert learners.rec` để chuyển tệp sang UTF-8")
    }

    func testValuesAreSaidWithTheirRuleAndTheirPlaceKept() throws {
        let files = ["campaign.rec": Array("%rec: Campaign\n%key: Id\n\nId: C1\nTitle: T\nWard: W\nCenter: C\nSchoolYear: 2022-2023\nWeekStart: 2022-13-45\nWeekEnd: 2022-10-07\n".utf8)]
        let bad = try XCTUnwrap(StoreLoader.decode(files: files).problems.first { $0.kind == .badValue })
        XCTAssertEqual(ProblemWording.text(bad, .vi),
                       "campaign.rec:9: WeekStart: \"2022-13-45\" không hợp lệ, cần một ngày có thật dạng YYYY-MM-DD (vd. 2022-10-06)")
        XCTAssertEqual(ProblemWording.text(bad, .en), bad.description)
        let amount = try XCTUnwrap(problems(["awards.rec": [("Amount: 300000", "Amount: -5")]]).first)
        XCTAssertEqual(ProblemWording.message(amount, .vi), "\"-5\" không hợp lệ, cần số đồng nguyên, từ 0 trở lên")
        let year = try XCTUnwrap(problems(["learners.rec": [("Id: HV1\n", "Id: HV1\nBirthYear: 2999\n")]]).first)
        XCTAssertTrue(ProblemWording.message(year, .vi).hasPrefix("\"2999\" không hợp lệ, cần một năm từ 1900 đến "),
                      ProblemWording.message(year, .vi))
    }

    func testASentenceNotYetWordedGetsItsKindsWordsAndKeepsTheSentence() {
        let odd = StoreProblem(file: "x.rec", line: 3, severity: .error, message: "a new rule's sentence", kind: .inconsistent)
        XCTAssertFalse(ProblemWording.isWorded(odd))
        XCTAssertEqual(ProblemWording.text(odd, .vi), "x.rec:3: các giá trị mâu thuẫn với nhau (a new rule's sentence)")
    }

    func testCheckSpeaksVietnameseAndEnglishOnRequest() {
        let s = StoreFixture.snapshot(["awards.rec": [("Kind: family", "Kind: pupil"), ("Amount: 500000\n", "Amount: 500000\nNote: x\n")]])
        let note = StoreFixture.line(of: "Amount: 500000", in: "awards.rec") + 1
        let kind = StoreFixture.line(of: "Kind: family", in: "awards.rec") + 1
        XCTAssertEqual(CheckReport.text(s, .vi).components(separatedBy: "\n"), [
            "awards.rec:\(note): cảnh báo: Note: không phải trường của bản ghi Award (gặp 1 lần); được giữ trong tệp nhưng không được đọc",
            "awards.rec:\(kind): Kind: \"pupil\" không hợp lệ, cần một trong: student, family, clan, citizen, unit",
            "    Kind: pupil",
            "          ^~~~~",
            "15 tệp, 30 bản ghi hợp lệ: 1 lỗi, 1 cảnh báo",
            "",
        ])
        XCTAssertEqual(CheckReport.summary(StoreFixture.snapshot(), .vi), "15 tệp, 31 bản ghi hợp lệ: không có vấn đề nào")
    }
}
