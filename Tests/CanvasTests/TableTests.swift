// Tables: display-width columns with NFD and CJK cells, truncation, selection and scrolling.

import Foundation
import XCTest
@testable import Canvas

final class TableTests: XCTestCase {
    private let columns = [
        TableColumn(title: "Tên", width: .auto()),
        TableColumn(title: "Lớp", width: .auto(max: 6)),
        TableColumn(title: "Số", width: .fixed(3), alignment: .right),
    ]

    private var learners: [[String]] {
        [
            [nfd("Nguyễn Thị Thuỷ"), "Tin học", "12"],
            [nfc("Lê Văn Hoà"), "中文班", "7"],
            [nfd("Trần An"), "Múa", "105"],
        ]
    }

    // MARK: Columns by display width

    func testNFDAndCJKCellsLineUp() {
        var buffer = makeBuffer(26, 4)
        let table = Table(columns: columns, rows: learners, selected: 1,
                          headerStyle: Styles.a, rowStyle: .plain, selectedStyle: Styles.b)
        XCTAssertEqual(table.columnWidths(width: 26), [15, 6, 3])
        XCTAssertEqual(table.render(in: buffer.bounds, into: &buffer), 0)
        assertFrame(buffer, [
            "Tên             Lớp     Số",
            "Nguyễn Thị Thuỷ Tin h…  12",
            "Lê Văn Hoà      中文班   7",
            "Trần An         Múa    105",
        ])
        for y in 1...3 {
            XCTAssertFalse(buffer[16, y].isContinuation, "second column starts at 16 in row \(y)")
            XCTAssertEqual(buffer[15, y].character, " ", "gap at 15 in row \(y)")
        }
        XCTAssertEqual(styleLetters(buffer, ["h": Styles.a, "s": Styles.b]), [
            String(repeating: "h", count: 26),
            String(repeating: ".", count: 26),
            String(repeating: "s", count: 26),
            String(repeating: ".", count: 26),
        ])
    }

    func testFixedAndFillColumns() {
        let table = Table(columns: [
            TableColumn(title: "Mã", width: .fixed(4)),
            TableColumn(title: "Chủ đề", width: .fill),
            TableColumn(title: "Sĩ số", width: .fixed(5), alignment: .right),
        ], rows: [["L01", "Chuyển đổi số cho hội viên các đoàn thể", "40"]], showsHeader: true)
        XCTAssertEqual(table.columnWidths(width: 30), [4, 19, 5])
        var buffer = makeBuffer(30, 2)
        table.render(in: buffer.bounds, into: &buffer)
        assertFrame(buffer, [
            "Mã   Chủ đề              Sĩ số",
            "L01  Chuyển đổi số cho…     40",
        ])
    }

    func testAutoWidthRespectsMinimum() {
        let table = Table(columns: [TableColumn(title: "A", width: .auto(min: 5)), TableColumn(title: "B")],
                          rows: [["x", "yy"]])
        XCTAssertEqual(table.columnWidths(width: 20), [5, 2])
    }

    func testNarrowTableShrinksTheRightColumnsFirst() {
        var buffer = makeBuffer(12, 2)
        Table(columns: columns, rows: learners, showsHeader: false).render(in: buffer.bounds, into: &buffer)
        XCTAssertEqual(Table(columns: columns, rows: learners).columnWidths(width: 12), [12, 0, 0])
        assertFrame(buffer, ["Nguyễn Thị… ", "Lê Văn Hoà  "])
    }

    func testShortRowsAreBlankAndExtraCellsIgnored() {
        var buffer = makeBuffer(7, 3)
        let table = Table(columns: [TableColumn(title: "A"), TableColumn(title: "B", width: .fixed(3))],
                          rows: [["1"], ["2", "xyz", "ignored"]])
        table.render(in: buffer.bounds, into: &buffer)
        assertFrame(buffer, ["A B    ", "1      ", "2 xyz  "])
    }

    // MARK: Scrolling

    private func numbered(_ n: Int) -> [[String]] { (0..<n).map { ["Hàng \($0)"] } }

    func testFirstVisibleRowFollowsTheSelection() {
        var table = Table(columns: [TableColumn(title: "Hàng")], rows: numbered(10))
        table.selected = 5
        XCTAssertEqual(table.firstVisibleRow(visibleRows: 3), 3, "scrolled down just enough")
        table.offset = 3
        table.selected = 1
        XCTAssertEqual(table.firstVisibleRow(visibleRows: 3), 1, "scrolled up just enough")
        table.selected = 4
        XCTAssertEqual(table.firstVisibleRow(visibleRows: 3), 3, "already visible: stays")
        table.selected = 9
        XCTAssertEqual(table.firstVisibleRow(visibleRows: 3), 7)
        table.selected = 42
        XCTAssertEqual(table.firstVisibleRow(visibleRows: 3), 7, "selection past the end is clamped")
        table.selected = nil
        table.offset = 8
        XCTAssertEqual(table.firstVisibleRow(visibleRows: 3), 7, "no empty space below the last row")
        table.offset = -4
        XCTAssertEqual(table.firstVisibleRow(visibleRows: 3), 0)
        XCTAssertEqual(Table(columns: [], rows: [], selected: 3, offset: 5).firstVisibleRow(visibleRows: 3), 0)
    }

    func testScrolledFrameWithSelection() {
        var buffer = makeBuffer(8, 4)
        let table = Table(columns: [TableColumn(title: "Hàng")], rows: numbered(10), selected: 5,
                          selectedStyle: Styles.b)
        XCTAssertEqual(table.visibleRows(in: buffer.bounds), 3)
        XCTAssertEqual(table.render(in: buffer.bounds, into: &buffer), 3)
        assertFrame(buffer, ["Hàng    ", "Hàng 3  ", "Hàng 4  ", "Hàng 5  "])
        XCTAssertEqual(styleLetters(buffer, ["s": Styles.b])[3], "ssssssss")
    }

    func testRowsBelowTheDataAreCleared() {
        var buffer = makeBuffer(4, 4, fill: "x")
        Table(columns: [TableColumn(title: "N")], rows: [["1"]]).render(in: buffer.bounds, into: &buffer)
        assertFrame(buffer, ["N   ", "1   ", "    ", "    "])
    }

    // MARK: Clipping

    func testTableDrawsOnlyInsideItsRect() {
        var buffer = makeBuffer(10, 4, fill: ".")
        let table = Table(columns: [TableColumn(title: "Tên", width: .fill)], rows: learners)
        table.render(in: Rect(x: 2, y: 1, width: 6, height: 2), into: &buffer)
        assertFrame(buffer, ["..........", "..Tên   ..", "..Nguyễ…..", ".........."])
    }
}
