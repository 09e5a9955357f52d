// The titles in the real program, in tmux on a copy of the demo: t shows them, đ scores a learner, the figure moves at every size, u takes it back.

import Foundation
import XCTest

final class TitlesAppEndToEndTests: XCTestCase {
    /// The citizens' row of the titles view: "Công dân học tập   160   336   806  19,9%".
    private func citizens(_ screen: [String]) -> String? { screen.first { $0.contains("Công dân học tập") && $0.contains("%") } }

    /// A learner of the demo with no assessment at all.
    private func unassessedLearner(_ store: URL) throws -> String {
        let assessments = try String(contentsOf: store.appendingPathComponent("assessments.rec"), encoding: .utf8)
        let scored = Set(assessments.split(separator: "\n").filter { $0.hasPrefix("Subject: ") }.map { $0.dropFirst("Subject: ".count) })
        let learners = try String(contentsOf: store.appendingPathComponent("learners.rec"), encoding: .utf8)
        let ids = learners.split(separator: "\n").filter { $0.hasPrefix("Id: HV") }.map { $0.dropFirst("Id: ".count) }
        return String(try XCTUnwrap(ids.first { !scored.contains($0) }))
    }

    func testALearnerScoredInTheFormMovesTheCitizensFigureAtEverySize() throws {
        let store = try demoStoreCopy(prefix: "hoctap-titles-app")
        let learner = try unassessedLearner(store)
        let tmux = try TmuxSession(command: "cd /tmp && env -u HOCTAP_STORE TERM=tmux-256color '\(TmuxSession.hoctapBinary)' --store '\(store.path)'; sleep 600",
                                   width: 80, height: 24)
        try tmux.send("3")
        try expect(tmux, "the awards pane") { $0.contains("Khen thưởng · năm học 2022-2023") }
        try tmux.send("t")
        try expect(tmux, "the titles view at 80×24, the demo's 160 of 336 citizens") { screen in
            screen.contains("Danh hiệu học tập · năm 2022") && screen.contains("3.887") && screen.contains("Đảng viên là công dân học tập")
                && self.citizens(screen.components(separatedBy: "\n"))?.contains("160          336      806") == true
        }
        try fill(tmux, "đ")
        try expect(tmux, "the assessment form") { $0.contains("Đánh giá danh hiệu học tập") && $0.contains("CDHT-324") }
        try fill(tmux, "[Tab]", learner, "[Tab]", "[Tab]", "[Tab]")
        for s in ["10", "9", "8", "8", "8", "8", "8", "8", "8"] { try fill(tmux, s, "[Tab]") }
        try fill(tmux, "4")
        try expect(tmux, "a 4 marked and the result refused") {
            $0.contains("dưới 5 điểm: chưa đạt") && $0.contains("Tổng 79/100 — cần ≥ 80") && $0.contains("Kết quả nếu ghi: Không đạt")
        }
        try fill(tmux, "[BSpace]", "5")
        try expect(tmux, "80 with none under 5") { $0.contains("Tổng 80/100") && $0.contains("Kết quả nếu ghi: Công nhận") }
        try fill(tmux, "[Enter]")
        try expect(tmux, "the form closed and the figure moved to 161 of 337") { screen in
            !screen.contains("Đánh giá danh hiệu học tập") && screen.contains("Đã ghi 1 bản ghi")
                && self.citizens(screen.components(separatedBy: "\n"))?.contains("161          337      806  20,0%") == true
        }
        let written = try String(contentsOf: store.appendingPathComponent("assessments.rec"), encoding: .utf8)
        XCTAssertTrue(written.contains("Subject: \(learner)\nSet: CDHT-324\nYear: 2022\nScores: 10,9,8,8,8,8,8,8,8,5\n"), written)
        for (w, h) in [(120, 40), (200, 60)] {
            try tmux.resize(width: w, height: h)
            try expect(tmux, "the titles at \(w)×\(h)") { screen in
                let rows = screen.components(separatedBy: "\n")
                return self.citizens(rows)?.contains("161") == true && screen.contains("Theo chi hội") && screen.contains("Khu phố 12")
            }
        }
        try fill(tmux, "u")
        try expect(tmux, "undo takes the assessment back") { screen in
            screen.contains("Đã hoàn tác") && self.citizens(screen.components(separatedBy: "\n"))?.contains("160") == true
        }
    }
}
