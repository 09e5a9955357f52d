/// The encoding detector: sentences in each encoding, UTF-8 with high confidence, ASCII, garbage.

import XCTest
import VietText

final class LegacyDetectTests: XCTestCase {
    static let sentences = [
        "Trung tâm học tập cộng đồng phường Bến Nghé",
        "Hội Khuyến học trao học bổng cho học sinh nghèo vượt khó",
        "Danh sách học viên lớp tin học cơ bản năm 2022",
        "Nguyễn Thị Hường, Trần Văn Đức, Lê Minh Tuấn",
        "Quỹ khuyến học đã nhận được 1.500.000 đồng từ các nhà hảo tâm",
        "Lớp tiếng Anh giao tiếp buổi tối, thứ Ba và thứ Năm",
        "Chủ nhiệm câu lạc bộ: bà Phạm Thị Thu Hà",
        "Số học viên hoàn thành khóa học: 24 trên 35 người",
        "Ghi chú: đã đóng học phí đợt một",
        "Đồng",
        "Khuyến học",
        "Nguyễn Thị Hường",
    ]

    func testSentencesInEachEncoding() throws {
        for sentence in Self.sentences {
            for encoding in LegacyEncoding.allCases {
                let bytes = try XCTUnwrap(encoding.encode(sentence), "\(sentence) in \(encoding.displayName)")
                let guesses = LegacyEncoding.detect(bytes)
                XCTAssertEqual(guesses.first?.encoding, encoding, "\(sentence) in \(encoding.displayName): \(guesses)")
                XCTAssertEqual(LegacyEncoding.decodeGuessing(bytes).text, sentence)
            }
        }
    }

    func testUTF8IsDetectedWithHighConfidence() {
        for sentence in Self.sentences {
            for text in [sentence, sentence.decomposedStringWithCanonicalMapping] {
                let guess = LegacyEncoding.guess(Array(text.utf8))
                XCTAssertEqual(guess.encoding, .utf8)
                XCTAssertGreaterThanOrEqual(guess.confidence, 0.9, sentence)
            }
        }
        let document = Self.sentences.joined(separator: "\n")
        let guesses = LegacyEncoding.detect(Array(document.utf8))
        XCTAssertEqual(guesses[0].encoding, .utf8)
        XCTAssertGreaterThanOrEqual(guesses[0].confidence, 0.99)
        XCTAssertLessThan(guesses[1].confidence, 0.5, "\(guesses)")
    }

    func testAGoodGuessIsConfidentAndTheOthersAreNot() throws {
        let document = Self.sentences.joined(separator: "\n")
        for encoding in [LegacyEncoding.cp1258, .tcvn3, .vni] {
            let guesses = LegacyEncoding.detect(try XCTUnwrap(encoding.encode(document)))
            XCTAssertEqual(guesses[0].encoding, encoding)
            XCTAssertGreaterThanOrEqual(guesses[0].confidence, 0.9, "\(guesses)")
            XCTAssertLessThan(guesses[1].confidence, 0.5, "\(guesses)")
        }
    }

    func testASCIIReadsTheSameEverywhere() {
        for bytes in [Array("Lop Tin hoc 2022".utf8), [], [0x0A, 0x09, 0x7F]] {
            let guesses = LegacyEncoding.detect(bytes)
            XCTAssertEqual(guesses.map(\.encoding), [.utf8, .tcvn3, .vni, .cp1258])
            XCTAssertEqual(guesses.map(\.confidence), [1, 1, 1, 1])
        }
    }

    func testGeneratedSentences() throws {
        let syllables = ["học", "viên", "lớp", "đồng", "người", "trường", "khuyến", "nghìn", "được", "tiếng",
                         "Việt", "thư", "viện", "sách", "bà", "ông", "cháu", "giỏi", "quỹ", "phường", "xã",
                         "năm", "tháng", "ngày", "buổi", "sáng", "chiều", "lịch", "thi", "điểm", "tốt",
                         "nghiệp", "của", "và", "với", "cho", "những", "chúng", "tôi", "đi", "về"]
        var generator = SeededSequence(seed: 2022)
        for _ in 0..<60 {
            let count = 3 + Int(generator.next() % 10)
            let words = (0..<count).map { _ in syllables[Int(generator.next() % UInt64(syllables.count))] }
            let sentence = words.joined(separator: " ")
            for encoding in LegacyEncoding.allCases {
                let bytes = try XCTUnwrap(encoding.encode(sentence))
                XCTAssertEqual(LegacyEncoding.guess(bytes).encoding, encoding, "\(sentence) in \(encoding.displayName)")
            }
        }
    }

    func testGarbageNeitherCrashesNorLies() {
        var generator = SeededSequence(seed: 1258)
        for round in 0..<400 {
            let length = Int(generator.next() % 300)
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let guesses = LegacyEncoding.detect(bytes)
            XCTAssertEqual(Set(guesses.map(\.encoding)), Set(LegacyEncoding.allCases))
            for guess in guesses {
                XCTAssertTrue((0...1).contains(guess.confidence), "round \(round): \(guess)")
            }
            XCTAssertEqual(guesses.map(\.confidence), guesses.map(\.confidence).sorted(by: >))
            if length > 50 {
                XCTAssertLessThan(guesses[0].confidence, 0.9, "round \(round): \(guesses)")
            }
            for encoding in LegacyEncoding.allCases {
                let text = encoding.decode(bytes)
                XCTAssertEqual(text, text.precomposedStringWithCanonicalMapping)
            }
        }
    }

    func testLongInputIsJudgedOnItsStart() throws {
        let line = Self.sentences.filter { LegacyEncoding.tcvn3.encode($0) != nil }.joined(separator: "; ") + "\n"
        let text = String(repeating: line, count: 2 * LegacyEncoding.sampleSize / line.utf8.count)
        for encoding in LegacyEncoding.allCases {
            let bytes = try XCTUnwrap(encoding.encode(text))
            XCTAssertGreaterThan(bytes.count, LegacyEncoding.sampleSize)
            let guess = LegacyEncoding.guess(bytes)
            XCTAssertEqual(guess.encoding, encoding)
            XCTAssertGreaterThan(guess.confidence, 0.99)
            XCTAssertEqual(encoding.decode(bytes), text)
        }
    }

    func testEveryPairOfBytes() {
        for first in UInt8(0x80)...UInt8(0xFF) {
            for second in [UInt8(0x41), 0x61, 0x80, 0xB0, 0xCC, 0xE1, 0xEC, 0xF8, 0xFF] {
                for encoding in LegacyEncoding.allCases {
                    XCTAssertFalse(encoding.decode([first, second]).isEmpty)
                }
                _ = LegacyEncoding.detect([first, second])
            }
        }
    }
}
