import Testing
@testable import LedeUI
