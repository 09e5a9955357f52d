/// The options of presentation mode: `--present`, `--margin`, `--rotate`.

import ArgumentParser
import Dashboard

struct PresentOptions: ParsableArguments {
    @Flag(name: .long, help: "Start as a read-only viewer for the projector: no forms, rotating panes, private fields hidden.")
    var present = false

    @Option(name: .long, help: "Blank cells around the screen in presentation mode, for a projector's overscan.")
    var margin: Int = 1

    @Option(name: .long, help: "Seconds each pane stays in presentation mode before the next; 0 stops the rotation.")
    var rotate: Int = 15

    func validate() throws {
        guard (0...10).contains(margin) else { throw ValidationError("--margin takes 0 to 10, not \(margin)") }
        guard (0...3600).contains(rotate) else { throw ValidationError("--rotate takes 0 to 3600 seconds, not \(rotate)") }
    }

    /// The presentation settings these options ask for.
    var state: PresentationState {
        PresentationState(isOn: present, isViewer: present, rotateSeconds: rotate, margin: margin)
    }
}
