/// xterm's default 256-colour palette as RGB: 16 basic colours, a 6×6×6 cube and 24 greys.

/// The RGB values xterm gives its 256 indexed colours, for measuring and matching colours.
public enum XtermPalette {
    /// The 16 basic colours as xterm sets them by default.
    static let basic: [(UInt8, UInt8, UInt8)] = [
        (0x00, 0x00, 0x00), (0xCD, 0x00, 0x00), (0x00, 0xCD, 0x00), (0xCD, 0xCD, 0x00),
        (0x00, 0x00, 0xEE), (0xCD, 0x00, 0xCD), (0x00, 0xCD, 0xCD), (0xE5, 0xE5, 0xE5),
        (0x7F, 0x7F, 0x7F), (0xFF, 0x00, 0x00), (0x00, 0xFF, 0x00), (0xFF, 0xFF, 0x00),
        (0x5C, 0x5C, 0xFF), (0xFF, 0x00, 0xFF), (0x00, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
    ]

    /// The six levels of each channel in the colour cube, indexes 16–231.
    static let cubeLevels: [UInt8] = [0x00, 0x5F, 0x87, 0xAF, 0xD7, 0xFF]

    /// The RGB value of indexed colour `index`.
    public static func rgb(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            return basic[Int(index)]
        case 16..<232:
            let i = Int(index) - 16
            return (cubeLevels[i / 36], cubeLevels[i / 6 % 6], cubeLevels[i % 6])
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    /// The RGB value of `color`, or nil for the terminal's own `.default`.
    public static func rgb(_ color: Color) -> (UInt8, UInt8, UInt8)? {
        switch color {
        case .default: nil
        case .indexed(let i): rgb(i)
        case .rgb(let r, let g, let b): (r, g, b)
        }
    }

    /// All 256 entries in index order, computed once.
    public static let all: [(UInt8, UInt8, UInt8)] = (0...255).map { rgb(UInt8($0)) }
}
