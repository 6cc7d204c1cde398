import Testing
@testable import MaskRules

@Suite("Keyed-value detector")
struct KeyedValueDetectorTests {
    let names = KeyedValueDetector(keys: ["first name", "last name", "cardholder"], category: .name)
    let passwords = KeyedValueDetector(keys: ["password", "pwd", "passw*"], category: .password)

    @Test("Key spellings that normalize to the vocabulary entry", arguments: [
        "first_name", "firstName", "first-name", "FIRST_NAME", "first.name", "FirstName", "firstname", "First Name",
        "billing_first_name", "user[first_name]", "customer.firstName", "firstName2", "FIRSTName",
    ])
    func keySpellings(_ key: String) {
        if !key.contains(" ") {
            #expect(DetectorTestSupport.values(names, "\(key)=Alice") == ["Alice"], "\(key)")
        }
        #expect(DetectorTestSupport.values(names, "\(key): Alice") == ["Alice"], "\(key)")
        #expect(DetectorTestSupport.values(names, #"{"\#(key)":"Alice"}"#) == ["Alice"], "\(key)")
    }

    @Test("Keys that only contain the words", arguments: [
        "first_name_hint", "firstNameLabel", "username", "name", "last", "first", "firstnames_count",
    ])
    func otherKeys(_ key: String) {
        #expect(DetectorTestSupport.values(names, "\(key)=Alice").isEmpty, "\(key)")
    }

