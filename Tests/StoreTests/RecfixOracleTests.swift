/// recutils as an oracle: the schema's headers make `recfix --check` enforce the rules, and what it cannot check we do.

import Foundation
import XCTest
@testable import Store
@testable import Recfile
import StoreFixtures

final class RecfixOracleTests: XCTestCase {
    func testAStoreWrittenFromTheSchemaPassesRecfix() throws {
        let recfix = try recfixPath()
        let folder = try StoreFixture.folder(self)
        for file in StoreSchema.files {
            let result = try run(recfix, folder + "/" + file)
            XCTAssertEqual(result.status, 0, "\(file): \(result.output)")
        }
        XCTAssertEqual(try StoreLoader.load(directory: folder).problems, [])
    }

    func testTheHeadersMakeRecfixRejectWhatWeReject() throws {
        let recfix = try recfixPath()
        let cases: [(file: String, old: String, new: String)] = [
            ("awards.rec", "Kind: family", "Kind: pupil"),
            ("awards.rec", "Amount: 300000", "Amount: 1,5 triệu"),
            ("awards.rec", "Amount: 300000", "Amount:"),
            ("awards.rec", "Date: 2022-09-01", "Date: 2022-02-30"),
            ("awards.rec", "Category: Gia đình hiếu học\n", ""),
            ("awards.rec", "Id: A2", "Id: A1"),
            ("ceremony.rec", "At: 2022-10-06 07:52", "At: 2022-10-06 25:52"),
            ("campaign.rec", "CeremonyTime: 07:30", "CeremonyTime: 7h30"),
            ("learners.rec", "Gender: M", "Gender: Nam"),
        ]
        for c in cases {
            let folder = try StoreFixture.folder(self, [c.file: [(c.old, c.new)]])
            let result = try run(recfix, folder + "/" + c.file)
            XCTAssertNotEqual(result.status, 0, "recfix let \"\(c.new)\" pass")
            let ours = try StoreLoader.load(directory: folder).errors
            XCTAssertEqual(ours.map(\.file), [c.file], "we catch \"\(c.new)\" too: \(ours)")
        }
    }

    func testADanglingReferencePassesRecfixButNotUs() throws {
        let recfix = try recfixPath()
        let folder = try StoreFixture.folder(self, ["awards.rec": [("Branch: TR01", "Branch: ZZ99")]])
        let result = try run(recfix, folder + "/awards.rec")
        XCTAssertEqual(result.status, 0, "recfix does not check foreign keys: \(result.output)")
        let errors = try StoreLoader.load(directory: folder).errors
        XCTAssertEqual(errors.map(\.kind), [.danglingReference])
        XCTAssertEqual(errors.first?.field, "Branch")
        XCTAssertEqual(errors.first?.line, StoreFixture.line(of: "Branch: TR01", in: "awards.rec"))
    }

    // MARK: - Running recfix

    /// The `recfix` on the PATH; the test is skipped, and says so, where recutils is not installed.
    private func recfixPath() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/recfix"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw XCTSkip("recfix (GNU recutils) is not installed; the oracle tests did not run")
    }

    private func run(_ tool: String, _ file: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--check", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
