/// What an audit concludes about one session.
public enum SessionVerdict: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Read to its end, page rebuilt, every check run: no finding at warning or error severity.
    case clean
    /// At least one finding at warning or error severity.
    case leaks
    /// Not read to its end, or not rebuilt, or not checkable: a fault, a limit, or nothing to read.
    /// Findings made before the fault are kept, but the session is never called clean.
    case unverified

    /// Orders verdicts from best to worst: clean, leaks, unverified.
    public static func < (lhs: SessionVerdict, rhs: SessionVerdict) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
