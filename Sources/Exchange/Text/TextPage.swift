/// The page of a text paper: how many columns and lines it has, upright or on its side.

/// A page of monospaced text: 80 columns by 64 lines upright, 100 by 44 on its side (A4 at about
/// 12 characters an inch, 6 lines an inch, inside the decree's margins).
struct TextPage {
    let columns: Int
    let lines: Int

    init(_ orientation: Paper.Orientation) {
        switch orientation {
        case .portrait: (columns, lines) = (80, 64)
        case .landscape: (columns, lines) = (100, 44)
        }
    }
}
