import VietText
import XCTest

final class AmountInWordsTests: XCTestCase {
    // MARK: - The table

    func testTable() {
        let table: [(Int64, String)] = [
            (0, "Không đồng"),
            (1, "Một đồng"),
            (4, "Bốn đồng"),
            (5, "Năm đồng"),
            (10, "Mười đồng"),
            (11, "Mười một đồng"),
            (14, "Mười bốn đồng"),
            (15, "Mười lăm đồng"),
            (20, "Hai mươi đồng"),
            (21, "Hai mươi mốt đồng"),
            (24, "Hai mươi bốn đồng"),
            (25, "Hai mươi lăm đồng"),
            (99, "Chín mươi chín đồng"),
            (100, "Một trăm đồng"),
            (101, "Một trăm linh một đồng"),
            (105, "Một trăm linh năm đồng"),
            (110, "Một trăm mười đồng"),
            (115, "Một trăm mười lăm đồng"),
            (121, "Một trăm hai mươi mốt đồng"),
            (1_000, "Một nghìn đồng"),
            (1_005, "Một nghìn không trăm linh năm đồng"),
            (1_010, "Một nghìn không trăm mười đồng"),
            (1_050, "Một nghìn không trăm năm mươi đồng"),
            (1_100, "Một nghìn một trăm đồng"),
            (15_000, "Mười lăm nghìn đồng"),
            (200_000, "Hai trăm nghìn đồng"),
            (500_000, "Năm trăm nghìn đồng"),
            (1_000_001, "Một triệu không trăm linh một đồng"),
            (1_000_000, "Một triệu đồng"),
            (1_200_000, "Một triệu hai trăm nghìn đồng"),
            (1_234_000, "Một triệu hai trăm ba mươi bốn nghìn đồng"),
            (21_500_000, "Hai mươi mốt triệu năm trăm nghìn đồng"),
            (1_000_000_000, "Một tỷ đồng"),
            (1_000_000_005, "Một tỷ không trăm linh năm đồng"),
            (1_234_567_890, "Một tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng"),
            (1_000_000_000_000, "Một nghìn tỷ đồng"),
            (1_005_000_000_000, "Một nghìn không trăm linh năm tỷ đồng"),
            (1_000_000_000_000_000_000, "Một tỷ tỷ đồng"),
            (-1_200_000, "Âm một triệu hai trăm nghìn đồng"),
        ]
        for (amount, words) in table {
            XCTAssertEqual(VietText.amountInWords(amount), words, "\(amount)")
        }
    }

    // MARK: - Properties over many sums

    func testMuoiAndMuoiNeverSwap() {
        // "mười" is only the tens digit 1; "mươi" only follows a digit of 2 or more.
        for n in Int64(1)...2_000 {
            let words = VietText.amountInWords(n).lowercased().split(separator: " ").map(String.init)
            for (i, word) in words.enumerated() {
                if word == "mươi" { XCTAssertTrue(i > 0 && !["mười", "trăm", "linh"].contains(words[i - 1]), "\(n)") }
                if word == "mốt" { XCTAssertEqual(words[i - 1], "mươi", "\(n)") }
                if word == "lăm" { XCTAssertTrue(["mười", "mươi"].contains(words[i - 1]), "\(n)") }
            }
        }
    }

    func testExtremesDoNotTrap() {
        // 9.223.372.036.854.775.807: the count of tỷ is itself read with its groups.
        XCTAssertEqual(VietText.amountInWords(.max),
                       "Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ "
                           + "tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng")
        XCTAssertTrue(VietText.amountInWords(.min).hasPrefix("Âm chín tỷ hai trăm"))
        XCTAssertTrue(VietText.amountInWords(.min).hasSuffix("tám trăm linh tám đồng"))
    }

    func testWordsAreNFC() {
        let words = VietText.amountInWords(1_234_567_890)
        XCTAssertEqual(words.unicodeScalars.count, words.precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }
}
