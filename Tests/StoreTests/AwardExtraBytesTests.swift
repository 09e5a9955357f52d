// The boxes of an award's sponsor, class, school and voucher found again by the values' bytes: only the very same four values find a box.

import XCTest
@testable import Store

final class AwardExtraBytesTests: XCTestCase {
    private typealias Four = (String?, String?, String?, String?)

    /// Runs `body` with the four values as byte buffers, as the plain reader hands them over.
    private func withValues<T>(_ four: Four, _ body: (AwardExtraBytes.Values) -> T) -> T {
        func bytes(_ s: String?) -> [UInt8]? { s.map { Array($0.utf8) } }
        let a = bytes(four.0), b = bytes(four.1), c = bytes(four.2), d = bytes(four.3)
        func buffer(_ x: [UInt8]?, _ f: (UnsafeBufferPointer<UInt8>?) -> T) -> T {
            guard let x else { return f(nil) }
            return x.withUnsafeBufferPointer { f($0) }
        }
        return buffer(a) { a in buffer(b) { b in buffer(c) { c in buffer(d) { d in body((a, b, c, d)) } } } }
    }

    private func box(_ four: Four) -> AwardExtra.Box {
        AwardExtra.Box(AwardExtra(sponsor: four.0, paper: AwardPaperFields(className: four.1, school: four.2, voucher: four.3)))
    }

    func testOnlyTheSameFourValuesFindTheBox() {
        var table = AwardExtraBytes()
        let kept: [Four] = [
            ("Công đoàn phường", "Lớp 7A", "Trường THCS Quảng Châu", "PC001"),
            (nil, "Lớp 7A", "Trường THCS Quảng Châu", "PC001"),
            (nil, nil, nil, "PC001"),
            ("ab", "c", nil, nil),
        ]
        var boxes: [AwardExtra.Box] = []
        for four in kept {
            let b = box(four)
            boxes.append(b)
            withValues(four) { v in
                XCTAssertNil(table.box(v, hash: AwardExtraBytes.hash(v)), "\(four) before it is kept")
                table.keep(b, for: v, hash: AwardExtraBytes.hash(v))
            }
        }
        for (four, b) in zip(kept, boxes) {
            withValues(four) { v in XCTAssertTrue(table.box(v, hash: AwardExtraBytes.hash(v)) === b, "\(four)") }
        }
        let others: [Four] = [
            // The same length, first and last eight bytes: the same hash's chain, other bytes.
            ("Công đoàn phường", "Lớp 7A", "Trường THCX Quảng Châu", "PC001"),
            ("Công đoàn phường", "Lớp 7B", "Trường THCS Quảng Châu", "PC001"),
            // The same bytes in all, cut between the values elsewhere, or in another field.
            ("a", "bc", nil, nil),
            ("abc", nil, nil, nil),
            (nil, nil, "PC001", nil),
            ("PC001", nil, nil, nil),
            (nil, nil, nil, "PC002"),
            (nil, nil, nil, "PC0011"),
            // NFD of a kept value: other bytes, so the usual way (which makes it NFC) decides.
            ("Công đoa\u{300}n phường", "Lớp 7A", "Trường THCS Quảng Châu", "PC001"),
        ]
        for four in others {
            withValues(four) { v in XCTAssertNil(table.box(v, hash: AwardExtraBytes.hash(v)), "\(four)") }
        }
    }

    func testManyCombinationsAreFoundAfterTheTableGrows() {
        var table = AwardExtraBytes()
        var kept: [(Four, AwardExtra.Box)] = []
        for i in 0..<3_000 {
            let four: Four = (i % 3 == 0 ? nil : "Nhà tài trợ \(i % 17)", "Lớp \(i % 9)A", i % 5 == 0 ? nil : "Trường \(i % 7)", "PC\(i)")
            let b = box(four)
            withValues(four) { table.keep(b, for: $0, hash: AwardExtraBytes.hash($0)) }
            kept.append((four, b))
        }
        for (four, b) in kept {
            withValues(four) { v in XCTAssertTrue(table.box(v, hash: AwardExtraBytes.hash(v)) === b, "\(four)") }
        }
    }

    /// Under one hash (the table is handed it), the bytes alone tell combinations apart: the same
    /// bytes cut between the values elsewhere, a value missing rather than empty, a byte changed.
    func testOneHashTheBytesDecide() {
        var table = AwardExtraBytes()
        let kept: Four = ("ab", "c", nil, "Phiếu chi số 12/2024")
        let b = box(kept)
        withValues(kept) { table.keep(b, for: $0, hash: 7) }
        withValues(kept) { XCTAssertTrue(table.box($0, hash: 7) === b) }
        let others: [Four] = [("a", "bc", nil, "Phiếu chi số 12/2024"), ("ab", "c", "Phiếu chi số 12/2024", nil),
                              ("abc", nil, nil, "Phiếu chi số 12/2024"), ("ab", "c", nil, "Phiếu chi số 13/2024"),
                              ("ab", "c", nil, "Phiếu chi số 12/2025"), ("ab", "c", nil, "Phiếu chi số 12/2024 "),
                              (nil, "abc", nil, "Phiếu chi số 12/2024")]
        for four in others {
            withValues(four) { XCTAssertNil(table.box($0, hash: 7), "\(four)") }
        }
    }
}
