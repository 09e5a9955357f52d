/// `hoctap sync` once, or every N seconds until Ctrl-C: one line a round, the program's exit status from the last.

import ArgumentParser
import Dispatch
import Foundation
import Store
import VietText

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Runs rounds of sync and says how each went.
struct SyncRepeat {
    let round: SyncRound
    /// Seconds between rounds; nil for one round.
    let every: Int?

    func run() throws {
        guard let every else {
            if try !report(round.run()) { throw ExitCode(1) }
            return
        }
        // The commit the store was last found clean at: a round that finds HEAD still there, with
        // nothing committed or pulled, does not check the store again.
        var lastClean: String?
        // Ctrl-C and SIGTERM are noted and end the loop between rounds; git, started meanwhile,
        // inherits their being ignored, so a round is never cut in the middle of a merge.
        let interrupted = DispatchSemaphore(value: 0)
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interrupted.signal() }
            source.resume()
            sources.append(source)
        }
        defer { sources.forEach { $0.cancel() } }
        Output.print("Đồng bộ \(round.git.folder.path) mỗi \(VietFormat.integer(every)) giây; Ctrl-C để dừng.")
        while true {
            let outcome = round.run(lastClean: lastClean)
            if case .done(_, _, _, let clean, _) = outcome { lastClean = clean }
            if try !report(outcome), case .stopped = outcome { throw ExitCode(1) }
            if interrupted.wait(timeout: .now() + .seconds(every)) == .success {
                Output.print("Đã dừng đồng bộ.")
                return
            }
        }
    }

    /// Prints the round's line (or its stop, on standard error); true when it finished.
    private func report(_ outcome: SyncRound.Outcome) throws -> Bool {
        let time = Self.clock()
        switch outcome {
        case .done(let committed, let received, let pushed, _, let check):
            var parts = [committed.map { "đã commit: \($0.text())" } ?? "máy này không có gì mới"]
            if let pushed {
                parts.append(received.map { "nhận từ máy khác: \($0.text())" } ?? "máy khác không có gì mới")
                if check == .unchanged { parts.append(Self.unchangedWords) }
                if pushed { parts.append("đã gửi lên") }
            } else {
                parts.append("kho git chưa có máy chủ (remote) nên chỉ commit; thêm bằng git remote add origin ĐỊA_CHỈ")
            }
            Output.print("\(time) \(round.tag): " + parts.joined(separator: " · "))
            // One line a round, seen at once even when the output goes to a file or a pipe.
            fflush(nil)
            return true
        case .stopped(let text):
            Output.error("\(time) hoctap sync: dừng lại. \(text)\n")
            return false
        case .retry(let text):
            Output.error("\(time) hoctap sync: \(text)\n")
            return false
        }
    }

    /// What a round says when it did not check the store again.
    static let unchangedWords = "dữ liệu như lần kiểm tra trước, không kiểm tra lại"

    /// The local time, `HH:MM:SS`.
    private static func clock(_ date: Date = Date()) -> String {
        let c = Calendar.current.dateComponents([.hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
    }
}
