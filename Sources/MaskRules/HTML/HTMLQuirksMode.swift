/// The rendering mode a browser puts a document into, decided by its doctype.
///
/// Selector matching depends on it: in quirks mode `#id` and `.class` selectors match ASCII
/// case-insensitively. The decision follows the HTML standard's "initial" insertion mode, which
/// Chromium implements: no doctype means quirks, `<!DOCTYPE html>` means no-quirks, and a list of
/// legacy public and system identifiers selects quirks or limited-quirks mode.
public enum HTMLQuirksMode: String, Hashable, Sendable {
    /// Standards mode.
    case noQuirks = "no-quirks"
    /// "Almost standards" mode (XHTML 1.0 Transitional and Frameset, HTML 4.01 Transitional and
    /// Frameset with a system identifier). Selector matching is as in no-quirks mode.
    case limitedQuirks = "limited-quirks"
    /// Quirks mode.
    case quirks

    /// The mode a browser chooses for a document that starts with `doctype`, or with no doctype
    /// when `doctype` is `nil`.
    public init(doctype: HTMLDoctype?) {
        guard let doctype else {
            self = .quirks
            return
        }
        let publicID = doctype.publicIdentifier.map(ASCIIBytes.lowercased)
        let systemID = doctype.systemIdentifier.map(ASCIIBytes.lowercased)
        if doctype.isMalformed || doctype.name.map(ASCIIBytes.lowercased) != "html" {
            self = .quirks
        } else if let publicID, Self.quirksPublicIdentifiers.contains(publicID) {
            self = .quirks
        } else if systemID == "http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd" {
            self = .quirks
        } else if let publicID, Self.quirksPublicIdentifierPrefixes.contains(where: { publicID.hasPrefix($0) }) {
            self = .quirks
        } else if let publicID, systemID == nil,
            Self.transitionalHTML401Prefixes.contains(where: { publicID.hasPrefix($0) })
        {
            self = .quirks
        } else if let publicID, Self.limitedQuirksPublicIdentifierPrefixes.contains(where: { publicID.hasPrefix($0) }) {
            self = .limitedQuirks
        } else if let publicID, systemID != nil,
            Self.transitionalHTML401Prefixes.contains(where: { publicID.hasPrefix($0) })
        {
            self = .limitedQuirks
        } else {
            self = .noQuirks
        }
    }

    /// Public identifiers that select quirks mode when they match exactly (compared in lower case).
    private static let quirksPublicIdentifiers: Set<String> = [
        "-//w3o//dtd w3 html strict 3.0//en//",
        "-/w3c/dtd html 4.0 transitional/en",
        "html",
    ]

    /// Public identifier prefixes that select quirks mode (lower case).
    private static let quirksPublicIdentifierPrefixes: [String] = [
        "+//silmaril//dtd html pro v0r11 19970101//",
        "-//as//dtd html 3.0 aswedit + extensions//",
        "-//advasoft ltd//dtd html 3.0 aswedit + extensions//",
        "-//ietf//dtd html 2.0 level 1//",
        "-//ietf//dtd html 2.0 level 2//",
        "-//ietf//dtd html 2.0 strict level 1//",
        "-//ietf//dtd html 2.0 strict level 2//",
        "-//ietf//dtd html 2.0 strict//",
        "-//ietf//dtd html 2.0//",
        "-//ietf//dtd html 2.1e//",
        "-//ietf//dtd html 3.0//",
        "-//ietf//dtd html 3.2 final//",
        "-//ietf//dtd html 3.2//",
        "-//ietf//dtd html 3//",
        "-//ietf//dtd html level 0//",
        "-//ietf//dtd html level 1//",
        "-//ietf//dtd html level 2//",
        "-//ietf//dtd html level 3//",
        "-//ietf//dtd html strict level 0//",
        "-//ietf//dtd html strict level 1//",
        "-//ietf//dtd html strict level 2//",
        "-//ietf//dtd html strict level 3//",
        "-//ietf//dtd html strict//",
        "-//ietf//dtd html//",
        "-//metrius//dtd metrius presentational//",
        "-//microsoft//dtd internet explorer 2.0 html strict//",
        "-//microsoft//dtd internet explorer 2.0 html//",
        "-//microsoft//dtd internet explorer 2.0 tables//",
        "-//microsoft//dtd internet explorer 3.0 html strict//",
        "-//microsoft//dtd internet explorer 3.0 html//",
        "-//microsoft//dtd internet explorer 3.0 tables//",
        "-//netscape comm. corp.//dtd html//",
        "-//netscape comm. corp.//dtd strict html//",
        "-//o'reilly and associates//dtd html 2.0//",
        "-//o'reilly and associates//dtd html extended 1.0//",
        "-//o'reilly and associates//dtd html extended relaxed 1.0//",
        "-//sq//dtd html 2.0 hotmetal + extensions//",
        "-//softquad software//dtd hotmetal pro 6.0::19990601::extensions to html 4.0//",
        "-//softquad//dtd hotmetal pro 4.0::19971010::extensions to html 4.0//",
        "-//spyglass//dtd html 2.0 extended//",
        "-//sun microsystems corp.//dtd hotjava html//",
        "-//sun microsystems corp.//dtd hotjava strict html//",
        "-//w3c//dtd html 3 1995-03-24//",
        "-//w3c//dtd html 3.2 draft//",
        "-//w3c//dtd html 3.2 final//",
        "-//w3c//dtd html 3.2//",
        "-//w3c//dtd html 3.2s draft//",
        "-//w3c//dtd html 4.0 frameset//",
        "-//w3c//dtd html 4.0 transitional//",
        "-//w3c//dtd html experimental 19960712//",
        "-//w3c//dtd html experimental 970421//",
        "-//w3c//dtd w3 html//",
        "-//w3o//dtd w3 html 3.0//",
        "-//webtechs//dtd mozilla html 2.0//",
        "-//webtechs//dtd mozilla html//",
    ]

    /// HTML 4.01 Transitional and Frameset: quirks without a system identifier, limited quirks with one.
    private static let transitionalHTML401Prefixes: [String] = [
        "-//w3c//dtd html 4.01 frameset//",
        "-//w3c//dtd html 4.01 transitional//",
    ]

    /// Public identifier prefixes that select limited-quirks mode (lower case).
    private static let limitedQuirksPublicIdentifierPrefixes: [String] = [
        "-//w3c//dtd xhtml 1.0 frameset//",
        "-//w3c//dtd xhtml 1.0 transitional//",
    ]
}
