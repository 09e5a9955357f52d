/// Awards share their sponsor-and-paper box by the interners' numbers: the values each award reads back are its own.

import XCTest
@testable import Store
import StoreFixtures

final class AwardExtraSharingTests: XCTestCase {
    /// Two awards naming the same class and school, one naming them swapped, one adding a sponsor,
    /// and a voucher typed decomposed (which no interner number stands for): each reads back exactly
    /// what its record says, in NFC.
    func testEachAwardReadsBackItsOwnSponsorClassSchoolAndVoucher() throws {
        let decomposed = "Phie\u{0302}\u{0301}u chi 01"
        let snapshot = StoreFixture.snapshot(["awards.rec": [
            ("Amount: 500000\n", "Amount: 500000\nClass: Lớp 5A\nSchool: Trường Tiểu học\n"),
            ("Amount: 300000\n", "Amount: 300000\nClass: Trường Tiểu học\nSchool: Lớp 5A\nVoucher: \(decomposed)\n"),
            ("Category: Gia đình hiếu học\nBranch: KP01\n",
             "Category: Gia đình hiếu học\nBranch: KP01\nSponsor: Hội Khuyến học\nClass: Lớp 5A\nSchool: Trường Tiểu học\n\n"
                + "Id: A4\nDate: 2023-08-31\nRecipient: Lê Văn Em\nKind: student\nCategory: Học sinh giỏi\nBranch: KP01\n"
                + "Class: Lớp 5A\nSchool: Trường Tiểu học\nVoucher: \(decomposed)\n"),
        ]])
        XCTAssertEqual(snapshot.problems, [])
        let awards = Dictionary(uniqueKeysWithValues: snapshot.awards.map { ($0.id, $0) })
        XCTAssertEqual(awards.count, 4)
        let a1 = try XCTUnwrap(awards["A1"]), a2 = try XCTUnwrap(awards["A2"])
        let a3 = try XCTUnwrap(awards["A3"]), a4 = try XCTUnwrap(awards["A4"])
        XCTAssertEqual(a1.paper, AwardPaperFields(className: "Lớp 5A", school: "Trường Tiểu học"))
        XCTAssertNil(a1.sponsor)
        XCTAssertEqual(a2.paper, AwardPaperFields(className: "Trường Tiểu học", school: "Lớp 5A", voucher: "Phiếu chi 01"))
        XCTAssertEqual(a3.paper, AwardPaperFields(className: "Lớp 5A", school: "Trường Tiểu học"))
        XCTAssertEqual(a3.sponsor, "Hội Khuyến học")
        XCTAssertEqual(a4.paper, AwardPaperFields(className: "Lớp 5A", school: "Trường Tiểu học", voucher: "Phiếu chi 01"))
        XCTAssertNil(a4.sponsor)
        XCTAssertEqual(a4.paper.voucher?.unicodeScalars.count, "Phiếu chi 01".unicodeScalars.count, "the voucher is in NFC")
    }
}
