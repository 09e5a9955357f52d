/// Where the campaign stands on a given day: days to go, under way, or over.

import Store

enum CampaignPhase: Equatable {
    /// Before the week (or the ceremony, when it comes first): whole days left.
    case before(days: Int)
    /// During the week: the day of the week, 1-based, and the week's length in days.
    case during(day: Int, of: Int)
    /// After the week.
    case after

    init(_ campaign: Campaign, today: CalendarDate) {
        let start = [campaign.weekStart, campaign.ceremonyDate].compactMap { $0 }.min() ?? campaign.weekStart
        let end = max(campaign.weekEnd, campaign.ceremonyDate ?? campaign.weekEnd)
        if today < start {
            self = .before(days: start.daysSinceEpoch - today.daysSinceEpoch)
        } else if today > end {
            self = .after
        } else {
            self = .during(day: today.daysSinceEpoch - start.daysSinceEpoch + 1, of: end.daysSinceEpoch - start.daysSinceEpoch + 1)
        }
    }

    /// "còn 3 ngày", "đang diễn ra (ngày 2/7)", "đã kết thúc".
    func text(_ ctx: RenderContext) -> String {
        switch self {
        case .before(let days) where days == 1: ctx.text("còn 1 ngày", "1 day to go")
        case .before(let days): ctx.text("còn \(days) ngày", "\(days) days to go")
        case .during(let day, let of): ctx.text("đang diễn ra \(ctx.separator) ngày \(day)/\(of)", "under way \(ctx.separator) day \(day) of \(of)")
        case .after: ctx.text("đã kết thúc", "over")
        }
    }
}
