/// The reader's byte tests against plain definitions: field-name bytes, and UTF-8 well-formedness against the standard library's decoder.

@testable import Recfile
import XCTest

final class ReaderByteClassTests: XCTestCase {
    /// The masks say exactly `[a-zA-Z%]` and `[a-zA-Z0-9_]` for every byte.
    func testFieldNameBytesAreTheGrammarsForEveryByte() {
        for value in 0...255 {
            let b = UInt8(value)
            let letter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            XCTAssertEqual(RecScanner.isNameStart(b), letter || b == 0x25, "name start \(value)")
            XCTAssertEqual(RecScanner.isNameByte(b), letter || (b >= 0x30 && b <= 0x39) || b == 0x5F, "name byte \(value)")
        }
    }

    /// Vietnamese text, every two- and three-byte lead with each kind of second byte, and random
    /// bytes: `UTF8Check` finds a problem exactly when the standard library's decoder repairs one,
    /// and the well-formed prefix it reports decodes without repair.
    func testUTF8CheckAgreesWithTheStandardDecoder() {
        var samples: [[UInt8]] = [Array("Nguyễn Thị Ánh, Trường THCS Quảng Châu – Học bổng".utf8), []]
        for lead in 0xC0...0xF5 {
            for second in [0x41, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0] {
                samples.append([0x61, UInt8(lead), UInt8(second), 0x80, 0x80, 0x62])
                samples.append([UInt8(lead), UInt8(second)])
                samples.append([UInt8(lead), UInt8(second), 0x80])
            }
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x41, 0x20, 0x80, 0xBF, 0xC3, 0xA1, 0xE1, 0xBA, 0xBB, 0xED, 0xA0, 0xF0, 0x9F, 0xFF]
        for _ in 0..<3000 {
            let count = Int.random(in: 0...24, using: &generator)
            samples.append((0..<count).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for bytes in samples {
            let repaired = String(validating: bytes, as: UTF8.self) == nil
            let found = bytes.withUnsafeBufferPointer { UTF8Check.firstInvalid(in: $0) }
            XCTAssertEqual(found != nil, repaired, "\(bytes.map { String($0, radix: 16) })")
            if let found {
                XCTAssertNotNil(String(validating: bytes[..<found.index], as: UTF8.self), "prefix of \(bytes)")
                XCTAssertGreaterThanOrEqual(found.length, 1)
            }
        }
    }
}
