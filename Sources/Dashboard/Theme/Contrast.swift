/// Contrast between two colours by the WCAG 2 relative-luminance formula.

import Canvas
import Foundation

/// WCAG contrast ratios, from 1 (no contrast) to 21 (black on white).
public enum Contrast {
    /// The contrast ratio of `a` against `b`, or nil when either is the terminal's own
    /// `.default`, whose real colour is unknown. Indexed colours use the xterm palette.
    public static func ratio(_ a: Color, _ b: Color) -> Double? {
        guard let la = luminance(a), let lb = luminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The relative luminance of `color`, 0 for black to 1 for white; nil for `.default`.
    public static func luminance(_ color: Color) -> Double? {
        guard let (r, g, b) = XtermPalette.rgb(color) else { return nil }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// One sRGB channel, 0–255, as linear light.
    private static func linear(_ channel: UInt8) -> Double {
        let c = Double(channel) / 255
        return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
}
