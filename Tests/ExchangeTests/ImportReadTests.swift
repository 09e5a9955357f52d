/// The readers under the import: delimited text on bytes, byte-order marks, cells read as dates, births, amounts and genders, headers in their spellings, encodings guessed per column.

import Foundation
import Store
import VietText
import XCTest
@testable import Exchange

final class ImportReadTests: XCTestCase {
    // MARK: delimited text

    func testSeparatorsAreFoundAndQuotesKept() {
        let comma = Array("STT,Họ và tên,Ghi chú\r\n1,\"Lê, Văn A\",\"nói \"\"chào\"\"\"\r\n2,B,\"dòng 1\ndòng 2\"\r\n".utf8)
        XCTAssertEqual(DelimitedText.guessSeparator(comma), UInt8(ascii: ","))
        let records = DelimitedText(separator: UInt8(ascii: ",")).records(comma)
        XCTAssertEqual(records.count, 3)
        XCTAssertEqual(String(decoding: records[1].cells[1], as: UTF8.self), "Lê, Văn A")
        XCTAssertEqual(String(decoding: records[1].cells[2], as: UTF8.self), "nói \"chào\"")
        XCTAssertEqual(String(decoding: records[2].cells[2], as: UTF8.self), "dòng 1\ndòng 2")
        XCTAssertEqual(records.map(\.line), [1, 2, 3])
        let semi = Array("Họ tên;Số tiền\nAn;1,5tr\nBình;200.000\n".utf8)
        XCTAssertEqual(DelimitedText.guessSeparator(semi), UInt8(ascii: ";"))
        let tab = Array("Họ tên\tSố tiền\nAn\t200000\n".utf8)
        XCTAssertEqual(DelimitedText.guessSeparator(tab), 0x09)
    }

