/// JavaScript source written once with its TypeScript types in comments, rendered as either language.
///
/// The runtime parts of the generated modules are hand-written here once. Types are written in
/// three marked forms that render as TypeScript or disappear for JavaScript:
/// - `/*: T*/` after a binding or parameter list: TypeScript `: T`;
/// - `/*as T*/` after an expression: TypeScript ` as T`;
/// - `/*<T>*/` after a function name or constructor: TypeScript type parameters or arguments `<T>`;
/// - a line that starts with `//ts ` (after indentation): a TypeScript-only line, such as a type
///   declaration.
/// The markers contain no other `*/`, and nothing else in the sources looks like them.
struct TypeAnnotatedSource: Sendable {
    /// The marked source.
    let text: String

    /// The source as TypeScript (`typeScript`) or JavaScript.
    func rendered(typeScript: Bool) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("//ts ") {
                guard typeScript else { continue }
                lines.append(String(line.prefix(line.count - trimmed.count)) + String(trimmed.dropFirst(5)))
                continue
            }
            lines.append(Self.renderMarkers(in: String(line), typeScript: typeScript))
        }
        return lines.joined(separator: "\n")
    }

    private static func renderMarkers(in line: String, typeScript: Bool) -> String {
        guard line.contains("/*:") || line.contains("/*as ") || line.contains("/*<") else { return line }
        var output = ""
        var rest = Substring(line)
        while let open = rest.range(of: "/*") {
            output += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "*/") else {
                output += rest[open.lowerBound...]
                return output
            }
            let body = afterOpen[..<close.lowerBound]
            if body.hasPrefix(":") {
                if typeScript { output += ": " + body.dropFirst().trimmingSpaces }
            } else if body.hasPrefix("as ") {
                if typeScript { output += " as " + body.dropFirst(3).trimmingSpaces }
            } else if body.hasPrefix("<") {
                if typeScript { output += body }
            } else {
                output += rest[open.lowerBound..<close.upperBound]
            }
            rest = afterOpen[close.upperBound...]
        }
        return output + rest
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
