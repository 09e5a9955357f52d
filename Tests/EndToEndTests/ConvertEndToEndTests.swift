/// `hoctap check` names a Windows-1258 file once, and `hoctap convert` gives the demo's file back in NFC.

import Foundation
import XCTest

final class ConvertEndToEndTests: XCTestCase {
    /// Runs `hoctap ARGS…`; its status and what it wrote on standard output and error.
    private func hoctap(_ arguments: [String]) throws -> (Int32, String) {
        let run = try ProgramRun.hoctap(arguments)
        return (run.status, run.output)
    }

    /// Python's cp1258 codec, as Windows writes Vietnamese: a character the code page has is one
    /// byte, any other is its letter without the tone (NFC) followed by the tone's combining byte.
    private func pythonCP1258(_ file: String) throws {
        let script = """
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
        open(sys.argv[1], 'wb').write(out)
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, file]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "python3 could not write \(file) in cp1258")
    }

    func testAWindows1258FileIsNamedOnceAndConvertedBack() throws {
        let store = try demoStoreCopy(prefix: "hoctap-convert")
        let learners = store.appendingPathComponent("learners.rec")
        // The demo writes some names decomposed, on purpose; a conversion gives NFC.
        let original = Data(try String(contentsOf: learners, encoding: .utf8).precomposedStringWithCanonicalMapping.utf8)
        try pythonCP1258(learners.path)
        let legacy = try Data(contentsOf: learners)
        XCTAssertNotEqual(legacy, original)

        var (status, text) = try hoctap(["check", "--store", store.path])
        XCTAssertEqual(status, 1)
        let named = text.split(separator: "\n").filter { $0.contains("learners.rec") }
        XCTAssertEqual(named.count, 1, text)
        XCTAssertTrue(named.first?.contains("Windows-1258") == true, text)
        XCTAssertTrue(named.first?.contains("hoctap convert learners.rec") == true, text)
        XCTAssertFalse(text.contains("not valid UTF-8"), text)

        (status, text) = try hoctap(["convert", "learners.rec", "--store", store.path, "--dry-run"])
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(text.contains("would convert from Windows-1258 to UTF-8"), text)
        XCTAssertEqual(try Data(contentsOf: learners), legacy, "a dry run wrote")

        (status, text) = try hoctap(["convert", learners.path])
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(text.contains("converted from Windows-1258 to UTF-8"), text)
        XCTAssertEqual(try Data(contentsOf: learners), original, "not the demo's file again, in NFC")

        (status, text) = try hoctap(["convert", learners.path, "--from", "tcvn3"])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(text.contains("valid UTF-8 already; nothing was written"), text)
        XCTAssertEqual(try Data(contentsOf: learners), original)

        (status, text) = try hoctap(["check", "--store", store.path])
        XCTAssertEqual(status, 0, text)
    }
}
