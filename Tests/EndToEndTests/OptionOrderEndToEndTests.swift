/// `hoctap --store DIR add …` is refused, not run on the default store.

import Foundation
import XCTest

final class OptionOrderEndToEndTests: XCTestCase {
    func testAnOptionBeforeTheSubcommandIsRefusedAndNothingIsWritten() throws {
        let store = try demoStoreCopy(prefix: "hoctap-order")
        let home = store.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let awards = store.appendingPathComponent("awards.rec")
        let before = try Data(contentsOf: awards)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: TmuxSession.hoctapBinary)
        p.arguments = ["--store", store.path, "add", "award", "--Recipient", "X", "--Kind", "student",
                       "--Category", "C", "--Branch", "KP01", "--Date", "2022-10-06"]
        p.environment = ["HOME": home.path, "XDG_DATA_HOME": home.path, "PATH": "/usr/bin:/bin"]
        p.currentDirectoryURL = home
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 2)
        XCTAssertTrue(message.contains("hoctap add --store"), message)
        XCTAssertEqual(try Data(contentsOf: awards), before, "the store named is unchanged")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: home.path), [], "no default store was made or written")
    }
}
