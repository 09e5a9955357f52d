/// The built-in default theme: dark, in the eight basic colours, so it looks the same on 8 and 256.

import Canvas

extension Theme {
    /// The theme used when no theme file is found or the one asked for cannot be used.
    ///
    /// Only colours 0–7 are used, so a terminal with 8 colours shows exactly what one with
    /// 256 shows, and no colour is lost to a nearest match. State is told by attributes as
    /// well as colour: focus bold+reverse, selected reverse, good bold, warn underline, bad
    /// bold+underline. `themes/default.theme` holds the same styles.
    public static let builtinDefault = Theme(name: "default", source: .builtin, complete: [
        .background: Style(background: .black),
        .text: Style(foreground: .white),
        .muted: Style(foreground: .white, attributes: .dim),
        .title: Style(foreground: .white, attributes: .bold),
        .accent: Style(foreground: .cyan),
        .border: Style(foreground: .blue),
        .focus: Style(foreground: .cyan, attributes: [.bold, .reverse]),
        .selected: Style(foreground: .white, attributes: .reverse),
        .good: Style(foreground: .green, attributes: .bold),
        .warn: Style(foreground: .yellow, attributes: .underline),
        .bad: Style(foreground: .red, attributes: [.bold, .underline]),
        .bar: Style(foreground: .green),
        .barEmpty: Style(foreground: .green, attributes: .dim),
        .digits: Style(foreground: .cyan, attributes: .bold),
        .badge: Style(foreground: .yellow, attributes: [.bold, .reverse]),
    ])
}
