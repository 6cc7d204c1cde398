/// The registry of session checks: every check the auditor runs, in the order reports list them. A
/// test fails when a check in this directory is missing from it.
public enum SessionChecks {
    /// Every check type.
    static let all: [any SessionCheck.Type] = [
        PlainPIIFieldCheck.self,
        ObscuredTextCheck.self,
        DetectedPIICheck.self,
        UserIDIsPIICheck.self,
        IdentityPIICheck.self,
        CanaryCheck.self,
        PlainInputValueCheck.self,
    ]

    /// The descriptions of every check, for documentation and reports.
    public static var descriptions: [SessionCheckDescription] { all.map { $0.description } }

    /// A fresh instance of every check, for one session.
    static func makeAll() -> [any SessionCheck] {
        all.map { $0.init() }
    }

    /// For each message type id, the indices in `all` of the checks that inspect its messages.
    static let inspectingChecks: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (index, check) in all.enumerated() {
            for type in check.inspectedMessageTypes { table[Int(type.id)].append(index) }
        }
        return table
    }()
}
