import XCTest
final class CanvasTestsPlaceholder: XCTestCase { func testNothing() {} }
