/// The recfile layer knows nothing of hoctap: its sources import only the system and the text kit.

import Foundation
import XCTest

final class RecfileBoundaryTests: XCTestCase {
    /// Every `import` in Sources/Recfile names Foundation, the C library, or VietText; a line
    /// importing Store (or any module above it) fails here.
    func testRecfileImportsNoHoctapModule() throws {
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Recfile")
        let allowed: Set<String> = ["Foundation", "Glibc", "Darwin", "VietText", "SystemPackage"]
        guard let files = FileManager.default.enumerator(atPath: sources.path) else {
            return XCTFail("no folder \(sources.path)")
        }
        var read = 0
        for case let name as String in files where name.hasSuffix(".swift") {
            read += 1
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                guard let at = words.firstIndex(of: "import"), at + 1 < words.count,
                      words[..<at].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                let module = words[at + 1].split(separator: ".").first.map(String.init) ?? ""
                XCTAssertTrue(allowed.contains(module), "\(name) imports \(module)")
            }
        }
        XCTAssertGreaterThan(read, 20, "the Recfile sources were not found")
    }
}
