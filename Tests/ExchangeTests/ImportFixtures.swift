/// What the import tests share: Python (openpyxl for workbooks, its cp1258 codec for Windows-1258 text), run once per test, and files written into a test's folder.

import Foundation
import XCTest

enum ImportFixtures {
    /// Runs a Python script with `arguments`; fails the test when Python fails.
    static func python(_ script: String, _ arguments: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + arguments
        let err = Pipe()
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 0, "python3 failed: \(message)", file: file, line: line)
    }

    /// Skips the test (visibly) where openpyxl is missing, unless HOCTAP_REQUIRE_OFFICE_READERS=1
    /// asks for it, as CI does; then the test fails.
    static func requireOpenpyxl(file: StaticString = #filePath, line: UInt = #line) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import openpyxl"]
        p.standardError = FileHandle.nullDevice
        let ran = (try? p.run()) != nil
        if ran { p.waitUntilExit() }
        guard !ran || p.terminationStatus != 0 else { return }
        if ProcessInfo.processInfo.environment["HOCTAP_REQUIRE_OFFICE_READERS"] == "1" {
            XCTFail("python3 with openpyxl is required (HOCTAP_REQUIRE_OFFICE_READERS=1) but is missing", file: file, line: line)
            throw XCTSkip("openpyxl missing")
        }
        throw XCTSkip("python3's openpyxl is not installed: the workbook import test was skipped; CI installs it with pip")
    }

    /// Python's own cp1258 codec (as Windows writes Vietnamese: a character the code page lacks is
    /// its letter without the tone, then the tone's combining byte), from UTF-8 `input` to `output`.
    static let cp1258Script = """
        import sys, unicodedata
        tones = '\\u0300\\u0301\\u0303\\u0309\\u0323'
        out = bytearray()
        for c in unicodedata.normalize('NFC', open(sys.argv[1], encoding='utf-8').read()):
            try:
                out += c.encode('cp1258')
            except UnicodeEncodeError:
                d = unicodedata.normalize('NFD', c)
                tone = [m for m in d if m in tones]
                base = unicodedata.normalize('NFC', ''.join(m for m in d if m not in tones))
                out += base.encode('cp1258') + ''.join(tone).encode('cp1258')
        open(sys.argv[2], 'wb').write(out)
        """

    static func write(_ bytes: [UInt8], _ name: String, in folder: String) throws -> String {
        let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }
}
