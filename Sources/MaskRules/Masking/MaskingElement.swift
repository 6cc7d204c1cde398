/// The view of an element that `MaskingModel` needs: what selector matching needs, plus whether the
/// element is the one element the tracker never gives a level.
///
/// Tree scopes restart the tracker's level computation at Plain, and `SelectorMatchable.parentElement`
/// already stops at their tops: the top element of a shadow tree, of a same-origin iframe's document
/// and of the top-level document all have no parent element (openreplay.md §1.1, "Iframes and shadow
/// roots start from Plain"). They differ in one point only, which this protocol adds: the tracker's
/// observer skips the sanitizer entirely for the `<html>` element of the top-level document
/// (`observer.ts` `_commitNode`: no `handleNode` for the top context's `<html>`), so that element is
/// Plain even in privateMode and `domSanitizer` is never called on it. The `<html>` of an iframe's
/// document and the top elements of shadow trees are handled normally, with a Plain parent.
public protocol MaskingElement: SelectorMatchable {
    /// `true` only for the `<html>` element of the top-level document (not of an iframe's document).
    var isTopLevelDocumentElement: Bool { get }
    /// The `data-openreplay-*` attributes the element carries, as `OpenReplayAttribute.isPresent(on:)`
    /// finds them. By default each is looked up; an element whose attributes are cheaper to scan
    /// once answers in one pass.
    var openReplayAttributes: OpenReplayAttributes { get }
}

extension MaskingElement {
    /// Each `data-openreplay-*` attribute looked up in turn.
    public var openReplayAttributes: OpenReplayAttributes { OpenReplayAttributes(lookingUpEachOn: self) }
}