    func testByteOrderMarksAndUTF16() {
        let text = "Họ và tên\nNguyễn Văn Ánh\n"
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 { be += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        XCTAssertEqual(TextFileBytes(le).form, .utf16LE)
        XCTAssertEqual(TextFileBytes(le).bytes, Array(text.utf8))
        XCTAssertEqual(TextFileBytes(be).form, .utf16BE)
        XCTAssertEqual(TextFileBytes(be).bytes, Array(text.utf8))
        XCTAssertEqual(TextFileBytes([0xEF, 0xBB, 0xBF] + Array(text.utf8)).bytes, Array(text.utf8))
        XCTAssertEqual(TextFileBytes(LegacyEncoding.cp1258.encode(text) ?? []).form, .legacy)
    }

    // MARK: cells

    func testDatesInTheirUsualForms() {
        let expected = CalendarDate(year: 2022, month: 10, day: 6)
        for text in ["06/10/2022", "6/10/22", "2022-10-06", "6-10-2022", "06.10.2022"] {
            XCTAssertEqual(CellValues.date(.text(text), pivot: 25), expected, text)
        }
        // 44840 is 6 October 2022 in Excel's count of days.
        XCTAssertEqual(CellValues.date(.number(44840, isDate: true), pivot: 25), expected)
        XCTAssertNil(CellValues.date(.text("31/02/2022"), pivot: 25))
        XCTAssertNil(CellValues.date(.text("hôm qua"), pivot: 25))
        XCTAssertEqual(CellValues.date(.text("6/10/85"), pivot: 25)?.year, 1985)
    }

    func testBirthYearAloneOrADate() {
        XCTAssertEqual(CellValues.birth(.number(1985, isDate: false), pivot: 25)?.year, 1985)
        XCTAssertNil(CellValues.birth(.number(1985, isDate: false), pivot: 25)?.date)
        XCTAssertEqual(CellValues.birth(.text("1990"), pivot: 25)?.year, 1990)
        XCTAssertEqual(CellValues.birth(.text("03/05/2012"), pivot: 25)?.date, CalendarDate(year: 2012, month: 5, day: 3))
        XCTAssertNil(CellValues.birth(.text("năm ngoái"), pivot: 25))
    }

    func testAmountsGendersAndMarks() {
        XCTAssertEqual(CellValues.amount(.text("200000")), 200_000)
        XCTAssertEqual(CellValues.amount(.text("200.000")), 200_000)
        XCTAssertEqual(CellValues.amount(.text("200k")), 200_000)
        XCTAssertEqual(CellValues.amount(.text("1,5tr")), 1_500_000)
        XCTAssertEqual(CellValues.amount(.number(300000, isDate: false)), 300_000)
        XCTAssertNil(CellValues.amount(.text("abc")))
        XCTAssertNil(CellValues.amount(.number(-5, isDate: false)))
        XCTAssertEqual(CellValues.gender("Nam"), .male)
        XCTAssertEqual(CellValues.gender("NỮ"), .female)
        XCTAssertEqual(CellValues.gender("nu"), .female)
        XCTAssertNil(CellValues.gender("x"))
        XCTAssertTrue(CellValues.isMarked(.text("x")))
        XCTAssertFalse(CellValues.isMarked(.text("")))
        XCTAssertFalse(CellValues.isMarked(.empty))
    }

    // MARK: headers

    func testHeaderSpellings() {
        let expected: [String: ImportField] = [
            "STT": .sequence, "Họ và tên": .name, "Họ tên": .name, "Họ, tên": .name, "HỌ VÀ TÊN HỌC SINH": .name,
            "Ngày sinh": .birth, "Năm sinh": .birth, "Giới tính": .gender, "Nam/Nữ": .gender, "Nam": .male, "Nữ": .female,
            "Lớp": .className, "Trường": .school, "Địa chỉ": .neighborhood, "Khu phố": .neighborhood,
            "Tổ dân phố": .neighborhood, "Số điện thoại": .phone, "SĐT": .phone, "Thành tích": .achievement,
            "Danh hiệu": .achievement, "Số tiền": .amount, "Mức thưởng": .amount, "Số tiền (đồng)": .amount,
            "  so   dien thoai ": .phone, "Chi hội": .branch, "Năm học": .schoolYear,
        ]
        for (header, field) in expected {
            XCTAssertEqual(ImportField.matching(header), field, header)
        }
        XCTAssertNil(ImportField.matching("Ký nhận"))
        XCTAssertNil(ImportField.matching("Năm"), "\"Năm\" (year) is not the male column")
    }

    func testTitleRowsAboveTheHeaderAndMergedSubHeaders() throws {
        // A title over the whole width, a blank row, then "Năm sinh" merged over "Nam" and "Nữ".
        let table = ImportTable(rows: [
            [.text("DANH SÁCH HỌC VIÊN LỚP TIN HỌC")],
            [],
            [.text("STT"), .text("Họ và tên"), .text("Năm sinh"), .empty, .text("Khu phố"), .text("Ghi chú")],
            [.empty, .empty, .text("Nam"), .text("Nữ")],
            [.number(1, isDate: false), .text("Lê Văn Tám"), .number(1980, isDate: false), .empty, .text("KP 1")],
            [.number(2, isDate: false), .text("Trần Thị Mai"), .empty, .number(1975, isDate: false), .text("KP 2")],
        ], rowNumbers: [1, 2, 4, 5, 6, 7], source: "test")
        // Merges in the table's rows: "Năm sinh" over two columns, "STT" and "Họ và tên" over two rows.
        var shifted = table
        shifted.merges = [CellRange(firstRow: 2, firstColumn: 2, lastRow: 2, lastColumn: 3),
                          CellRange(firstRow: 2, firstColumn: 0, lastRow: 3, lastColumn: 0),
                          CellRange(firstRow: 2, firstColumn: 1, lastRow: 3, lastColumn: 1)]
        let map = try ColumnMap.find(in: shifted, kind: .learners, mapping: [], path: "test.xlsx")
        XCTAssertEqual(map.headerRows, 2...3)
        XCTAssertEqual(map.column(.name)?.index, 1)
        XCTAssertEqual(map.column(.birthMale)?.index, 2)
        XCTAssertEqual(map.column(.birthFemale)?.index, 3)
        XCTAssertEqual(map.column(.neighborhood)?.index, 4)
        XCTAssertEqual(map.unknown.map(\.header), ["Ghi chú"])
        let reader = RowReader(map: map, options: ImportOptions(kind: .learners, now: "2025-01-01 08:00"), branches: [], classes: [])
        let rows = reader.read(shifted).rows
        XCTAssertEqual(rows.map { $0.value("Gender") }, ["M", "F"])
        XCTAssertEqual(rows.map { $0.value("BirthYear") }, ["1980", "1975"])
        XCTAssertEqual(rows.map(\.number), [6, 7])
        // --map names a column the matcher does not know, and leaves one out.
        let mapped = try ColumnMap.find(in: shifted, kind: .learners, mapping: [("Ghi chú", "Organization"), ("Khu phố", "-")],
                                        path: "test.xlsx")
        XCTAssertEqual(mapped.column(.organization)?.index, 5)
        XCTAssertNil(mapped.column(.neighborhood))
        XCTAssertThrowsError(try ColumnMap.find(in: shifted, kind: .learners, mapping: [("Không có", "Name")], path: "t"))
    }

    // MARK: encodings by column

    func testLegacyBytesAreGuessedPerColumn() throws {
        let names = ["Nguyễn Văn Thắng", "Trần Thị Hương", "Lê Hoàng Phúc", "Phạm Thị Ngọc Anh"]
        let places = ["Khu phố Bắc Sơn", "Tổ dân phố Trung Sơn", "Khu phố Quảng Tiến", "Tổ dân phố Trường Sơn"]
        // A text file in TCVN3 with a column that another program wrote in VNI.
        let rows: [[ImportCell]] = zip(names, places).map { name, place in
            [.bytes(LegacyEncoding.tcvn3.encode(name)!), .bytes(LegacyEncoding.vni.encode(place)!)]
        }
        let (decoded, found) = ColumnEncoding.decode(ImportTable(rows: rows, source: "t"))
        XCTAssertEqual(found[0], .tcvn3)
        XCTAssertEqual(found[1], .vni)
        XCTAssertEqual(decoded.rows.map { CellValues.text($0[0]) }, names)
        XCTAssertEqual(decoded.rows.map { CellValues.text($0[1]) }, places)
    }

    func testOldFontTextInAWorkbookIsTurnedIntoUnicode() throws {
        let names = ["Nguyễn Văn Thắng", "Trần Thị Hương", "Lê Hoàng Phúc", "Đỗ Minh Tuấn"]
        // TCVN3 typed in .VnTime: the cell holds the font's bytes as Windows-1252 letters.
        func font(_ text: String) -> String {
            String(data: Data(LegacyEncoding.tcvn3.encode(text)!), encoding: .windowsCP1252)!
        }
        let rows: [[ImportCell]] = names.map { [.text(font($0)), .text($0)] }
        let (decoded, found) = ColumnEncoding.decode(ImportTable(rows: rows, source: "t"))
        XCTAssertEqual(found[0], .tcvn3)
        XCTAssertNil(found[1], "a column of Unicode names is left as it is")
        XCTAssertEqual(decoded.rows.map { CellValues.text($0[0]) }, names)
        XCTAssertEqual(decoded.rows.map { CellValues.text($0[1]) }, names)
        // "Lê Hà" is Latin-1 alone, and stays itself.
        let plain = ImportTable(rows: [[.text("Lê Hà")], [.text("Võ Thị Lý")]], source: "t")
        XCTAssertEqual(ColumnEncoding.decode(plain).0.rows.map { CellValues.text($0[0]) }, ["Lê Hà", "Võ Thị Lý"])
        // --encoding overrules the guess.
        let forced = ColumnEncoding.decode(ImportTable(rows: rows, source: "t"), forced: .utf8)
        XCTAssertEqual(CellValues.text(forced.0.rows[0][0]), font(names[0]))
    }
}

/// The hand-made Windows-1252 writer agrees with Foundation's on every character it may meet.
final class Windows1252Tests: XCTestCase {
    func testEveryCharacterAsFoundationWritesIt() {
        var scalars: [Unicode.Scalar] = (0...0x2FF).compactMap(Unicode.Scalar.init)
        scalars += [0x20AC, 0x201A, 0x2026, 0x2122, 0x1EA1, 0x1EC7, 0x0111, 0x01B0, 0x0301, 0x4E2D, 0x1F4A1].compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let text = "a" + String(Character(scalar)) + "b"
            XCTAssertEqual(ColumnEncoding.windows1252(text), text.data(using: .windowsCP1252).map { Array($0) },
                           String(format: "U+%04X", scalar.value))
        }
        XCTAssertEqual(ColumnEncoding.windows1252("Hä vµ tªn"), Array("Hä vµ tªn".data(using: .windowsCP1252)!))
        XCTAssertNil(ColumnEncoding.windows1252("Nguyễn"))
    }
}
