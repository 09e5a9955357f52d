/// The name of each pane as the tab strip and the pane's box show it.

import VietText
extension Pane {
    public func title(_ language: Language) -> String {
        switch self {
        case .overview: language.pick("Tổng quan", "Overview")
        case .classes: language.pick("Lớp học", "Classes")
        case .awards: language.pick("Khen thưởng", "Awards")
        case .indicators: language.pick("Chỉ số", "Indicators")
        }
    }
}