    @Test("Labels in table cells without a colon", arguments: [
        (#"<tr class="row"><td class="key">Password</td><td class="value">7640</td></tr>"#, "7640"),
        ("<th>Password</th> <td>s3cret pass</td>", "s3cret pass"),
        ("<dl><dt>Password</dt><dd>hunter2</dd></dl>", "hunter2"),
    ])
    func tableCells(_ text: String, _ value: String) {
        #expect(DetectorTestSupport.values(passwords, text) == [value])
    }

    @Test("A label cell needs a value cell after it", arguments: [
        "<tr><th>Password</th><th>Changed</th></tr>", "<td>Password</td></tr><tr><td>x</td>",
        "<td>Password hint</td><td>dog</td>", "<td>Your password</td>",
    ])
    func notTableCells(_ text: String) {
        #expect(DetectorTestSupport.values(passwords, text).isEmpty, "\(text)")
    }

    @Test("Label keys: a whole, capitalized label in text, never a data key")
    func labelKeys() {
        let names = KeyedValueDetector(keys: ["first name", "Name:", "Customer :"], category: .name)
        #expect(DetectorTestSupport.values(names, "Name: Alice Smith") == ["Alice Smith"])
        #expect(DetectorTestSupport.values(names, "ticket=4 Customer: Alice van der Berg | status=open") == ["Alice van der Berg"])
        #expect(DetectorTestSupport.values(names, #"<td class="key">Name</td><td class="value">Hiroshi</td>"#) == ["Hiroshi"])
        #expect(DetectorTestSupport.values(names, "<td>First name</td><td>Ana</td>") == ["Ana"])
        for text in [
            #"{"name":"Widget"}"#, "name=Widget", "name: nginx", "File Name: report.pdf", "Product Name: Widget",
            "Customer: 4711", "<td>Customer</td><td>cus_4711</td>", "<td>File name</td><td>a.txt</td>",
        ] {
            #expect(DetectorTestSupport.values(names, text).isEmpty, "\(text)")
        }
        #expect(KeyedValueDetector.partitioned(["pin", "Name:", "Customer : "]) == (["pin"], ["Name", "Customer "]))
    }

    @Test("A password after a capitalized label mid-line runs to the end of its field")
    func passphraseMidLine() {
        let text = "2026-01-01 ticket=7 Password: correct horse battery staple | status=open"
        #expect(DetectorTestSupport.values(passwords, text) == ["correct horse battery staple"])
        #expect(DetectorTestSupport.values(passwords, "ticket=7 password: hunter2 accepted") == ["hunter2"])
    }

    @Test("Wildcards: a trailing star completes the last word, a leading one starts anywhere")
    func wildcards() {
        #expect(DetectorTestSupport.values(passwords, "passwd=x1") == ["x1"])
        #expect(DetectorTestSupport.values(passwords, "user_passwort=x1") == ["x1"])
        #expect(DetectorTestSupport.values(passwords, "passwordHint=x1").isEmpty)
        let anyName = KeyedValueDetector(keys: ["*name"], category: .name)
        #expect(DetectorTestSupport.values(anyName, "surname=Smith") == ["Smith"])
        #expect(DetectorTestSupport.values(anyName, "name_length=5").isEmpty)
    }

    @Test("Trailing digits are ignored on both sides")
    func trailingDigits() {
        let codes = KeyedValueDetector(keys: ["cvv2", "address line1"], category: .payment)
        #expect(DetectorTestSupport.values(codes, "cvv=123&cvv2=456&cvv_3=789") == ["123", "456", "789"])
        #expect(DetectorTestSupport.values(codes, #"{"addressLine2":"Flat 4"}"#) == ["Flat 4"])
        #expect(DetectorTestSupport.values(codes, "cvc=123").isEmpty)
    }

    @Test("JSON members")
    func json() {
        let text = #"{"user":{"firstName":"Alice","lastName":"O\"Neil","age":3},"cardholder": "ALICE O NEIL"}"#
        #expect(DetectorTestSupport.values(names, text) == ["Alice", "O\"Neil", "ALICE O NEIL"])
        #expect(DetectorTestSupport.values(passwords, #"{"password" : "p@ss w0rd"}"#) == ["p@ss w0rd"])
        #expect(DetectorTestSupport.values(passwords, #"{"pwd":123456}"#) == ["123456"])
        #expect(DetectorTestSupport.values(passwords, "{password: 'hunter2'}") == ["hunter2"])
        #expect(DetectorTestSupport.values(passwords, #"{"password":["a","b"]}"#).isEmpty)
    }

    @Test("Form bodies and query strings are form-decoded")
    func forms() {
        #expect(DetectorTestSupport.values(names, "first_name=Alice+Marie&last_name=M%C3%BCller") == ["Alice Marie", "Müller"])
        #expect(DetectorTestSupport.values(names, "GET /signup?first_name=Alice&x=1 HTTP/1.1") == ["Alice"])
        #expect(DetectorTestSupport.values(passwords, "https://example.com/login?user=bob&pwd=x#top") == ["x"])
    }

    @Test("Log fields and header-style lines")
    func logs() {
        #expect(DetectorTestSupport.values(passwords, "level=info password=hunter2 user=bob") == ["hunter2"])
        #expect(DetectorTestSupport.values(names, #"msg="signup" first_name="Alice Marie" ok"#) == ["Alice Marie"])
        #expect(DetectorTestSupport.values(names, "First Name: Alice Marie\nLast Name: Smith, Jr") == ["Alice Marie", "Smith"])
        #expect(DetectorTestSupport.values(passwords, "auth password = hunter2") == ["hunter2"])
        #expect(DetectorTestSupport.values(names, "  first_name: Alice Marie  \n") == ["Alice Marie"])
        #expect(DetectorTestSupport.values(passwords, "INFO pwd=Tr0ub4dor&3 status=200") == ["Tr0ub4dor&3"])
        #expect(DetectorTestSupport.values(names, "INFO last_name=O'Brien status=200") == ["O'Brien"])
        #expect(DetectorTestSupport.values(names, "signup first_name=Alice Marie-Claire status=ok") == ["Alice Marie-Claire"])
        #expect(DetectorTestSupport.values(names, "cardholder=Jan van der Berg, paid") == ["Jan van der Berg"])
        #expect(DetectorTestSupport.values(names, "cardholder=José Ortega y Gasset, paid") == ["José Ortega y Gasset"])
        #expect(DetectorTestSupport.values(names, "first_name=Alice logged in") == ["Alice"])
        #expect(DetectorTestSupport.values(names, "first_name=Alice Status=ok") == ["Alice"])
        #expect(DetectorTestSupport.values(names, "first_name=Zoë Øster") == ["Zoë Øster"])
        #expect(DetectorTestSupport.values(names, "<p>First name: Alice Smith</p>") == ["Alice Smith"])
        #expect(DetectorTestSupport.values(names, "<tr><td>Last name:</td> <td>Smith</td></tr>") == ["Smith"])
        #expect(DetectorTestSupport.values(names, "<b>First name:</b><br/>") == [])
        #expect(DetectorTestSupport.values(passwords, "<td>Password:</td><td>correct horse</td>") == ["correct horse"])
        #expect(DetectorTestSupport.values(passwords, "password=Alice Smith") == ["Alice"])
        #expect(DetectorTestSupport.values(passwords, #"{"msg":"login password=hunter2"}"#) == ["hunter2"])
    }

    @Test("Placeholders are not findings", arguments: [
        "", "null", "NULL", "undefined", "true", "false", "***", "********", "••••••", "xxxx", "XXXXXXXX",
        "[REDACTED]", "<masked>", "***FILTERED***", "[filtered]", "(hidden)", "REDACTED", "{{password}}",
        "${PASSWORD}", "%s", "%(password)s", "$1", "n/a", "--", "?",
    ])
    func placeholders(_ value: String) {
        #expect(DetectorTestSupport.values(passwords, #"{"password":"\#(value)"}"#).isEmpty, "\(value)")
    }

    @Test("Minimum and maximum length")
    func lengths() throws {
        let detector = try KeyedValueDetector(
            options: ["keys": .strings(["pin"]), "category": .string("password"), "min-length": .integer(4), "max-length": .integer(6)])
        #expect(DetectorTestSupport.values(detector, "pin=123") == [])
        #expect(DetectorTestSupport.values(detector, "pin=1234") == ["1234"])
        #expect(DetectorTestSupport.values(detector, "pin=1234567") == [])
    }

    @Test("Operators, URLs and times are not keys")
    func notKeys() {
        let detector = KeyedValueDetector(keys: ["http", "a", "b"], category: .password)
        #expect(DetectorTestSupport.values(detector, "a == b; a != c; a <= 3; a => 4").isEmpty)
        #expect(DetectorTestSupport.values(detector, "see http://example.com").isEmpty)
        #expect(DetectorTestSupport.values(detector, "std::a::b").isEmpty)
    }

    @Test("Values are reported with the option's category and the value's span")
    func spanAndCategory() throws {
        let text = #"{"nom":"Zoë","first_name":"Zoë"}"#
        let found = names.values(in: text)
        #expect(found.map(\.category) == [.name])
        #expect(found.map { DetectorTestSupport.span($0, in: text) } == ["Zoë"])
        #expect(found.first?.byteRange == 28..<32)
    }

    @Test("Word patterns normalize separators and camelCase")
    func squashing() {
        let key = SquashedText("billingAddress.FIRST_NAME2")
        #expect(String(decoding: key.bytes, as: UTF8.self) == "billingaddressfirstname2")
        let starts = key.wordStarts.enumerated().filter(\.element).map(\.offset)
        #expect(starts == [0, 7, 14, 19])
        #expect(SquashedText("SSNNumber").wordStarts.enumerated().filter(\.element).map(\.offset) == [0, 3])
    }
}
