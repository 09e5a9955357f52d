/// The register of papers in a store shared through git: only the copy its body's `Register` names numbers papers, and two papers sharing a number are an error of the check.

import Foundation
import StoreFixtures
import XCTest
@testable import Store

final class RegisterKeeperTests: XCTestCase {
    private let now = "2022-10-12 09:00"

    private func office(register: String?) -> String {
        """
        %rec: Body
        %key: Id

        Id: TT
        Name: TRUNG TÂM HỌC TẬP CỘNG ĐỒNG
        Kind: center
        Code: TTHTCĐ
        Place: Phường Hòa Bình
        """ + (register.map { "\nRegister: \($0)" } ?? "") + "\n"
    }

    private func issue(in folder: String) throws -> IssuedPaper {
        try PaperRegister.issue(in: folder, body: "TT", kind: "BC", title: "Báo cáo kết quả Tuần lễ",
                                date: try XCTUnwrap(CalendarDate(iso: "2022-10-12")), now: now)
    }

    private func tag(_ text: String, in folder: String) throws -> CopyTag {
        let tag = try XCTUnwrap(CopyTag(text))
        try write(tag.fileText(folder: folder), to: CopyTag.fileName, in: folder)
        return tag
    }

    // MARK: who keeps the register

    func testTheKeeperIsTheCopyTheBodyNames() throws {
        let bx = CopyTag("BX"), cy = CopyTag("CY")
        XCTAssertEqual(RegisterKeeper(register: nil, copy: nil), .here, "a store that is not shared numbers as before")
        XCTAssertEqual(RegisterKeeper(register: nil, copy: bx), .unchosen)
        XCTAssertEqual(RegisterKeeper(register: "BX", copy: bx), .here)
        XCTAssertEqual(RegisterKeeper(register: "bx", copy: bx), .here, "the tag is read as --copy reads it")
        XCTAssertEqual(RegisterKeeper(register: "BX", copy: cy), .elsewhere("BX"))
        XCTAssertEqual(RegisterKeeper(register: "BX", copy: nil), .elsewhere("BX"), "a clone not set up gives no number")
        XCTAssertNil(RegisterKeeper.here.reason(body: "TT", number: "……/BC", copy: bx))
        let reason = try XCTUnwrap(RegisterKeeper.elsewhere("BX").reason(body: "TRUNG TÂM", number: "……/BC-TTHTCĐ", copy: cy))
        XCTAssertTrue(reason.contains("do bản sao BX giữ") && reason.contains("bản sao này là CY")
                      && reason.contains("«Số: ……/BC-TTHTCĐ»"), reason)
        let unchosen = try XCTUnwrap(RegisterKeeper.unchosen.reason(body: "TRUNG TÂM", number: "……/BC", copy: cy))
        XCTAssertTrue(unchosen.contains("hoctap sync --setup --register"), unchosen)
    }

    // MARK: writing the register

    func testOnlyTheKeepingCopyWritesThePaper() throws {
        let folder = try StoreFixture.folder(self)
        try write(office(register: "BX"), to: "office.rec", in: folder)
        _ = try tag("CY", in: folder)
        XCTAssertThrowsError(try issue(in: folder)) { error in
            let said = "\(error)"
            XCTAssertTrue(said.contains("do bản sao BX giữ") && said.contains("bản sao này là CY"), said)
        }
        // The batch path (an import, the dashboard) refuses it too.
        let files = try StoreSchema.files.reduce(into: [String: [UInt8]]()) { files, name in
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path) { files[name] = Array(try Data(contentsOf: URL(fileURLWithPath: path))) }
        }
        let batch = RecordBatch([NewRecord(set: "Paper", fields: [.init("Body", "TT"), .init("Kind", "BC"), .init("Title", "Báo cáo")])],
                                files: files, now: now, copyTag: CopyTag("CY"))
        XCTAssertNotNil(batch.firstRefusal)
        XCTAssertEqual(try StoreLoader.load(directory: folder).papers, [], "nothing was written")

        _ = try tag("BX", in: folder)
        let kept = try issue(in: folder)
        XCTAssertEqual(kept.number, 1, "the keeper numbers")
        XCTAssertEqual(kept.id, "TT-2022-001-BX", "a shared copy's paper carries its tag in the id, so a twin is never merged away")
    }

    func testASharedCopyWithoutAKeeperGivesNoNumber() throws {
        let folder = try StoreFixture.folder(self)
        try write(office(register: nil), to: "office.rec", in: folder)
        XCTAssertEqual(try issue(in: folder).number, 1, "a store that is not shared numbers as before")
        _ = try tag("CY", in: folder)
        XCTAssertThrowsError(try issue(in: folder)) { error in
            XCTAssertTrue("\(error)".contains("chưa chọn máy giữ sổ"), "\(error)")
        }
    }

    // MARK: two papers with one number

    func testTwoPapersSharingABodyYearAndNumberAreNamedByTheCheck() throws {
        let folder = try StoreFixture.folder(self)
        try write(office(register: nil), to: "office.rec", in: folder)
        let first = try issue(in: folder)
        // What a merge brings when two copies numbered the same paper: another id, the same number.
        let papers = try String(contentsOf: URL(fileURLWithPath: folder + "/papers.rec"), encoding: .utf8)
        try write(papers + "\nId: TT-2022-001-CY\nBody: TT\nYear: 2022\nNumber: 1\nKind: BC\nDate: 2022-10-12\nTitle: Báo cáo\n",
                  to: "papers.rec", in: folder)
        let s = try StoreLoader.load(directory: folder)
        let problem = try XCTUnwrap(s.errors.first { $0.file == "papers.rec" }, "\(s.problems)")
        XCTAssertEqual(problem.kind, .duplicateRecord)
        XCTAssertEqual(problem.field, "Number")
        let said = CheckReport.entry(problem, .vi)
        XCTAssertTrue(said.contains("văn bản TT-2022-001-CY mang số 1 của TT năm 2022, trùng số với văn bản \(first.id) ở dòng "),
                      said)
        XCTAssertTrue(said.hasPrefix("papers.rec:\(problem.line): "), said)
        // Another year, or another body, may use the number again.
        try write(papers + "\nId: TT-2023-001\nBody: TT\nYear: 2023\nNumber: 1\nKind: BC\nDate: 2023-01-05\nTitle: Báo cáo\n",
                  to: "papers.rec", in: folder)
        XCTAssertEqual(try StoreLoader.load(directory: folder).errors, [])
    }
}
