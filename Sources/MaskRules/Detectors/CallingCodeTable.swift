/// International calling codes (ITU-T E.164) and the lengths of the national numbers dialled after
/// them.
///
/// About a hundred and twenty countries have their own length range here: the large ones, the EU,
/// and most of Latin America, the Middle East and Asia. The remaining assigned codes accept a national
/// number of 6–12 digits, which with the code stays within E.164's 15. Codes are prefix-free, so a
/// digit string starts with at most one of them.
enum CallingCodeTable {
    /// National number lengths by calling code.
    static let nationalLengths: [Int: ClosedRange<Int>] = {
        var table: [Int: ClosedRange<Int>] = [
            1: 10...10, 7: 10...10,
            20: 8...10, 27: 9...9, 30: 10...10, 31: 9...9, 32: 8...9, 33: 9...9, 34: 9...9, 36: 8...9,
            39: 6...11, 40: 9...9, 41: 9...9, 43: 4...13, 44: 7...10, 45: 8...8, 46: 7...10, 47: 8...8,
            48: 9...9, 49: 6...13, 51: 8...9, 52: 10...11, 53: 8...8, 54: 10...11, 55: 10...11, 56: 9...9,
            57: 10...10, 58: 10...10, 60: 8...10, 61: 9...9, 62: 8...12, 63: 8...10, 64: 8...10, 65: 8...8,
            66: 8...9, 81: 9...10, 82: 8...10, 84: 9...10, 86: 10...11, 90: 10...10, 91: 10...10,
            92: 9...10, 93: 9...9, 94: 9...9, 95: 7...10, 98: 10...10,
            212: 9...9, 213: 8...9, 216: 8...8, 218: 8...9, 220: 7...7, 221: 9...9, 233: 9...9,
            234: 8...10, 251: 9...9, 254: 9...10, 255: 9...9, 256: 9...9, 260: 9...9, 263: 9...9,
            351: 9...9, 352: 4...11, 353: 7...9, 354: 7...9, 355: 8...9, 356: 8...8, 357: 8...8,
            358: 5...12, 359: 8...9, 370: 8...8, 371: 8...8, 372: 7...8, 373: 8...8, 374: 8...8,
            375: 9...9, 376: 6...9, 377: 8...9, 380: 9...9, 381: 7...9, 382: 8...8, 385: 8...9,
            386: 8...8, 387: 8...8, 389: 8...8, 420: 9...9, 421: 9...9, 423: 7...9,
            502: 8...8, 503: 8...8, 504: 8...8, 505: 8...8, 506: 8...8, 507: 7...8, 509: 8...8,
            591: 8...8, 593: 8...9, 595: 9...9, 598: 8...8,
            852: 8...8, 853: 8...8, 855: 8...9, 856: 8...10, 880: 10...10, 886: 8...9,
            960: 7...7, 961: 7...8, 962: 8...9, 963: 8...9, 964: 8...10, 965: 8...8, 966: 9...9,
            967: 7...9, 968: 8...8, 970: 8...9, 971: 8...9, 972: 8...9, 973: 8...8, 974: 8...8,
            975: 7...8, 976: 8...8, 977: 8...10, 992: 9...9, 993: 8...8, 994: 9...9, 995: 9...9,
            996: 9...9, 998: 9...9,
        ]
        let otherAssignedCodes = [
            211, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 235, 236, 237, 238, 239, 240, 241,
            242, 243, 244, 245, 246, 247, 248, 249, 250, 252, 253, 257, 258, 261, 262, 264, 265, 266, 267,
            268, 269, 290, 291, 297, 298, 299, 350, 378, 379, 383, 500, 501, 508, 590, 592, 594, 596, 597,
            599, 670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687, 688, 689,
            690, 691, 692, 850, 870, 878, 881, 882, 883, 888, 979,
        ]
        for code in otherAssignedCodes where table[code] == nil { table[code] = 6...12 }
        return table
    }()

    /// The calling code that `digits` (values 0–9) start with, its digit count and the national
    /// number lengths it allows.
    static func code(startingWith digits: [UInt8]) -> (code: Int, length: Int, national: ClosedRange<Int>)? {
        var code = 0
        for length in 1...3 where length <= digits.count {
            code = code * 10 + Int(digits[length - 1])
            if let national = nationalLengths[code] { return (code, length, national) }
        }
        return nil
    }
}
