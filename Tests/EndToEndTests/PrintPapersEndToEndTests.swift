// p in the dashboard writes the papers of the pane on screen into ~/hoctap-giay-to and names them on the status line.

import Foundation
import XCTest

final class PrintPapersEndToEndTests: XCTestCase {
    func testPOnTheClassesPaneWritesTheClassListAndTheSigninSheet() throws {
        let store = try demoStoreCopy(prefix: "hoctap-print")
        let home = try makeTemporaryFolder(prefix: "hoctap-print-home")
        let env = "cd /tmp && env -u HOCTAP_STORE HOME='\(home)' TERM=tmux-256color"
        let tmux = try TmuxSession(command: "\(env) '\(TmuxSession.hoctapBinary)' --store '\(store.path)'; sleep 600",
                                   width: 200, height: 40)
        try tmux.send("2")
        try expect(tmux, "the classes pane") { $0.contains("LH01") || $0.contains("Tập huấn chuyển đổi số") }
        // The first class is selected; its session on screen is the last one it had (the demo ends in 2023).
        try tmux.send("p")
        try expect(tmux, "the files named on the status line", timeout: 60) { $0.contains("Đã in 4 tệp vào ~/hoctap-giay-to") }
        let folder = URL(fileURLWithPath: home).appendingPathComponent("hoctap-giay-to")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(files.count, 4, "\(files)")
        XCTAssertEqual(files.filter { $0.hasPrefix("danh-sach-lop-LH01.") }, ["danh-sach-lop-LH01.docx", "danh-sach-lop-LH01.xlsx"])
        XCTAssertEqual(files.filter { $0.hasPrefix("ky-ten-LH01-") }.count, 2, "\(files)")
        for file in files {
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(file)).prefix(2), Data("PK".utf8), file)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: store.path).filter { !$0.hasSuffix(".rec") && !$0.hasPrefix(".") }, [],
                       "nothing written into the store's folder")
    }

    func testPOnTheAwardsPaneWritesTheYearsListAndFundBook() throws {
        let store = try demoStoreCopy(prefix: "hoctap-print")
        let home = try makeTemporaryFolder(prefix: "hoctap-print-home")
        let env = "cd /tmp && env -u HOCTAP_STORE HOME='\(home)' TERM=tmux-256color"
        let tmux = try TmuxSession(command: "\(env) '\(TmuxSession.hoctapBinary)' --store '\(store.path)'; sleep 600",
                                   width: 200, height: 40)
        try tmux.send("3")
        try expect(tmux, "the awards pane") { $0.contains("Chi hội khu phố 1") }
        try tmux.send("p")
        // The year's 1.874 awards take some seconds: the status line says so, then names the files
        // (for the notice's whole lifetime, however long the printing took).
        try expect(tmux, "the printing announced") { $0.contains("Đang in giấy tờ vào ~/hoctap-giay-to") || $0.contains("Đã in 4 tệp") }
        try expect(tmux, "the files named on the status line", timeout: 120) { $0.contains("Đã in 4 tệp vào ~/hoctap-giay-to") }
        let folder = URL(fileURLWithPath: home).appendingPathComponent("hoctap-giay-to")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(),
                       ["danh-sach-khen-thuong-2022-2023.docx", "danh-sach-khen-thuong-2022-2023.xlsx",
                        "so-quy-2022-2023.docx", "so-quy-2022-2023.xlsx"])
    }
}
