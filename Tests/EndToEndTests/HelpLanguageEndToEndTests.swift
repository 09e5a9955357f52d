/// Every command's help is Vietnamese by default and English with `--lang en`; so are the parser's errors.

import Foundation
import XCTest

final class HelpLanguageEndToEndTests: XCTestCase {
    /// Words and headings that give away English in a help meant to be Vietnamese.
    private let englishTells = [" the ", " and ", " of ", " or ", " with ", " when ", " for ", " is ", "Show help",
                                "(default:", "OVERVIEW:", "USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "Exit status",
                                "See '", "Fields (", "Kinds of record", "such as", "left out"]

    func testEverySubcommandsHelpIsVietnameseByDefault() throws {
        let main = try ProgramRun.hoctap(["--help"])
        XCTAssertEqual(main.status, 0, main.output)
        let names = Self.subcommands(in: main.output)
        XCTAssertTrue(names.contains("add") && names.contains("render") && names.count >= 15, "\(names)")
        var runs = [["--help"]] + names.map { [$0, "--help"] }
        runs += [["add"], ["add", "award", "--help"], ["edit", "learner", "--help"], ["edit"]]
        for (arguments, output) in zip(runs, try Self.runTogether(runs)) {
            let command = "hoctap " + arguments.joined(separator: " ")
            XCTAssertFalse(output.isEmpty, command)
            for tell in englishTells where output.contains(tell) {
                XCTFail("\(command) says \"\(tell)\":\n\(output)")
            }
            XCTAssertEqual(output, output.precomposedStringWithCanonicalMapping, "\(command) is not NFC")
        }
    }

    func testTheHelpIsVietnameseAndEnglishWithLangEn() throws {
        let runs = [["--help"], ["add", "--help"], ["add", "learner", "--help"],
                    ["--help", "--lang", "en"], ["add", "--help", "--lang=en"], ["add", "learner", "--help", "--lang", "en"]]
        let out = try Self.runTogether(runs)
        XCTAssertTrue(out[0].contains("TỔNG QUAN: Bảng điều khiển của Trung tâm học tập cộng đồng"), out[0])
        XCTAssertTrue(out[0].contains("TUỲ CHỌN:") && out[0].contains("LỆNH CON:") && out[0].contains("Xem hướng dẫn này."), out[0])
        XCTAssertTrue(out[0].contains("(mặc định: vi)"), out[0])
        XCTAssertTrue(out[1].contains("Thêm một bản ghi vào kho") && out[1].contains("Mã trạng thái: 0 khi đã ghi"), out[1])
        XCTAssertTrue(out[2].contains("Các trường (* là bắt buộc):") && out[2].contains("--Name *"), out[2])
        XCTAssertTrue(out[2].contains("Họ và tên: một đoạn chữ"), out[2])
        XCTAssertTrue(out[3].contains("OVERVIEW: A terminal dashboard") && out[3].contains("Show help information."), out[3])
        XCTAssertTrue(out[4].contains("Add one record to the store") && out[4].contains("Exit status: 0"), out[4])
        XCTAssertTrue(out[5].contains("Fields (* required):") && out[5].contains("such as \"Nguyễn Văn An\""), out[5])
        XCTAssertFalse(out[5].contains("Họ và tên:"), out[5])
    }

    func testTheParsersErrorsReachTheClerkInVietnamese() throws {
        let unknown = try ProgramRun.hoctap(["check", "--bogus"])
        XCTAssertNotEqual(unknown.status, 0, unknown.output)
        XCTAssertTrue(unknown.output.hasPrefix("Lỗi: không có tuỳ chọn '--bogus'\nCách dùng: hoctap check"), unknown.output)
        XCTAssertTrue(unknown.output.contains("Xem 'hoctap check --help' để biết thêm."), unknown.output)
        let english = try ProgramRun.hoctap(["check", "--bogus", "--lang", "en"])
        XCTAssertTrue(english.output.hasPrefix("Error: Unknown option '--bogus'"), english.output)
        let missing = try ProgramRun.hoctap(["roster"])
        XCTAssertTrue(missing.output.hasPrefix("Lỗi: thiếu tham số bắt buộc '--class <class>'\nGợi ý: --class <class>  Mã lớp, ví dụ LH03."),
                      missing.output)
        let bad = try ProgramRun.hoctap(["render", "--size", "80x24", "--rotate", "soon"])
        XCTAssertTrue(bad.output.hasPrefix("Lỗi: giá trị 'soon' không hợp lệ cho '--rotate <rotate>'"), bad.output)
    }

    /// The names under the main help's "LỆNH CON:" heading.
    private static func subcommands(in help: String) -> [String] {
        let lines = help.components(separatedBy: "\n")
        guard let heading = lines.firstIndex(of: "LỆNH CON:") else { return [] }
        return lines[(heading + 1)...].compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }.filter { $0.first?.isLetter == true && $0 != "Xem" }
    }

    /// Starts every run at once and returns what each printed (output and errors together), in order;
    /// every run must finish within a minute.
    private static func runTogether(_ runs: [[String]]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hoctap-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var started: [(Process, URL, FileHandle)] = []
        for (i, arguments) in runs.enumerated() {
            let out = folder.appendingPathComponent("\(i).txt")
            guard FileManager.default.createFile(atPath: out.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let handle = try FileHandle(forWritingTo: out)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: TmuxSession.hoctapBinary)
            p.arguments = arguments
            p.currentDirectoryURL = folder
            p.standardOutput = handle
            p.standardError = handle
            try p.run()
            started.append((p, out, handle))
        }
        let deadline = Date().addingTimeInterval(60)
        var outputs: [String] = []
        for (p, out, handle) in started {
            while p.isRunning, Date() < deadline { usleep(10_000) }
            if p.isRunning { p.terminate(); XCTFail("hoctap \(p.arguments ?? []) did not finish in 60 s") }
            p.waitUntilExit()
            try handle.close()
            outputs.append(String(decoding: try Data(contentsOf: out), as: UTF8.self))
        }
        return outputs
    }
}
