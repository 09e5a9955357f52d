/// The ceremony under way: the first items of the agenda logged as they started on 06/10/2022.

import Recfile
import Store

enum CeremonyLog {
    /// Minutes each item started after its planned time, as ceremonies run a little late.
    private static let delays = [2, 1, 3, 3, 4, 2, 5, 4, 3, 1]

    /// The first `count` items of the agenda (at most all of them), each at its planned time plus a delay.
    static func records(count: Int) -> [[(String, String?)]] {
        let agenda = CampaignContent.agenda
        return (0..<min(count, agenda.count)).map { k in
            let fields = agenda[k]
            let seq = fields.first { $0.0 == "Seq" }?.1 ?? String(k + 1)
            let planned = fields.first { $0.0 == "Time" }?.1.flatMap { ClockTime(text: $0) }
            let minutes = (planned?.minutesSinceMidnight ?? 7 * 60 + 30) + delays[k % delays.count]
            let at = ClockTime(hour: minutes / 60 % 24, minute: minutes % 60) ?? ClockTime(hour: 7, minute: 30)!
            return [("Seq", seq), ("At", "2022-10-06 \(at)")]
        }
    }
}
