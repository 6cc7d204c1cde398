// Generated from rules/ by `make generate`; do not edit. A test fails when it is stale.

/// The rule set built into masklint: the files of `rules/` at build time.
public enum BundledRuleSet {
    /// The rule files by name.
    public static let files: [String: String] = [
        "email.yaml": #"""
# yaml-language-server: $schema=../schema/masklint-rules.schema.json
category: email
description: >-
  Email addresses typed into forms or shown on the page, and login identifier fields, which hold an
  email address on most sites.
level: obscured

selectors:
  - id: email.type-email
    description: Inputs whose type says they hold an email address.
    selector: 'input[type=email]'
    examples:
      match:
        - '<input type="email" name="contact">'
        - '<form><input type="EMAIL" id="newsletter-signup"></form>'
      no-match:
        - '<input type="text" name="contact">'
        - '<input type="search" name="email_search" placeholder="Email">'

  - id: email.autocomplete-email
    description: Fields whose autocomplete token is email, with or without section, shipping/billing or home/work prefixes.
    selector: '[autocomplete~="email" i]'
    examples:
      match:
        - '<input type="text" name="f_12" autocomplete="email">'
        - '<input autocomplete="section-invoice billing work EMAIL">'
        - '<input type="email" autocomplete="email webauthn">'
      no-match:
        - '<input name="email" autocomplete="off">'
        - '<input autocomplete="username">'
        - '<input autocomplete="impp">'

  - id: email.autocomplete-username
    description: Login identifier fields (autocomplete username); on most sites the login identifier is the email address.
    selector: '[autocomplete~="username" i]'
    examples:
      match:
        - '<input type="text" name="login" autocomplete="username">'
        - '<input id="signin-id" autocomplete="Username webauthn">'
      no-match:
        - '<input type="password" autocomplete="current-password">'
        - '<input type="text" name="username">'

  - id: email.mailto-link
    description: Links that open a mail client; their text usually shows the address itself.
    selector: 'a[href^="mailto:" i]'
    examples:
      match:
        - '<p>Signed in as <a href="mailto:alice@example.com">alice@example.com</a></p>'
        - '<a href="MAILTO:bob@example.org?subject=Order">Email Bob</a>'
      no-match:
        - '<a href="/account/email">Change email</a>'
        - '<a href="https://mail.example.com/">Webmail</a>'

input-names:
  - id: email.field-name
    description: >-
      Fields named email or e-mail (any casing, prefix or suffix), except names that end in a
      consent, preference, status or one-time-code word (email_opt_in, emailVerified, email_code).
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '(?<!voic)e[_-]?mail(?!ing|ed|[_.-]?(?:opt|consent|verif|confirmed|subscri|unsubscri|marketing|frequency|pref|notif|update|format|type|template|enabled|disabled|allowed|status|sent|count|flag|permission|valid|setting|toggle|digest|alert|reminder|code|token|otp|subject|body|message|content|signature|me(?![a-z])))'
    case-insensitive: true
    examples:
      match:
        - billing_email_2
        - 'user[email]'
        - emailAddress
        - eMail
        - e-mail
        - txtEmail
        - contact.email
        - email_confirmation
        - newsletter_email
        - 'checkout[shipping_address][email]'
      no-match:
        - emailing_list_opt_in
        - female
        - email_opt_in
        - emailConsent
        - email_verified
        - email_notifications
        - email_preferences
        - emailMarketing
        - email_code
        - voicemail
        - hotmail_import

  - id: email.mail-field-name
    description: Fields named just mail (Drupal), courriel (French) or correo (Spanish), or mail_address.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:^|[_.\[-])(?:mail(?:[_-]?(?:address|addr|adresse|adres))?|courriel|correo(?:[_-]?electr[oó]nico)?)(?:[_-]?(?:confirm|confirmation|again|repeat))?(?:$|[\]0-9])'
    case-insensitive: true
    examples:
      match:
        - mail
        - 'account[mail]'
        - conf_mail
        - mail_address
        - courriel
        - correo_electronico
        - Courriel2
      no-match:
        - mailing_address
        - mailbox_size
        - mail_opt_in
        - gmail
        - correos_tracking
        - mail_server

  - id: email.username-field-name
    description: >-
      Login identifier fields named username, user_login, login_id, email_or_username or the
      German, French, Spanish, Italian or Dutch words for user name.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:user[_-]?(?:name|login)|login[_-]?(?:name|id)|benutzer[_-]?name|nom[_-]?(?:d[_-]?)?utilisateur|identifiant|nombre[_-]?(?:de[_-]?)?usuario|nome[_-]?utente|gebruikersnaam)(?:[_-]?or[_-]?e[_-]?mail)?(?:[_-]?(?:input|field))?(?:$|[\]0-9])'
    case-insensitive: true
    examples:
      match:
        - username
        - userName
        - user_login
        - 'user[username]'
        - loginId
        - email_or_username
        - username_or_email
        - txtUserName
        - benutzername
        - identifiant
        - username-input
      no-match:
        - username_available
        - user_id
        - login_button
        - first_name
        - display_name

  - id: email.login-field-name
    description: Fields named just login or log (the WordPress login form), in the name attribute only, since login is a common section id.
    attributes: [name]
    pattern: '^(?:log|login)$|\[login\]$'
    case-insensitive: true
    examples:
      match: [log, login, 'user[login]', Login]
      no-match: [login-form, catalog, blog, login_remember, 'user[login_count]']

labels:
  - id: email.label
    description: Labels that name an email address field.
    terms:
      en: [email, e mail, email address]
      de: [e mail, email, e mail adresse, emailadresse, mailadresse]
      fr: [courriel, adresse e mail, adresse email, adresse électronique, adresse mail]
      es: [correo, correo electrónico, dirección de correo, email]
      it: [email, e mail, indirizzo email, posta elettronica]
      pt: [email, e mail, endereço de email, correio eletrônico, correio electrónico]
      nl: [e mail, email, e mailadres, emailadres, mailadres]
      pl: [e mail, adres e mail, email]
      sv: [e post, e postadress, epost, mejl, mejladress]
      ja: ['メールアドレス*', '*メールアドレス', メール, 'eメール*']
      zh: ['电子邮件*', '电子邮箱*', '邮箱*', '*邮箱', '電子郵件*', '郵箱*', '电邮*']
    excluded-terms:
      en: [email preferences, email notifications, email updates, email me, send me, opt in, opt out, by email, via email, email format, email frequency, email verified, verification code]
      de: [per e mail, per email, benachrichtigungen, bestätigungscode]
      fr: [par e mail, par email, par courriel, code de vérification]
      es: [por correo, por email, por e mail, correo postal, código de verificación]
      it: [via email, per email, via e mail, per e mail, codice di verifica]
      pt: [por email, por e mail, código de verificação]
      nl: [per e mail, via e mail, verificatiecode]
      ja: ['メールマガジン*', 'メルマガ*']
      zh: ['*验证码', '*驗證碼']
    examples:
      match:
        - Email
        - 'Your email *'
        - 'E-Mail-Adresse *'
        - Adresse e-mail
        - Correo electrónico
        - Indirizzo email
        - Endereço de e-mail
        - E-mailadres
        - Courriel
        - Adres e-mail
        - E-postadress
        - メールアドレス（必須）
        - ご登録メールアドレス
        - 电子邮件地址
        - Confirm email
        - Email address for order updates
      no-match:
        - Email preferences
        - Send me email updates
        - Kontakt per E-Mail
        - Notifications par e-mail
        - Email verification code
        - Mailing address
        - Phone
        - メールマガジンを受け取る

  - id: email.username-label
    description: Labels that name a login identifier (user name) field, which holds an email address on most sites.
    terms:
      en: [username, user name, user id, login name, login id]
      de: [benutzername, anmeldename, benutzerkennung]
      fr: ["nom d'utilisateur", identifiant]
      es: [nombre de usuario, usuario]
      it: [nome utente]
      pt: [nome de usuário, nome de utilizador, usuário, utilizador]
      nl: [gebruikersnaam]
      pl: [nazwa użytkownika]
      sv: [användarnamn]
      ja: ['ユーザー名*', 'ユーザ名*', 'ログインid*']
      zh: ['用户名*', '用戶名*', '账号*', '帳號*']
    excluded-terms:
      es: [tipo de usuario]
      pt: [tipo de usuário]
    examples:
      match:
        - Username
        - Email or username
        - Benutzername
        - "Nom d'utilisateur"
        - Nombre de usuario
        - Nome utente
        - Gebruikersnaam
        - ユーザー名
      no-match:
        - Display name
        - Tipo de usuario
        - User type
        - Full name

detectors:
  - id: email.value
    description: Email addresses in free text, JSON and URL-encoded bodies.
    detector: email
    examples:
      match:
        - '{"email":"alice@example.com"}'
        - 'contact=alice%40example.com&source=footer'
        - 'Reply to Bob <bob.smith+orders@mail.example.co.uk>'
        - 'Signed in as ALICE@EXAMPLE.ORG'
      no-match:
        - 'git@github.com:org/repo.git'
        - 'build 1700000000000'
        - '@media (min-width: 600px) { .nav { display: none } }'
        - 'img/logo@2x.png'
        - 'Follow us @example'

"""#,
        "manifest.yaml": #"""
# yaml-language-server: $schema=../schema/masklint-rules.schema.json
name: masklint-default
version: 2.2.1
description: >-
  The bundled masklint rule set. It finds six kinds of personal data in web forms and pages and
  says how OpenReplay must record them: email addresses (and login identifiers), personal names
  and phone numbers are obscured; payment card data and bank account numbers, passwords and other
  typed secrets (PINs, one-time codes, security answers, API keys), and US Social Security numbers
  are hidden (cardholder and account holder names are obscured, like other names). Each category
  combines WHATWG autocomplete tokens and input types, field-name patterns in the spellings that
  real frameworks produce (snake_case, camelCase, nested brackets), label vocabulary in English,
  German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish, Japanese and Chinese, and
  value detectors for free text.
files:
  - email.yaml
  - name.yaml
  - payment.yaml
  - password.yaml
  - ssn.yaml
  - phone.yaml

"""#,
        "name.yaml": #"""
# yaml-language-server: $schema=../schema/masklint-rules.schema.json
category: name
description: >-
  Personal names: full, given, middle and family names, honorifics and nicknames. User names,
  display names and company, product or file names are not personal names and are left out;
  cardholder names belong to payment.
level: obscured

selectors:
  - id: name.autocomplete-full-name
    description: Fields whose autocomplete token is name (the full personal name).
    selector: '[autocomplete~="name" i]'
    examples:
      match:
        - '<input type="text" name="fld3" autocomplete="name">'
        - '<input autocomplete="section-guest shipping NAME">'
      no-match:
        - '<input autocomplete="username">'
        - '<input autocomplete="cc-name">'
        - '<input name="name" autocomplete="off">'

  - id: name.autocomplete-name-parts
    description: Fields whose autocomplete token is given-name, additional-name or family-name.
    selector: '[autocomplete~="given-name" i], [autocomplete~="additional-name" i], [autocomplete~="family-name" i]'
    examples:
      match:
        - '<input autocomplete="billing given-name">'
        - '<input autocomplete="FAMILY-NAME">'
        - '<div><label>Middle name <input autocomplete="additional-name"></label></div>'
      no-match:
        - '<input autocomplete="cc-given-name">'
        - '<input autocomplete="cc-family-name">'
        - '<input autocomplete="organization">'

  - id: name.autocomplete-honorifics-and-nickname
    description: Fields whose autocomplete token is honorific-prefix, honorific-suffix or nickname, which browsers autofill from the user's profile.
    selector: '[autocomplete~="honorific-prefix" i], [autocomplete~="honorific-suffix" i], [autocomplete~="nickname" i]'
    examples:
      match:
        - '<select autocomplete="honorific-prefix"><option>Dr</option><option>Ms</option></select>'
        - '<input autocomplete="honorific-suffix">'
        - '<input autocomplete="nickname">'
      no-match:
        - '<input autocomplete="organization-title">'
        - '<input name="nickname" autocomplete="off">'

input-names:
  - id: name.name-part-field-name
    description: >-
      Fields named first/given/last/family/middle/full/sur/maiden/birth/preferred/fore name in any casing
      (firstName, last_name, txtSurname); not username, nickname, display, company or product names.
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '(?:first|given|last|family|middle|full|sur|maiden|birth|christian|second|real|preferred|person(?:al)?|(?<!be)fore)[_.-]?names?'
    case-insensitive: true
    examples:
      match:
        - firstName
        - first_name
        - last-name
        - LastName
        - 'checkout[shipping_address][first_name]'
        - billing_last_name
        - surname
        - fullname
        - txtFirstName
        - given_name
        - forenames
        - maiden_name
        - first_name_kana
        - preferredName
      no-match:
        - username
        - user_name
        - company_name
        - product_name
        - file_name
        - nickname
        - display_name
        - hostname
        - before_name_change
        - firstLoginDate

  - id: name.initial-name-part-field-name
    description: Fields named fname, lname or mname, and nested first/last parts such as name[first] or name_last.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:^|[_.\[-])[flm]_?name(?:$|[_.\]0-9-])|(?:^|[_.\[-])name\]?[_.\[-]?(?:first|last|given|family|middle|full)(?![a-z])'
    case-insensitive: true
    examples:
      match:
        - fname
        - lname
        - 'user[fname]'
        - l_name
        - 'name[first]'
        - 'contact[name][last]'
        - name_last
        - nameFirst
      no-match:
        - filename
        - file_name
        - name_format
        - name_filter
        - username
        - fullscreen

  - id: name.person-name-field-name
    description: >-
      Fields named just name or your-name, name after a person word (customer, contact, billing,
      recipient, guest, patient, from/to ...), such as customerName or order[customer][name], and the
      nested user[name] or user.name (but not user_name or userName, which are user names).
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '^(?:your[_-]?)?name$|(?:^|[_.\[\]-])(?:contact|customer|client|billing|shipping|delivery|recipient|receiver|sender|guest|member|patient|applicant|attendee|participant|passenger|traveller|traveler|buyer|purchaser|parent|guardian|author|requester|employee|student|person|visitor|signer|signatory|beneficiary|insured|spouse|child|owner|from|to)[_.\[\]-]*name\]?$|(?:^|[.\[\]])user[.\[\]]+name\]?$'
    case-insensitive: true
    examples:
      match:
        - name
        - your-name
        - customerName
        - contact_name
        - 'order[customer][name]'
        - billing-name
        - 'guest[name]'
        - recipientName
        - 'user[name]'
        - user.name
        - to_name
      no-match:
        - product_name
        - company_name
        - 'product[name]'
        - username
        - user_name
        - customer_name_filter
        - namespace
        - store.name
        - display_name
        - userName
        - photo_name

  - id: name.localised-field-name
    description: >-
      Fields named with the German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish or
      Finnish words for first, last or full name (vorname, prenom, apellidos, cognome, achternaam ...).
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:vor|nach|familien|geburts|ruf)[_.-]?name|pr[eé]noms?|(?:^|[_.\[-])(?:nom(?:[_-]?(?:de[_-]?famille|complet|naissance|usage))?|nombres?(?:[_-]?completo)?|apellidos?(?:[_-]?(?:paterno|materno))?|cognome|nome(?:[_-]?completo)?|sobrenome|voornaam|achternaam|tussenvoegsel|imi[eę]|nazwisko|f[oö]rnamn|efternamn|etunimi|sukunimi)(?:$|[\]0-9])'
    case-insensitive: true
    examples:
      match:
        - vorname
        - Nachname
        - prenom
        - prénom
        - 'client[nom]'
        - nom_de_famille
        - apellidos
        - apellido_paterno
        - nombre_completo
        - cognome
        - nome
        - sobrenome
        - voornaam
        - achternaam
        - nazwisko
        - efternamn
      no-match:
        - nom_produit
        - nombre_usuario
        - nomination
        - nome_utente
        - economy
        - renome
        - nombre_empresa

labels:
  - id: name.full-name-label
    description: Labels that ask for a person's name; company, user, display, product, file and other object names are excluded.
    terms:
      en: [name, full name]
      de: [name, vollständiger name]
      fr: [nom, nom complet]
      es: [nombre, nombre completo]
      it: [nome, nome completo]
      pt: [nome, nome completo]
      nl: [naam, volledige naam]
      pl: [imię i nazwisko]
      sv: [namn, fullständigt namn]
      ja: ['氏名*', 'お名前*', '名前*']
      zh: ['姓名*', '名字*']
    excluded-terms:
      en: [company name, business name, organization name, organisation name, name of company, name of business, user name, display name, screen name, product name, file name, account name, account holder, bank name, domain name, host name, street name, store name, shop name, team name, project name, brand name, item name, event name, list name, group name, token name, key name, plan name, workspace name, pet name, "pet's name", name of your company, name of the company, name of your business, name of the business, name of your organisation, name of your organization, name of the organisation, name of the organization, name of the event, name of your event, cardholder, card holder, name on card, name on the card]
      de: [name der firma, name des unternehmens, name der bank, 'karteninhaber*', 'kontoinhaber*', name auf der karte]
      fr: ["nom de l'entreprise", nom de la société, nom de société, "nom d'utilisateur", nom du fichier, nom de fichier, nom du produit, nom de domaine, nom de la rue, nom sur la carte, titulaire, nom de la banque, nom commercial]
      es: [nombre de la empresa, nombre de empresa, nombre de usuario, nombre del producto, nombre del archivo, nombre de archivo, nombre de la calle, nombre en la tarjeta, titular, nombre del banco, nombre comercial]
      it: [nome azienda, "nome dell'azienda", nome della società, nome utente, nome del file, nome file, nome prodotto, nome del prodotto, nome sulla carta, titolare, intestatario, nome della banca]
      pt: [nome da empresa, nome de usuário, nome de utilizador, nome do arquivo, nome do ficheiro, nome do produto, nome no cartão, nome impresso no cartão, titular, nome do banco, nome fantasia]
      nl: [naam van het bedrijf, naam bedrijf, naam op kaart, naam op de kaart, rekeninghouder, kaarthouder, naam van de bank]
      sv: [namn på kortet, kortinnehavare]
    examples:
      match:
        - Name
        - 'Full name *'
        - Your name
        - Vollständiger Name
        - Nom complet
        - Nombre y apellidos
        - Nome e cognome
        - Volledige naam
        - Imię i nazwisko
        - お名前（必須）
        - 姓名
      no-match:
        - Company name
        - Username
        - Display name
        - Product name
        - Name on card
        - Cardholder name
        - Nom de la société
        - Nombre de usuario
        - Nome utente
        - Name des Karteninhabers
        - Nickname
        - Name of your organisation
        - "Pet's name"
        - Token name
        - Plan name
        - Workspace name

  - id: name.given-name-label
    description: Labels that ask for a first, given or middle name.
    terms:
      en: [first name, given name, forename, forenames, middle name, christian name]
      de: [vorname, vornamen, rufname]
      fr: [prénom, prénoms]
      es: [nombre de pila, primer nombre, segundo nombre]
      it: [nome di battesimo, primo nome, secondo nome]
      pt: [primeiro nome, nome próprio, nomes próprios]
      nl: [voornaam, voornamen, roepnaam]
      pl: [imię]
      sv: [förnamn]
      ja: [名]
      zh: [名]
    examples:
      match:
        - 'First name *'
        - Given name(s)
        - Vorname
        - Prénom
        - Primer nombre
        - Primeiro nome
        - Voornaam
        - Imię
        - Förnamn
        - 名（カナ）
      no-match:
        - Name
        - Last name
        - First line of address
        - Company name

  - id: name.family-name-label
    description: Labels that ask for a last, family, maiden or birth name.
    terms:
      en: [last name, surname, family name, maiden name, birth name]
      de: [nachname, familienname, geburtsname]
      fr: [nom de famille, nom de naissance, "nom d'usage"]
      es: [apellido, apellidos]
      it: [cognome]
      pt: [sobrenome, apelido]
      nl: [achternaam, familienaam, tussenvoegsel]
      pl: [nazwisko]
      sv: [efternamn]
      ja: [姓, 苗字]
      zh: [姓, 姓氏]
    examples:
      match:
        - Last name
        - Surname
        - Nachname
        - Nom de famille
        - Apellidos
        - Cognome
        - Sobrenome
        - Achternaam
        - Nazwisko
        - Efternamn
        - 姓（カナ）
      no-match:
        - First name
        - Last login
        - Name
        - Family size

detectors:
  - id: name.keyed-value
    description: >-
      Values of keys that name a person's first, last, full or display name in JSON, query strings,
      form bodies and labels; a bare name key is not used (product and file names), but the labels
      `Name` and `Customer` are, when they are a whole, capitalized label in text (`Name: Alice`,
      `<td>Name</td><td>Alice</td>`) and the value holds no digits.
    detector: keyed-value
    options:
      keys:
        - first_name
        - firstname
        - firstName
        - fname
        - given_name
        - givenName
        - middle_name
        - middleName
        - last_name
        - lastname
        - lastName
        - lname
        - family_name
        - familyName
        - surname
        - maiden_name
        - full_name
        - fullname
        - fullName
        - customer_name
        - customerName
        - contact_name
        - contactName
        - billing_name
        - shipping_name
        - recipient_name
        - recipientName
        - vorname
        - nachname
        - prenom
        - apellido
        - apellidos
        - cognome
        - sobrenome
        - voornaam
        - achternaam
        - display_name
        - displayName
        - 'Name:'
        - 'Customer:'
    examples:
      match:
        - '{"display_name":"Alice Example"}'
        - '<tr><td class="key">Name</td><td class="value">Alice Example</td></tr>'
        - 'ticket=4711 Customer: Alice Example | status=open'
        - 'Name: Alice Example'
        - 'first_name=Alice&qty=2'
        - '{"lastName":"Example","qty":2}'
        - '{"customer_name":"Alice Example","total":"19.99"}'
        - 'vorname=Alice&nachname=Beispiel'
      no-match:
        - 'product_name=Widget'
        - '{"name":"Widget","sku":"W-1"}'
        - 'username=alice42'
        - '{"company_name":"Example Ltd"}'
        - 'File name: report.pdf'
        - 'Customer: 4711'
        - 'name: nginx-worker'

  - id: name.bare-key-person-value
    description: >-
      Values under a bare `name` key (`{"name": …}`, `name=…`, and keys ending in `name` that no other
      rule covers) that look like a person's full name by themselves: two to four capitalized words
      whose first is a common given name and whose last is a common surname or given name, and not a
      word that ends place, product, company or service names. Most values under `name` are
      products, files and services (`Desk Lamp`, `report.pdf`, `nginx-worker`), and names of those
      that begin with a given name (`Jordan Table`, `Georgia Aquarium`, `Grace Scheduler`) are left
      out by their last word. The lists come from the 1990 US Census name files (public domain;
      `dist.male.first`, `dist.female.first` and `dist.all.last` as shipped in the PyPI package
      `names` 0.3.0), written by `scripts/given_names.py`: the 3,132 given names with a frequency of
      at least 0.003% (less a few entries that are mostly English words, `My`, `King`) and the 7,500
      surnames with a frequency of at least 0.002%. Names common elsewhere but rare in the US are
      missed (`Piotr Popescu`), and so are things named after a person (`Morgan Stanley`).
    detector: keyed-value
    options:
      keys: [name]
      excluded-last-words: [
        Station, Street, Road, Avenue, Boulevard, Parkway, Highway, Drive, Way, Square, Plaza, Place,
        Airport, Terminal, Junction, Crossing, Railway, Metro, Ferry, Harbor, Harbour, Port, Bay, Beach,
        Lake, River, Island, Islands, Mountain, Mountains, Valley, Heights, Springs, Falls, Point,
        City, County, Town, Village, District, State, Pacific, Atlantic, Central, International,
        Global, National, Tower, Towers, Building, Center, Centre, Mall, Market, Store, Stores, Shop,
        Hotel, Inn, Motel, Hostel, Resort, Suites, Apartments, Manor, Cottage, Palace, House, Gardens,
        Hospital, Clinic, Pharmacy, Dental, School, College, University, Academy, Institute, Library,
        Museum, Theatre, Theater, Cathedral, Stadium, Arena, Club, League, Festival, Conference,
        Summit, Expo, Show, Tour, Tours, Open, Classic, Marathon,
        Inc, Ltd, LLC, Corp, Corporation, Company, Co, GmbH, AG, SA, Group, Holdings, Partners,
        Industries, Airlines, Airways, Motors, Pharma, Energy, Capital, Ventures, Media, Network,
        Networks, Technologies, Tech, Systems, Solutions, Software, Labs, Studio, Studios, Consulting,
        Agency, Foundation, Association, Society, Fund, Insurance, Financial, Bank, Records, Music,
        Films, Pictures, Games, Books, Press, Publishing, Magazine, News, Journal, Radio, Foods, Farms,
        Brewing, Brewery, Bakery, Kitchen, Grill, Diner, Bistro, Cafe, Restaurant, Pub, Tavern, Bar,
        Salon, Spa, Gym, Fitness, Travel, Logistics, Freight, Mobile, Wireless, Telecom, Digital,
        Online, Express, Service, Services, Cloud, Server, Worker, Bot, App, Api, Portal, Dashboard,
        Plugin, Module, Package, Framework, Engine, Release, Project, Team, Channel, Queue, Bucket,
        Cluster, Database, Pipeline, Job, Task, Report, Template, Document, Invoice, Backup, Board,
        Chart, Sheet, Form, Survey, Campaign, Newsletter, Webinar, Edition, Collection, Series, Pro,
        Mini, Plus, Lite, Air, Table, Chair, Desk, Sofa, Couch, Bed, Lamp, Shelf, Cabinet, Dresser,
        Stool, Mirror, Clock, Rug, Vase, Candle, Pillow, Blanket, Towel, Mug, Cup, Bottle, Jar, Bag,
        Tote, Backpack, Wallet, Jacket, Coat, Dress, Shirt, Skirt, Scarf, Shoes, Boots, Sneakers,
        Sandals, Watch, Ring, Necklace, Earrings, Bracelet, Phone, Cable, Charger, Hub, Cover,
        Kit, Set, Pack, Box, Beer, Wine, Ale, Lager, Coffee, Tea, Pizza, Salad, Cake, Sauce, Cheese
      ]
      # given-names: generated by scripts/given_names.py, do not edit
      given-names: >-
        Aaron Abbey Abbie Abby Abdul Abe Abel Abigail Abraham Abram Ada Adalberto Adam Adan Addie Adela
        Adelaida Adelaide Adele Adelia Adelina Adeline Adell Adella Adelle Adina Adolfo Adolph Adria
        Adrian Adriana Adriane Adrianna Adrianne Adrienne Afton Agatha Agnes Agustin Agustina Ahmad
        Ahmed Aida Aileen Aimee Aisha Aja Al Alaina Alan Alana Alanna Alba Albert Alberta Albertha
        Albertine Alberto Albina Alda Alden Aldo Alec Alecia Alejandra Alejandro Alena Alene Alesha
        Alesia Aleta Aletha Alethea Alex Alexa Alexander Alexandra Alexandria Alexia Alexis Alfonso
        Alfonzo Alfred Alfreda Alfredo Ali Alice Alicia Alida Alina Aline Alisa Alisha Alison Alissa
        Allan Allen Allene Allie Allison Allyson Alma Almeda Alonso Alonzo Alpha Alphonse Alphonso Alta
        Altagracia Althea Alton Alva Alvaro Alvin Alvina Alyce Alycia Alysia Alyson Alyssa Amada Amado
        Amalia Amanda Amber Ambrose Amelia Ami Amie Amos Amparo Amy Ana Anabel Anastacia Anastasia
        Anderson Andra Andre Andrea Andreas Andres Andrew Andria Andy Angel Angela Angelia Angelica
        Angelina Angeline Angelique Angelita Angella Angelo Angie Anh Anibal Anika Anissa Anita Anitra
        Ann Anna Annabel Annabelle Annamarie Anne Anneliese Annemarie Annetta Annette Annie Annmarie
        Anthony Antione Antionette Antoine Antoinette Anton Antone Antonette Antonia Antonina Antonio
        Antony Antwan April Araceli Aracely Arcelia Archie Arden Ardis Ardith Aretha Ariana Ariel
        Arielle Arleen Arlen Arlene Arlette Arlie Arline Armand Armando Armida Arnold Arnoldo Arnulfo
        Aron Arron Arthur Artie Arturo Asa Asha Ashely Ashlee Ashleigh Ashley Ashlie Ashly Ashton
        Astrid Athena Aubrey Audra Audrey Audry August Augusta Augustine Augustus Aura Aurea Aurelia
        Aurelio Aurora Austin Autumn Ava Avery Avis Awilda Ayesha Bailey Bambi Barb Barbara Barbie
        Barbra Barney Barrett Barry Bart Barton Basil Bea Beatrice Beatriz Beau Becky Belen Belinda
        Bella Belle Belva Ben Benedict Benita Benito Benjamin Bennett Bennie Benny Benton Berenice
        Bernadette Bernadine Bernard Bernardo Bernice Bernie Berniece Bernita Berry Bert Berta Bertha
        Bertie Bertram Beryl Bess Bessie Beth Bethany Betsy Bette Bettie Bettina Betty Bettye Beulah
        Beverley Beverly Bianca Bill Billie Billy Birdie Blaine Blair Blake Blanca Blanch Blanche Bo
        Bob Bobbi Bobbie Bobby Bobbye Bonita Bonnie Bonny Booker Boris Boyce Boyd Brad Bradford Bradley
        Bradly Brady Brandee Branden Brandi Brandie Brandon Brandy Brant Breanna Breanne Bree Brenda
        Brendan Brendon Brenna Brent Brenton Bret Brett Brian Briana Brianna Brianne Brice Bridget
        Bridgett Bridgette Brigette Brigitte Britney Britt Brittani Brittany Brittney Brock Broderick
        Brook Brooke Brooks Bruce Bruno Bryan Bryant Bryce Bryon Buck Bud Buddy Buffy Buford Burl Burt
        Burton Buster Byron Caitlin Caitlyn Caleb Callie Calvin Cameron Cami Camilla Camille Candace
        Candance Candelaria Candi Candice Candida Candis Candy Cara Caren Carey Cari Caridad Carin
        Carina Carissa Carl Carla Carleen Carlene Carlo Carlos Carlota Carlotta Carlton Carly Carlyn
        Carma Carman Carmel Carmela Carmelita Carmella Carmelo Carmen Carmine Carol Carolann Carole
        Carolee Carolina Caroline Carolyn Carolynn Caron Carri Carrie Carrol Carroll Carson Carter Cary
        Caryl Caryn Casandra Casey Cassandra Cassidy Cassie Catalina Catharine Catherine Cathi Cathie
        Cathleen Cathrine Cathryn Cathy Catina Catrina Cecelia Cecil Cecile Cecilia Cecily Cedric
        Cedrick Celeste Celestine Celia Celina Cesar Chad Chadwick Chana Chance Chanda Chandra Chanel
        Chang Chantal Chantel Chantelle Charissa Charisse Charity Charla Charleen Charlene Charles
        Charlette Charley Charlie Charline Charlotte Charmaine Charolette Chas Chase Chasity Chastity
        Chauncey Chelsea Chelsey Chelsie Cheri Cherie Cherise Cherly Cherri Cherrie Cherry Cheryl
        Cheryle Chester Chet Cheyenne Chi Chiquita Chloe Chong Chris Chrissy Christa Christal Christel
        Christen Christene Christi Christian Christiana Christiane Christie Christin Christina
        Christine Christoper Christopher Christy Chrystal Chuck Chun Chung Ciara Cierra Cinda Cindi
        Cindy Cinthia Clair Claire Clara Clare Clarence Claribel Clarice Clarissa Clark Claud Claude
        Claudette Claudia Claudine Claudio Clay Clayton Clement Clemente Clementine Cleo Cleta Cletus
        Cleveland Cliff Clifford Clifton Clint Clinton Clyde Cody Colby Cole Coleen Coleman Colette
        Colin Colleen Collette Collin Colton Columbus Concepcion Concetta Connie Conrad Constance
        Consuelo Cora Coral Corazon Cordelia Cordell Corene Corey Cori Corina Corine Corinna Corinne
        Cornelia Cornelius Cornell Corrie Corrina Corrine Cortez Cortney Cory Courtney Coy Craig
        Cristal Cristi Cristin Cristina Cristine Cristobal Cristopher Cristy Cruz Crystal Curt Curtis
        Cyndi Cynthia Cyril Cyrus Cythia Daisy Dale Dalia Dallas Dalton Damaris Damian Damien Damion
        Damon Dan Dana Dane Danelle Danette Dani Danial Danica Daniel Daniela Daniele Daniella Danielle
        Danilo Danita Danna Dannie Dannielle Danny Dante Danyelle Daphne Dara Darci Darcie Darcy Darell
        Daren Daria Darin Dario Darius Darla Darleen Darlene Darline Darnell Daron Darrel Darrell
        Darren Darrick Darrin Darron Darryl Darwin Daryl Dave David Davida Davina Davis Dawn Dawna
        Dayna Dean Deana Deandre Deangelo Deann Deanna Deanne Deb Debbie Debbra Debby Debi Debora
        Deborah Debra Debrah Dedra Dee Deena Deidra Deidre Deirdre Del Delbert Delfina Delia Delilah
        Della Delma Delmar Delmer Delois Delora Delores Deloris Delphia Delphine Demarcus Demetra
        Demetria Demetrius Dena Deneen Denice Denis Denise Denna Dennis Denny Denver Deon Derek Derick
        Derrick Deshawn Desirae Desiree Desmond Dessie Destiny Devin Devon Dewayne Dewey Dewitt Dexter
        Dian Diana Diane Diann Dianna Dianne Dick Diego Dillon Dina Dinah Dino Dion Dionne Dirk Dixie
        Dollie Dolly Dolores Domenic Domenica Dominga Domingo Dominic Dominick Dominique Don Dona
        Donald Dong Donita Donn Donna Donnell Donnie Donny Donovan Donte Dora Dorcas Doreen Dorene
        Doretha Dori Dorian Dorinda Doris Dorotha Dorothea Dorothy Dorris Dorsey Dortha Dorthea Dorthy
        Dottie Doug Douglas Douglass Dovie Doyle Drew Duane Dudley Dulce Duncan Dustin Dusty Dwain
        Dwayne Dwight Dylan Earl Earle Earlene Earline Earnest Earnestine Eartha Easter Eboni Ebony Ed
        Eda Eddie Eddy Edelmira Eden Edgar Edgardo Edie Edison Edith Edmond Edmund Edmundo Edna Eduardo
        Edward Edwardo Edwin Edwina Edythe Effie Efrain Efren Eileen Elaina Elaine Elana Elba Elbert
        Elda Elden Eldon Eldora Eldridge Eleanor Eleanora Eleanore Elena Elenor Elfriede Eli Elia Elias
        Elida Elijah Elinor Elisa Elisabeth Elise Eliseo Elisha Elissa Eliza Elizabeth Elizebeth Ella
        Ellen Ellie Elliot Elliott Ellis Ellsworth Elma Elmer Elmira Elmo Elna Elnora Eloisa Eloise
        Elouise Eloy Elroy Elsa Elsie Elton Elva Elvera Elvia Elvin Elvira Elvis Elwood Elyse Emanuel
        Emelia Emerson Emery Emil Emile Emilia Emilie Emilio Emily Emma Emmanuel Emmett Emmitt Emogene
        Emory Ena Enedina Enid Enoch Enrique Enriqueta Era Erasmo Eric Erica Erich Erick Ericka Erik
        Erika Erin Erlinda Erma Erna Ernest Ernestina Ernestine Ernesto Ernie Errol Ervin Erwin
        Esmeralda Esperanza Essie Esteban Estela Estella Estelle Ester Esther Estrella Ethan Ethel
        Ethelyn Etta Eugene Eugenia Eugenie Eugenio Eula Eulalia Eun Eunice Eusebio Eva Evalyn Evan
        Evangelina Evangeline Eve Evelia Evelyn Everett Everette Evette Evie Evon Evonne Ezekiel
        Ezequiel Ezra Fabian Fabiola Faith Fallon Fannie Fanny Farrah Fatima Faustino Fausto Fawn Fay
        Faye Federico Felecia Felica Felice Felicia Felicita Felicitas Felipa Felipe Felisa Felisha
        Felix Felton Ferdinand Fermin Fern Fernando Ferne Fidel Filiberto Filomena Fiona Fletcher Flor
        Flora Florence Florencio Florene Florentino Florida Florine Flossie Floy Floyd Fonda Forest
        Forrest Foster Fran Frances Francesca Francesco Francine Francis Francisca Francisco Frank
        Frankie Franklin Franklyn Fred Freda Freddie Freddy Frederic Frederick Fredric Fredrick Freeman
        Freida Frieda Fritz Gabriel Gabriela Gabriella Gabrielle Gail Gale Galen Garfield Garland
        Garnet Garret Garrett Garry Garth Gary Gaston Gavin Gay Gaye Gayla Gayle Gaylord Gaynell Gemma
        Gena Genaro Gene Geneva Genevieve Genoveva Geoffrey George Georgetta Georgette Georgia
        Georgiana Georgianna Georgie Georgina Gerald Geraldine Geraldo Geralyn Gerard Gerardo Gerda
        Geri Germaine German Gerri Gerry Gertie Gertrude Gil Gilbert Gilberto Gilda Gillian Gina Ginger
        Ginny Gino Giovanna Giovanni Gisela Gisele Giselle Giuseppe Gladis Gladys Glen Glenda Glenn
        Glenna Gloria Glory Golda Goldie Gonzalo Gordon Grace Gracie Graciela Grady Graham Graig Grant
        Granville Greg Gregg Gregoria Gregorio Gregory Greta Gretchen Gretta Griselda Grover Guadalupe
        Guillermina Guillermo Gus Gussie Gustavo Guy Gwen Gwendolyn Hai Hailey Hal Haley Hallie Hank
        Hanna Hannah Hans Harlan Harland Harley Harold Harriet Harriett Harriette Harris Harrison Harry
        Harvey Hassan Hattie Haydee Hayden Hayley Haywood Hazel Heath Heather Hector Hedwig Heidi Helen
        Helena Helene Helga Hellen Henrietta Henry Herb Herbert Heriberto Herlinda Herman Hermelinda
        Herminia Herschel Hershel Hester Hettie Hilario Hilary Hilda Hildegard Hillary Hilton Hipolito
        Hiram Hoa Hobert Holli Hollie Hollis Holly Homer Hong Hope Horace Horacio Hortencia Hortense
        Hortensia Hosea Houston Howard Hoyt Hubert Huey Hugh Hugo Hui Hulda Humberto Hung Hunter Huong
        Hyman Ian Ida Idalia Idella Ignacio Ike Ila Ileana Ilene Iliana Ilona Ilse Ima Imelda Imogene
        Ina Ines Inez Inga Inge Ingeborg Ingrid Iola Iona Ione Ira Irena Irene Iris Irma Irvin Irving
        Irwin Isaac Isabel Isabell Isabella Isabelle Isaiah Isaias Isela Isiah Isidro Ismael Israel
        Issac Iva Ivan Ivette Ivonne Ivory Ivy Jacalyn Jacinta Jacinto Jack Jackeline Jackie Jacklyn
        Jackson Jaclyn Jacob Jacque Jacquelin Jacqueline Jacquelyn Jacques Jacquline Jada Jade Jae
        Jaime Jaimie Jake Jamaal Jamal Jamar Jamel James Jamey Jami Jamie Jamila Jamison Jammie Jan
        Jana Janae Jane Janeen Janel Janell Janelle Janene Janet Janette Janey Janice Janie Janina
        Janine Janis Janna Jannette Jannie Jaqueline Jared Jarod Jarred Jarrett Jarrod Jarvis Jasmin
        Jasmine Jason Jasper Jaunita Javier Jay Jayme Jayne Jayson Jazmin Jean Jeana Jeane Jeanetta
        Jeanette Jeanie Jeanine Jeanna Jeanne Jeannette Jeannie Jeannine Jed Jeff Jefferey Jefferson
        Jeffery Jeffrey Jeffry Jena Jenelle Jenifer Jeniffer Jenna Jennette Jenni Jennie Jennifer
        Jenniffer Jenny Jerald Jeraldine Jeramy Jere Jeremiah Jeremy Jeri Jerilyn Jermaine Jerold
        Jerome Jeromy Jerrell Jerri Jerrie Jerrod Jerrold Jerry Jesica Jess Jesse Jessica Jessie Jesus
        Jettie Jewel Jewell Jill Jillian Jim Jimmie Jimmy Jo Joan Joana Joanie Joann Joanna Joanne
        Joaquin Jocelyn Jodi Jodie Jody Joe Joel Joelle Joellen Joetta Joey Johanna John Johnathan
        Johnathon Johnetta Johnie Johnna Johnnie Johnny Johnson Joi Joleen Jolene Jolynn Jon Jonah
        Jonas Jonathan Jonathon Joni Jonna Jonnie Jordan Jordon Jorge Jose Josef Josefa Josefina Joseph
        Josephina Josephine Josette Josh Joshua Josiah Josie Josue Jovita Joy Joyce Joycelyn Juan Juana
        Juanita Jude Judi Judie Judith Judson Judy Jules Juli Julia Julian Juliana Juliann Julianna
        Julianne Julie Juliet Julieta Juliette Julio Julissa Julius June Jung Junior Justin Justina
        Justine Kacey Kaci Kacie Kaitlin Kaitlyn Kala Kami Kandace Kandi Kandice Kandy Kara Karan
        Kareem Karen Kari Karie Karin Karina Karissa Karl Karla Karlene Karol Karolyn Karon Karri
        Karrie Karyn Kasandra Kasey Kassandra Kate Katelyn Katharine Katherine Katheryn Kathi Kathie
        Kathleen Kathlene Kathlyn Kathrine Kathryn Kathryne Kathy Kathyrn Katie Katina Katrina Katy Kay
        Kaye Kayla Kaylee Kecia Keely Keenan Keiko Keisha Keith Keli Kelley Kelli Kellie Kelly Kelsey
        Kelsie Kelvin Ken Kendall Kendra Kendrick Keneth Kenna Kenneth Kennith Kenny Kent Kenton
        Kenyatta Keri Kermit Kerri Kerrie Kerry Kesha Keshia Keven Kevin Kia Kiara Kieth Kim Kimberely
        Kimberlee Kimberley Kimberly Kip Kira Kirby Kirk Kirsten Kirstin Kisha Kitty Kizzy Korey Kori
        Kory Kraig Kris Krista Kristal Kristan Kristen Kristi Kristian Kristie Kristin Kristina
        Kristine Kristofer Kristopher Kristy Kristyn Krystal Krystle Krystyna Kum Kurt Kurtis Kyla Kyle
        Kylee Kylie Kyong Kyra Kyung Lacey Laci Lacie Lacy Ladonna Lai Lakeisha Lakesha Lakeshia
        Lakisha Lamar Lamont Lan Lana Lance Landon Lane Lanette Lani Lanita Lanny Laquita Lara Larissa
        Larry Larue Lashanda Lashawn Lashonda Latanya Latasha Latisha Latonia Latonya Latosha Latoya
        Latrice Latricia Laura Laureen Laurel Lauren Laurence Laurene Lauretta Laurette Lauri Laurie
        Lavada Lavern Laverne Lavina Lavinia Lavon Lavonda Lavonne Lawanda Lawerence Lawrence Lazaro
        Lea Leah Leandra Leandro Leann Leanna Leanne Leatha Leatrice Leda Lee Leeann Leesa Leif Leigh
        Leila Leilani Leisa Lela Leland Lelia Lemuel Len Lena Lenard Lennie Lenny Lenora Lenore Leo
        Leola Leon Leona Leonard Leonardo Leone Leonel Leonor Leonora Leopoldo Leora Leota Leroy Les
        Lesa Leslee Lesley Lesli Leslie Lessie Lester Leta Letha Leticia Letitia Lettie Levi Lewis Li
        Lia Liana Liane Libby Lida Lidia Lila Lilia Lilian Liliana Lillian Lillie Lilly Lily Lin Lina
        Lincoln Linda Lindsay Lindsey Lindy Linette Linh Linnea Linnie Lino Linsey Linwood Lionel Lisa
        Lise Lisette Lissa Lissette Lita Liz Liza Lizabeth Lizbeth Lizette Lizzie Lloyd Logan Lois Lola
        Lolita Lon Lona Lonnie Lonny Lora Loraine Loreen Lorelei Loren Lorena Lorene Lorenza Lorenzo
        Loretta Lori Lorie Lorinda Lorine Lorna Lorraine Lorretta Lorri Lorrie Lottie Lou Louann
        Louella Louie Louis Louisa Louise Lourdes Lovie Lowell Loyd Lu Luana Luann Luanne Lucas Lucia
        Luciana Luciano Lucie Lucien Lucienne Lucila Lucile Lucille Lucinda Lucio Lucius Lucretia Lucy
        Luella Luigi Luis Luisa Luke Lula Lulu Lupe Lupita Lura Luther Luz Lyda Lydia Lyla Lyle Lyman
        Lyn Lynda Lyndon Lyndsay Lyndsey Lynette Lynn Lynne Lynnette Lynwood Mabel Mable Mac Machelle
        Mack Mackenzie Madeleine Madeline Madelyn Madge Madison Madonna Mae Maegan Magda Magdalena
        Magdalene Maggie Magnolia Mai Maira Majorie Malcolm Malcom Malia Malik Malinda Malissa Mallory
        Mamie Mandi Mandy Manuel Manuela Mara Maranda Marc Marcel Marcela Marcelina Marcelino Marcella
        Marcelle Marcellus Marcelo Marci Marcia Marcie Marco Marcos Marcus Marcy Margaret Margarete
        Margarette Margarita Margarito Marge Margery Margie Margo Margot Margret Marguerite Mari Maria
        Mariah Mariam Marian Mariana Mariann Marianna Marianne Mariano Maribel Maribeth Maricela Marie
        Mariela Marietta Marilee Marilou Marilyn Marilynn Marina Mario Marion Marisa Marisela Marisol
        Marissa Marita Maritza Marjorie Marjory Mark Markus Marla Marlena Marlene Marlin Marlo Marlon
        Marlyn Marlys Marnie Marquerite Marquis Marquita Marsha Marshall Marta Martha Marti Martin
        Martina Martine Marty Marva Marvel Marvin Mary Maryann Maryanne Marybeth Maryellen Maryjane
        Maryjo Marylee Marylin Marylou Marylyn Mason Mathew Mathilda Matilda Matilde Matt Matthew
        Mattie Maud Maude Maudie Maura Maureen Maurice Mauricio Maurine Mauro Mavis Max Maxie Maximo
        Maxine Maxwell May Maya Maybelle Mayme Maynard Mayra Mazie Mckinley Meagan Meaghan Mechelle Meg
        Megan Meghan Mei Mel Melanie Melba Melina Melinda Melisa Melissa Mellisa Mellissa Melodie
        Melody Melonie Melony Melva Melvin Melvina Mercedes Mercy Meredith Merle Merlin Merrill Merry
        Mervin Meryl Meta Mia Micaela Micah Michael Michaela Michal Michale Micheal Michel Michele
        Michell Michelle Mickey Mickie Migdalia Miguel Mike Mikel Milagros Milan Mildred Miles Milford
        Milissa Millard Millicent Millie Milo Milton Mimi Mina Mindi Mindy Minerva Minh Minnie Miquel
        Mira Miranda Mireya Miriam Mirian Mirna Mirta Missy Misti Misty Mitch Mitchel Mitchell Mittie
        Mitzi Modesta Modesto Mohamed Mohammad Mohammed Moira Moises Mollie Molly Mona Monica Monika
        Monique Monroe Monte Monty Morgan Morris Morton Mose Moses Moshe Mozell Mozelle Muriel Murray
        Myles Myong Myra Myriam Myrna Myron Myrtice Myrtis Myrtle Nada Nadia Nadine Nakia Nakisha Nan
        Nanci Nancy Nanette Nannette Nannie Naomi Napoleon Natalia Natalie Natasha Nathalie Nathan
        Nathanael Nathanial Nathaniel Natividad Neal Ned Nedra Neil Nelda Nelida Nell Nella Nelle
        Nellie Nelly Nelson Nena Nereida Nestor Nettie Neva Neville Newton Nia Nichelle Nichol Nicholas
        Nichole Nick Nicki Nickolas Nicky Nicola Nicolas Nicolasa Nicole Nicolette Nidia Nigel Niki
        Nikita Nikki Nila Nilda Nilsa Nina Ninfa Nita Noah Noe Noel Noelia Noelle Noemi Nola Nolan Nona
        Nora Norbert Norberto Noreen Norene Norine Norma Norman Normand Norris Nova Novella Nydia Ocie
        Octavia Octavio Odell Odessa Odette Odis Ofelia Ola Olen Oleta Olga Olin Oliva Olive Oliver
        Olivia Ollie Oma Omar Omer Ona Opal Ophelia Ora Oralia Oren Orlando Orpha Orval Orville Oscar
        Osvaldo Oswaldo Otha Otilia Otis Otto Ouida Owen Pablo Paige Palma Palmer Pam Pamala Pamela
        Pansy Paola Paris Parker Pasquale Pat Patrica Patrice Patricia Patrick Patsy Patti Pattie Patty
        Paul Paula Paulette Paulina Pauline Pearl Pearlie Pearline Pedro Peggie Peggy Penelope Pennie
        Penny Percy Perla Perry Pete Peter Petra Phil Philip Phillip Phillis Philomena Phoebe Phuong
        Phylis Phyliss Phyllis Pierre Pilar Pinkie Polly Porfirio Porter Portia Preston Pricilla
        Priscilla Prudence Quentin Quincy Quinn Quintin Quinton Rachael Racheal Rachel Rachelle Racquel
        Rae Rafael Rafaela Raleigh Ralph Ramiro Ramon Ramona Randa Randal Randall Randell Randi
        Randolph Randy Raphael Raquel Rashad Rashida Raul Raven Ray Rayford Raymon Raymond Raymundo
        Reba Rebeca Rebecca Rebekah Reed Refugio Regan Reggie Regina Reginald Reid Reina Reinaldo Rena
        Renae Renaldo Renata Renate Renato Rene Renea Renee Renita Reta Retha Reuben Reva Rex Rey Reyes
        Reyna Reynaldo Rhea Rhett Rhiannon Rhoda Rhonda Ricardo Rich Richard Richelle Richie Rick
        Rickey Rickie Ricky Rico Rigoberto Riley Rina Rita Rob Robbie Robbin Robby Robert Roberta
        Roberto Robin Robyn Rocco Rochelle Rocio Rocky Rod Roderick Rodger Rodney Rodolfo Rodrick
        Rodrigo Rogelio Roger Roland Rolanda Rolando Rolf Rolland Roma Roman Romana Romeo Romona Ron
        Rona Ronald Ronda Ronna Ronnie Ronny Roosevelt Rory Rosa Rosalba Rosalee Rosalia Rosalie
        Rosalina Rosalind Rosalinda Rosaline Rosalva Rosalyn Rosanna Rosanne Rosaria Rosario Rosaura
        Roscoe Rose Roseann Roseanna Roseanne Rosella Roselyn Rosemarie Rosemary Rosendo Rosetta Rosie
        Rosina Rosita Roslyn Ross Rowena Roxana Roxane Roxann Roxanna Roxanne Roxie Roy Royce Ruben
        Rubin Ruby Rubye Rudolf Rudolph Rudy Rueben Rufina Rufus Rupert Russ Russel Russell Rusty Ruth
        Ruthann Ruthie Ryan Sabina Sabine Sabra Sabrina Sade Sadie Sal Salina Sallie Sally Salvador
        Salvatore Sam Samantha Samatha Sammie Sammy Samual Samuel Sandi Sandra Sandy Sanford Sang
        Sanjuana Sanjuanita Santiago Santo Santos Sara Sarah Sarita Sasha Saul Saundra Savannah
        Scarlett Scot Scott Scottie Scotty Sean Sebastian Selena Selina Selma Serena Sergio Seth
        Seymour Shad Shaina Shalonda Shameka Shamika Shana Shanda Shandra Shane Shanell Shani Shanika
        Shanita Shanna Shannan Shannon Shanon Shanta Shante Shantel Shantell Shara Sharee Sharen Shari
        Sharla Sharlene Sharon Sharonda Sharron Sharyn Shasta Shaun Shauna Shawanda Shawn Shawna Shay
        Shayla Shayna Shayne Sheena Sheila Shelby Sheldon Shelia Shelley Shelli Shellie Shelly Shelton
        Shena Sheree Sheri Sherie Sherilyn Sherita Sherman Sheron Sherri Sherrie Sherrill Sherron
        Sherry Sherryl Sherwood Sheryl Shiela Shirlee Shirlene Shirley Shirly Shon Shonda Sibyl Sid
        Sidney Sierra Sigrid Silas Silvia Simon Simona Simone Siobhan Socorro Sofia Sol Soledad Solomon
        Sondra Sonia Sonja Sonny Sonya Soon Sophia Sophie Spencer Stacey Staci Stacia Stacie Stacy Stan
        Stanford Stanley Stanton Starla Starr Stefan Stefani Stefanie Stella Stephaine Stephan Stephani
        Stephanie Stephany Stephen Stephenie Stephine Sterling Steve Steven Stevie Stewart Stormy
        Stuart Su Sue Summer Sung Sunny Susan Susana Susann Susanna Susannah Susanne Susie Suzan
        Suzanna Suzanne Suzette Suzie Suzy Sybil Syble Sydney Sylvester Sylvia Tabatha Tabitha Tad
        Talia Tamar Tamara Tamatha Tameka Tamela Tamera Tami Tamie Tamika Tamiko Tammi Tammie Tammy
        Tamra Tana Tanesha Tangela Tania Tanika Tanisha Tanner Tanya Tara Tarsha Taryn Tasha Tatiana
        Tawana Tawanda Tawanna Tawnya Taylor Ted Teddy Teena Tena Tenisha Teodora Teodoro Tera Terence
        Teresa Terese Teresita Teressa Teri Terra Terrance Terrell Terrence Terri Terrie Terry Tess
        Tessa Tessie Thad Thaddeus Thanh Thea Theda Thelma Theo Theodora Theodore Theresa Therese
        Theron Thersa Thomas Thomasina Thurman Thuy Tia Tiana Tiara Tierra Tiffani Tiffanie Tiffany
        Tiffiny Tillie Tim Timmy Timothy Tina Tisha Titus Tobias Toby Tod Todd Tom Tomas Tomasa Tomeka
        Tommie Tommy Toney Toni Tonia Tonja Tony Tonya Tori Tory Tosha Toya Tracee Tracey Traci Tracie
        Tracy Travis Trena Trent Trenton Tresa Tressa Tressie Treva Trevor Trey Tricia Trina Trish
        Trisha Trista Tristan Troy Trudy Truman Tuan Twila Twyla Ty Tyler Tyra Tyree Tyrell Tyron
        Tyrone Tyson Ulysses Una Ursula Vada Val Valarie Valencia Valentin Valentina Valentine Valeria
        Valerie Valorie Van Vance Vanessa Vaughn Veda Velda Velia Velma Velva Venessa Venita Venus Vera
        Verda Vergie Verla Vern Verna Vernell Vernice Vernie Vernita Vernon Verona Veronica Vesta
        Vicenta Vicente Vickey Vicki Vickie Vicky Victor Victoria Vida Vikki Vilma Vina Vince Vincent
        Vincenzo Viola Violet Violeta Virgie Virgil Virgilio Virgina Virginia Vita Vito Viva Vivian
        Viviana Von Vonda Vonnie Wade Waldo Walker Wallace Wally Walter Walton Wanda Wanita Ward Warner
        Warren Waylon Wayne Weldon Wendell Wendi Wendy Werner Wes Wesley Weston Whitney Wilber Wilbert
        Wilbur Wilburn Wilda Wiley Wilford Wilfred Wilfredo Wilhelmina Willa Willard Willene William
        Williams Willian Willie Willis Willy Wilma Wilmer Wilson Wilton Windy Winford Winfred Winifred
        Winnie Winnifred Winona Winston Woodrow Wyatt Wynona Xavier Xiomara Yadira Yasmin Yesenia Yetta
        Yoko Yolanda Yolonda Yong Yoshiko Yu Yvette Yvonne Zachariah Zachary Zachery Zack Zackary Zaida
        Zandra Zane Zelda Zella Zelma Zena Zenaida Zenobia Zina Zoe Zoila Zola Zona Zora Zoraida Zula
        Zulma
      # given-names: end
      # surnames: generated by scripts/given_names.py, do not edit
      surnames: >-
        Aaron Abbey Abbott Abdullah Abel Abell Abercrombie Abernathy Abeyta Ables Abner Abney Abraham
        Abram Abrams Abramson Abrego Abreu Acevedo Acker Ackerman Ackley Acosta Acree Acton Acuna Adair
        Adam Adame Adames Adams Adamson Adcock Addington Addison Adkins Adler Adorno Adrian Agee Agnew
        Agosto Aguayo Aguiar Aguilar Aguilera Aguirre Ahern Ahmad Ahmed Ahn Ahner Ahrens Aiello Aiken
        Aikens Ainsworth Akers Akin Akins Alanis Alaniz Alarcon Alba Albanese Albers Albert Alberts
        Albertson Albrecht Albright Albritton Alcala Alcantar Alcantara Alcaraz Alcorn Alden Alderman
        Alderson Aldrich Aldridge Alejandro Aleman Alex Alexander Alfaro Alfonso Alford Alfred Alger
        Ali Alicea Allan Allard Alleman Allen Alley Alleyne Allgood Allison Allman Allred Almanza
        Almaraz Almeida Almond Almonte Alonso Alonzo Alston Altamirano Altman Alton Alvarado Alvarez
        Alves Amador Amaral Amaro Amato Amaya Ambriz Ambrose Amerson Ames Amick Amin Ammons Amos
        Amundson Anaya Anders Andersen Anderson Anderton Andrade Andre Andres Andresen Andrew Andrews
        Andrus Angel Angeles Angell Angelo Angle Anglin Anguiano Angulo Annis Ansley Anson Anthony
        Antoine Anton Antonio Aparicio Apodaca Aponte Appel Apple Appleby Applegate Appleton Applewhite
        Appling Aquino Aragon Arana Aranda Araujo Arbogast Arce Arceneaux Archer Archibald Archie
        Archuleta Ard Ardoin Arellano Arena Arenas Arevalo Argo Arguello Argueta Arias Armbruster
        Armendariz Armenta Armijo Armour Armstead Armstrong Arndt Arnett Arnold Aronson Arredondo
        Arreola Arriaga Arrington Arriola Arrowood Arroyo Arruda Arsenault Arteaga Arthur Artis Asbury
        Ash Ashburn Ashby Ashcraft Ashe Asher Ashford Ashley Ashmore Ashton Ashworth Askew Aston
        Atchison Atchley Atencio Atherton Atkins Atkinson Attaway Atwell Atwood Aucoin Audette Auger
        August Augustine Ault Austin Auten Autrey Autry Avalos Avant Avelar Averill Avery Avila Aviles
        Ayala Aycock Ayers Ayotte Ayres Azevedo Babb Babbitt Babcock Baber Babin Babineaux Baca Bach
        Bachman Back Backman Backus Bacon Bader Badger Badillo Baer Baez Baeza Bagby Baggett Bagley
        Bagwell Bahena Bahr Baier Bailey Baily Bain Baines Bair Baird Baker Balch Balderas Baldridge
        Baldwin Bales Ball Ballard Ballenger Ballesteros Ballew Ballinger Ballou Baltazar Bancroft
        Banda Bandy Bane Banister Banker Banks Bankston Banner Bannister Bannon Banta Banuelos Baptiste
        Barajas Baran Barba Barbee Barber Barbosa Barbour Barboza Barclay Bard Barden Bare Barela
        Barfield Barger Barham Barhorst Barker Barkley Barksdale Barlow Barnard Barner Barnes Barnett
        Barnette Barney Barnhart Barnhill Barns Barnum Barnwell Baron Barone Barr Barragan Barraza
        Barrera Barreto Barrett Barrientos Barrier Barringer Barrington Barrios Barron Barros Barrow
        Barrows Barry Bartel Bartels Barth Bartholomew Bartlett Bartley Barton Bartz Bash Basham Basile
        Baskerville Baskin Bass Bassett Basso Bastian Batchelder Batchelor Bateman Bates Batey Batista
        Batiste Batson Battaglia Batten Battle Battles Batts Bauer Baugh Baugher Baughman Baum Bauman
        Baumann Baumgardner Baumgartner Bautista Baxley Baxter Bay Bayer Bayless Baylor Bayne Bays
        Beach Beal Beale Beall Beals Beam Beaman Beamon Bean Beane Bear Beard Bearden Beardsley Beasley
        Beason Beaton Beattie Beatty Beaty Beauchamp Beaudoin Beaudry Beaulieu Beauregard Beaver
        Beavers Becerra Bechtel Bechtold Beck Becker Beckett Beckham Beckley Beckman Beckwith Becnel
        Bedard Bedell Bedford Bedwell Beebe Beecher Beeler Beeman Beer Beers Beery Beeson Begay Beggs
        Begley Behr Behrens Belanger Belcher Belisle Belk Bell Bellamy Belle Bellinger Bello Bellows
        Belt Belton Beltran Bemis Benally Benavides Benavidez Bender Benedict Benefield Benfield
        Benford Benge Benham Benitez Benjamin Benn Benner Bennet Bennett Benoit Benson Bentley Benton
        Bentz Benz Berard Berg Bergen Berger Bergeron Bergin Bergman Bergmann Bergstrom Berkley
        Berkowitz Berlin Berman Bermudez Bernal Bernard Bernardo Berndt Bernhardt Bernier Bernstein
        Berrios Berry Berryhill Berryman Bertram Bertrand Berube Bess Bessette Best Betancourt Bethea
        Bethel Bettencourt Bettis Betts Betz Beveridge Beverly Bevins Bey Beyer Bianchi Bianco Bias
        Bibbs Bible Bice Bickel Bickford Biddle Bidwell Bieber Bierman Bigelow Biggs Bigham Bigler Bill
        Billings Billingsley Billington Billiot Bills Billups Bilodeau Binder Bing Bingham Binion
        Binkley Binns Birch Birchfield Bird Birdsong Birmingham Bischoff Bish Bishop Bissell Bisson
        Bissonnette Bittner Bivens Bivins Bixby Bixler Black Blackburn Blackford Blackman Blackmon
        Blackshear Blackstock Blackwell Blackwood Blain Blaine Blair Blais Blaisdell Blake Blakely
        Blakeney Blalock Blanchard Blanchette Blanco Bland Blanding Blank Blankenship Blanks Blanton
        Blaylock Bledsoe Blessing Blevins Bliss Blizzard Block Blocker Blodgett Blood Bloom Bloomer
        Bloomfield Blount Blow Blue Blum Blume Blunt Bly Blythe Board Boardman Boatman Boatright
        Boatwright Bobbitt Bobo Bock Boddie Bode Boehm Boettcher Bogan Bogart Boger Boggess Boggs Bogle
        Bohannon Bohn Boisvert Bojorquez Boland Bolanos Bolden Bolding Bolduc Bolen Boles Bolick Bolin
        Boling Bolinger Bolling Bollinger Bolt Bolton Bond Bonds Bone Bonham Bonilla Bonin Bonnell
        Bonner Bonnett Bonney Bono Booher Book Booker Boone Booth Boothe Boozer Bordelon Borden Borders
        Boren Borg Borges Born Borowski Borrego Bosch Bosley Boss Bost Bostic Bostick Boston Bostwick
        Boswell Bosworth Botello Bott Bottoms Botts Bouchard Boucher Boudreau Boudreaux Bouldin Bounds
        Bourassa Bourg Bourgeois Bourne Bourque Bousquet Boutin Bouton Boutte Boutwell Bove Bowden Bowe
        Bowen Bowens Bower Bowers Bowes Bowie Bowler Bowles Bowlin Bowling Bowman Bowser Bowyer Box
        Boyce Boyd Boyer Boyett Boyette Boykin Boykins Boylan Boyle Boyles Boynton Bozeman Brace Bracey
        Bracken Brackett Bracy Bradberry Bradbury Braddock Braden Bradford Bradley Bradshaw Brady Bragg
        Braithwaite Brake Bramlett Branch Brand Brandenburg Brandon Brandt Branham Brann Brannan
        Brannon Branson Brant Brantley Branton Brashear Brasher Braswell Bratcher Bratton Braud Braun
        Bravo Brawley Brawner Braxton Bray Brazil Breault Breaux Breckenridge Breeden Breeding
        Breedlove Breen Brehm Breland Bremer Brennan Brenner Brent Breton Brett Breunig Brewer
        Brewington Brewster Brewton Brian Brice Bricker Bridge Bridgeman Bridges Brien Briggs Brigham
        Bright Briley Brill Brim Brink Brinkley Brinkman Brinson Briones Briscoe Briseno Brister
        Bristol Bristow Brito Britt Brittain Britton Broadnax Broadwater Broadway Brock Brockington
        Brockman Brockway Broderick Brodeur Brodie Brody Brogan Brogdon Bromley Bronson Brook Brooke
        Brooker Brookins Brooks Brookshire Broom Broome Brophy Brothers Brotherton Broughton Broussard
        Browder Brower Brown Browne Brownell Browning Brownlee Broyles Brubaker Bruce Brumbaugh
        Brumfield Brumley Brummett Brundage Brunelle Bruner Brunet Brunner Bruno Bruns Brunson Brush
        Bruton Bryan Bryant Bryce Bryson Buchanan Bucher Buchholz Buck Buckingham Buckles Buckley
        Buckman Buckner Budd Buehler Buell Bueno Buffington Buford Bugg Buggs Bui Buie Bull Bullard
        Bullington Bullock Bulter Bumgarner Bump Bunch Bundy Bunker Bunn Bunnell Bunting Bunton Burbank
        Burch Burcham Burchett Burchfield Burden Burdett Burdette Burdick Burdine Burford Burg Burge
        Burger Burgess Burgett Burgin Burgos Burk Burke Burkett Burkhalter Burkhardt Burkhart
        Burkholder Burks Burleson Burley Burmeister Burnell Burnett Burnette Burney Burnham Burns
        Burnside Burr Burrell Burress Burris Burroughs Burrow Burrows Burrus Burson Burt Burton Burwell
        Busby Busch Bush Bushey Bushman Bushnell Buss Busse Bussell Bussey Bustamante Bustos Butcher
        Butler Butt Butterfield Butters Button Butts Buxton Buzzell Byars Bybee Byerly Byers Byler
        Bynum Byrd Byrne Byrnes Byron Byrum Caballero Caban Cable Cabral Cabrera Cade Cadena Cady
        Caesar Cage Cagle Cahill Cahoon Cain Cairns Calabrese Calder Caldera Calderon Caldwell Calhoun
        Calkins Call Callaghan Callahan Callaway Callen Callender Callis Calloway Calvert Calvillo
        Calvin Calvo Camacho Camara Camarillo Cambell Cameron Camp Campbell Camper Campos Canada Canady
        Canales Candelaria Canfield Cannady Cannon Cano Canter Cantor Cantrell Cantu Cantwell Canty Cao
        Capers Capone Capps Caputo Caraballo Caraway Carbajal Carbaugh Carbone Card Carden Cardenas
        Carder Cardona Cardoza Cardwell Carey Cargill Carillo Carl Carleton Carlile Carlin Carlisle
        Carlos Carlson Carlton Carlyle Carmack Carman Carmichael Carmody Carmona Carnahan Carnes Carney
        Caro Caron Carothers Carpenter Carper Carr Carranza Carrasco Carrasquillo Carraway Carrell
        Carreon Carrera Carrero Carrico Carrier Carrigan Carrillo Carrington Carrion Carrol Carroll
        Carruth Carruthers Carson Carswell Cartagena Carter Cartwright Carty Caruso Caruthers Carvajal
        Carvalho Carver Cary Casanova Casares Casarez Casas Case Casey Cash Cashman Casiano Casillas
        Caskey Cason Casper Cass Cassady Cassell Cassidy Castaneda Casteel Castellano Castellanos
        Castillo Castle Castleberry Casto Castor Castro Caswell Catalano Cate Cates Cathcart Cathey
        Catlett Cato Caton Catron Caudill Caudle Causey Cauthen Cavanaugh Cavazos Cave Cavender Cawley
        Cazares Ceballos Cecil Cedeno Cedillo Ceja Centeno Cepeda Cerda Cervantes Cervantez Cha Chacon
        Chadwick Chaffee Chaffin Chafin Chaisson Chalmers Chamberlain Chamberlin Chambers Chamblee
        Chambless Chambliss Champagne Champion Champlin Chan Chance Chancellor Chancey Chandler Chaney
        Chang Chao Chapa Chapin Chaplin Chapman Chappell Charette Charles Charley Charlton Charron
        Chartier Chase Chasse Chastain Chasteen Chatman Chau Chavarria Chaves Chavez Chavis Cheatham
        Chee Cheek Cheeks Chen Chenault Cheney Cheng Chenoweth Cherry Chesser Chester Chestnut Cheung
        Chevalier Chew Chick Child Childers Childress Childs Chiles Chilton Chin Ching Chinn Chipman
        Chisholm Chism Chisolm Chitwood Chiu Cho Choate Choe Choi Chong Chou Chow Chrisman Christ
        Christensen Christenson Christian Christiansen Christianson Christie Christman Christmas
        Christopher Christopherso Christy Chu Chun Chung Church Churchill Cintron Cisco Cisneros Claar
        Clair Clancy Clanton Clapp Clapper Clark Clarke Clarkson Clary Claudio Clausen Clawson Claxton
        Clay Claypool Clayton Cleary Cleaver Clegg Cleghorn Clem Clemens Clement Clemente Clements
        Clemmer Clemmons Clemons Cleveland Clevenger Click Clifford Clift Clifton Cline Clinton Close
        Cloud Clough Clouse Cloutier Clyburn Clyde Coakley Coates Coats Cobb Cobbs Coble Cobos Coburn
        Cochran Cochrane Cockerham Cockrell Cody Coe Cofer Coffee Coffey Coffin Coffman Cofield Coggins
        Cohen Cohn Coker Colbert Colburn Colby Cole Colella Coleman Coles Coley Collado Collard Collazo
        Collett Collette Colley Collier Collins Colman Colon Colson Colston Colter Colton Colucci
        Colunga Colvin Colwell Combs Comeau Comeaux Comer Compton Comstock Conant Conaway Concepcion
        Conde Condon Cone Coney Conger Conklin Conley Conlon Conn Connell Connelly Conner Conners
        Connolly Connor Connors Conover Conrad Conroy Constant Constantine Conte Conti Contreras
        Converse Conway Conwell Conyers Cook Cooke Cooks Cooksey Cool Cooley Coombs Coomer Coon Cooney
        Coons Cooper Cope Copeland Copley Copper Coppola Corbett Corbin Corbitt Corcoran Cordeiro
        Cordell Corder Cordero Cordes Cordova Core Corey Cork Corley Corliss Cormier Corn Cornejo
        Cornelius Cornell Cornett Cornish Cornwell Corona Coronado Corral Corrales Correa Correia
        Correll Corrigan Corriveau Corso Corson Cortes Cortez Corwin Cory Cosby Cosgrove Cosme Cosper
        Costa Costello Coston Cota Cote Cothran Cotten Cotter Cottingham Cottle Cotto Cotton Cottrell
        Couch Coughlin Coulombe Coulson Coulter Council Counts Courson Courtney Cousin Cousins Couture
        Covarrubias Cover Covert Covey Covington Cowan Coward Cowart Cowell Cowen Cowles Cowley Cox Coy
        Coyle Coyne Cozart Crabb Crabtree Craddock Craft Crafton Craig Crain Cramer Crandall Crandell
        Crane Cranford Craven Cravens Craver Crawford Crawley Crayton Creamer Creech Creed Creekmore
        Creel Creighton Crenshaw Crespo Cress Crews Cribbs Crider Crim Crisp Criss Crist Criswell
        Crites Crittenden Crocker Crockett Croft Cromer Cromwell Cronin Cronk Crook Crooks Croom
        Cropper Crosby Cross Crossland Crossley Crossman Croteau Crouch Crouse Crow Crowder Crowe
        Crowell Crowley Croy Crozier Cruise Crum Crumley Crump Crumpton Cruse Crutcher Crutchfield Cruz
        Cuellar Cuevas Culbertson Cullen Culler Culp Culpepper Culver Cumming Cummings Cummins Cundiff
        Cunningham Cuomo Cupp Cureton Curiel Curl Curley Curran Currie Currier Currin Curry Curtin
        Curtis Curtiss Cushing Cushman Cusick Custer Cutler Cutter Cyr Dabbs Dabney Dacosta Daggett
        Dagostino Dahl Daigle Dailey Daily Dale Daley Dallas Dalrymple Dalton Daly Damato Dame Dameron
        Damico Damon Damron Dana Dancy Dandrea Dandridge Danforth Dang Dangelo Daniel Daniels Danielson
        Danley Danner Dansby Dantzler Darby Dardar Darden Darling Darnell Darr Darrow Dasilva Daugherty
        Daughtry Davenport Davey David Davidson Davies Davila Davis Davison Dawes Dawkins Dawson Day
        Daye Dayton Deal Dean Deanda Deane Deangelis Deangelo Deans Dear Dearborn Dearing Deas Deason
        Deaton Deberry Deboer Debose Decarlo Decastro Deck Deckard Decker Decosta Decoteau Dee Deen
        Deering Dees Deese Deguzman Dehart Dehaven Dejesus Delacruz Delafuente Delagarza Delaney Delano
        Delapaz Delarosa Delatorre Deleon Delgadillo Delgado Delisle Delk Dell Dellinger Deloach Delong
        Delossantos Delp Delrio Deluca Deluna Delvalle Demarco Demello Dement Demers Deming Demoss
        Dempsey Dendy Denham Denis Denison Denman Dennard Denney Denning Dennis Dennison Denny Densmore
        Denson Dent Denton Depew Depriest Derby Derosa Derr Derrick Derry Desai Desantis Desilva
        Desimone Desjardins Desmarais Desmond Desrochers Desrosiers Destefano Deutsch Dever Deville
        Devine Devito Devlin Devoe Devore Devries Dew Deweese Dewey Dewitt Dews Dexter Deyoung Dial
        Diamond Dias Diaz Dibble Dicarlo Dick Dickens Dickenson Dickerson Dickey Dickinson Dickman
        Dicks Dickson Diehl Dietrich Dietz Diggs Dill Dillard Dilley Dillingham Dillion Dillman Dillon
        Dilworth Dimaggio Dingess Dingle Dingman Dinh Dinkins Dinsmore Dion Dionne Dipietro Dishman
        Distefano Dix Dixon Do Doak Doan Doane Dobbins Dobbs Dobson Dockery Doctor Dodd Dodds Dodge
        Dodson Doe Doering Doerr Doggett Doherty Dolan Doll Dollar Dombrowski Domingo Dominguez
        Dominick Dominquez Donahue Donald Donaldson Donato Donley Donnell Donnelly Donofrio Donohue
        Donovan Dooley Doolittle Doran Dore Dorman Dorn Dorr Dorris Dorsett Dorsey Dortch Doss Dotson
        Doty Doucet Doucette Dougherty Doughty Douglas Douglass Dove Dover Dow Dowd Dowdell Dowdy
        Dowell Dowling Downer Downes Downey Downing Downs Doyle Doyon Dozier Drain Drake Draper Drayton
        Dreher Drennan Dressler Drew Dreyer Driggers Driscoll Driskell Driver Drum Drummond Drury
        Dryden Duarte Dube Dubois Dubose Ducharme Duck Duckett Duckworth Duda Dudley Duenas Duff Duffey
        Duffy Dufresne Dugan Dugas Duggan Dugger Duhon Duke Dukes Dulaney Dumas Dumont Dunagan Dunaway
        Dunbar Duncan Dunford Dunham Dunlap Dunn Dunne Dunning Dunston Dunton Duong Dupont Dupre Dupree
        Duprey Dupuis Duquette Duran Durand Durant Durbin Durden Durfee Durham Durkee Durkin Durr
        Durrett Durst Dutcher Dutra Dutton Duty Duval Duvall Dvorak Dwyer Dye Dyer Dyke Dykes Dykstra
        Dyson Eades Eads Eady Eagan Eagle Earl Earle Earley Earls Early Earnest Easley Eason East
        Easter Easterling Eastman Easton Eastwood Eaton Eaves Eberhardt Eberle Ebert Eby Echevarria
        Echeverria Echols Eck Eckert Eckman Eddings Eddins Eddy Edelman Edelstein Eden Edens Edgar Edge
        Edgerton Edington Edison Edmiston Edmond Edmonds Edmondson Edmonson Edmunds Edson Edward
        Edwards Egan Egbert Eggers Eggert Eggleston Ehlers Ehrlich Eicher Eidson Eiland Eisenberg Elam
        Elder Eldred Eldredge Eldridge Eley Elias Eliason Elizondo Elkins Elledge Eller Ellingson
        Ellington Elliot Elliott Ellis Ellison Ellsworth Elmer Elmore Elrod Elston Elwell Elwood Ely
        Emanuel Embry Emerick Emerson Emery Emmert Emmons Emory Endicott Eng Engel Engelhardt England
        Engle Engler Englert English Engstrom Ennis Enoch Enos Enright Enriquez Epperson Epps Epstein
        Erb Erdman Erdmann Erickson Ericson Ernest Ernst Erskine Ervin Erwin Escalante Escamilla
        Escobar Escobedo Eskew Eskridge Esparza Espinal Espino Espinosa Espinoza Esposito Esquibel
        Esquivel Estep Estes Estevez Estrada Estrella Etheridge Ethridge Etter Eubank Eubanks Eudy
        Eugene Evangelista Evans Evenson Everett Everette Everhart Evers Eversole Everson Ewald Ewell
        Ewing Exum Ezell Faber Fabian Fagan Fahey Fain Fair Fairbanks Fairchild Faircloth Fairley
        Faison Fajardo Falcon Falcone Falgoust Falk Fallon Falls Fancher Fannin Fanning Fant Farber
        Faria Farias Farina Faris Farkas Farley Farmer Farnham Farnsworth Farr Farrar Farrell
        Farrington Farris Farrow Farwell Fast Faulk Faulkner Faust Favela Favors Fawcett Fay Fazio
        Fears Feaster Federico Fee Feeney Felder Feldman Feliciano Felix Felker Fell Feller Fellows
        Felton Felts Fender Fenn Fennell Fenner Fenton Fenwick Ferebee Ferguson Ferland Fernandes
        Fernandez Ferrante Ferrara Ferrari Ferraro Ferreira Ferrell Ferrer Ferris Ferro Ferry Fetter
        Fick Fidler Fiedler Field Fielder Fielding Fields Fierro Fife Fifield Figueroa Fike Fillmore
        Finch Fincher Findlay Findley Fine Fink Finley Finn Finnegan Finney Fiore Fischer Fish Fisher
        Fishman Fisk Fitch Fite Fitts Fitz Fitzgerald Fitzpatrick Fitzsimmons Fitzwater Fix Flack Flagg
        Flaherty Flanagan Flanders Flanigan Flannery Flatt Fleck Fleenor Fleetwood Fleming Flemming
        Fletcher Fleury Flick Flinn Flint Flood Flora Florence Flores Florez Flory Flournoy Flower
        Flowers Floyd Flynn Fogarty Fogel Fogg Fogle Foley Folk Folse Folsom Foltz Fong Fonseca
        Fontaine Fontana Fontenot Foote Forbes Ford Forde Fordham Fore Foreman Forest Forester Foret
        Forman Forney Forrest Forrester Forsberg Forster Forsyth Forsythe Fort Forte Fortenberry
        Fortier Fortin Fortner Fortney Fortune Foss Foster Fountain Fournier Foust Fouts Fowler Fowlkes
        Fox Foy Fraga Fraley Frame France Frances Francis Francisco Franco Francois Frank Franke
        Frankel Franklin Franks Frantz Franz Franzen Fraser Frasier Frawley Frazee Frazer Frazier
        Frechette Frederick Fredericks Fredette Fredrick Fredrickson Free Freed Freedman Freeland
        Freeman Freese Freitag Freitas French Freund Frey Frias Frick Friday Fried Friedman Friedrich
        Friel Friend Frierson Fries Friesen Frink Frisbie Frisby Frith Fritts Fritz Frizzell Frost Fry
        Frye Fryer Fuchs Fudge Fuentes Fugate Fuhrman Fulcher Fulford Fulk Fulkerson Fulks Fuller
        Fullerton Fullmer Fulmer Fulton Fultz Funderburk Fung Funk Fuqua Furlong Furman Furr Furtado
        Fusco Fussell Futrell Gabbard Gabel Gable Gabriel Gaddis Gaddy Gadson Gaffney Gage Gagne Gagnon
        Gailey Gainer Gaines Gainey Gaitan Gaither Galarza Galbraith Galbreath Gale Galindo Gall
        Gallagher Gallaher Gallant Gallardo Gallegos Gallo Galloway Gallup Galvan Galvez Galvin Gamache
        Gamble Gamboa Gambrell Gamez Gammon Gandy Gann Gannon Gant Gantt Gaona Garay Garber Garcia
        Gardiner Gardner Garfield Garibay Garica Garland Garman Garmon Garner Garnett Garretson Garrett
        Garrick Garrido Garris Garrison Garrity Garth Gartner Garver Garvey Garvin Gary Garza Gaskill
        Gaskin Gaskins Gaspar Gass Gaston Gates Gatewood Gatlin Gatling Gatto Gaudet Gaul Gault Gause
        Gauthier Gavin Gay Gayle Gaylor Gaylord Gaynor Gaytan Gearhart Geary Gee Geer Geiger Geisler
        Geist Geller Gendron Genovese Gentile Gentry George Gerald Gerard Gerber Gerdes Gerhardt
        Gerlach Germain German Germany Gervais Geter Getz Geyer Gibbons Gibbs Gibson Giddens Giddings
        Giese Gifford Gil Gilbert Gilbertson Gilbreath Gilchrist Giles Gilkey Gill Gillam Gillard
        Gillen Gillespie Gillette Gilley Gilliam Gilliard Gilligan Gilliland Gillis Gillispie Gillman
        Gillum Gilman Gilmer Gilmore Gilpin Gilreath Gilson Ginn Ginsberg Giordano Gipson Girard Giron
        Giroux Gish Gist Givens Gladden Gladney Glaser Glasgow Glass Glaze Gleason Glenn Glick Glidden
        Glisson Glover Glynn Goad Gober Goble Goddard Godfrey Godinez Godoy Godsey Godwin Goebel Goetz
        Goff Goforth Goings Goins Gold Goldberg Golden Golding Goldman Goldsberry Goldsmith Goldstein
        Gomes Gomez Gonsalves Gonzales Gonzalez Gooch Good Goodale Goodall Goode Goodell Gooden Goodin
        Gooding Goodman Goodnight Goodrich Goodson Goodwin Goolsby Gordon Gore Gorham Gorman Gorski
        Gosnell Goss Gosselin Gossett Gott Gottlieb Gough Gould Goulet Gourley Govan Gowen Gower Graber
        Grabowski Grace Gracia Grady Graf Graff Gragg Graham Grammer Granado Granados Grande Granger
        Grant Grantham Grass Grasso Gravely Graves Gray Graybill Grayson Graziano Greathouse Greaves
        Greco Greeley Green Greenberg Greene Greenfield Greenleaf Greenlee Greenwald Greenwell
        Greenwood Greer Gregg Gregoire Gregor Gregory Greiner Grenier Gresham Grey Gribble Grice Grider
        Griego Grier Griffen Griffin Griffis Griffith Griffiths Grigg Griggs Grigsby Grijalva Grillo
        Grim Grimes Grimm Grimmett Grimsley Grisham Grissom Griswold Grizzle Groce Groff Grogan Groom
        Grooms Grose Gross Grossman Groth Grove Grover Groves Grow Grubb Grubbs Grube Gruber Grundy
        Guajardo Guardado Guarino Guay Guenther Guerin Guerra Guerrero Guertin Guess Guest Guevara
        Guffey Guido Guidry Guillen Guillory Guinn Gullett Gulley Gunderson Gunn Gunter Gunther Gupta
        Gurley Gurney Gurule Gusman Gustafson Gustin Guthrie Gutierrez Guy Guyer Guyton Guzman Gwin
        Gwinn Ha Haag Haas Haase Haber Hack Hacker Hackett Hackler Hackney Hackworth Haddad Hadden
        Haddix Haddock Hadley Hafer Hagan Hagans Hagen Hager Hagerman Haggard Haggerty Hagler Hague
        Hahn Haight Haile Hailey Haines Hair Haire Hairston Hake Halbert Halcomb Hale Hales Haley Hall
        Haller Hallett Halley Halliday Hallman Hallmark Hallock Halloran Halpern Halpin Halsey Halstead
        Halter Halverson Halvorson Ham Hamann Hamblin Hambrick Hamby Hamel Hamer Hamill Hamilton
        Hamlett Hamlin Hamm Hammack Hammer Hammett Hammock Hammon Hammond Hammonds Hammons Hampton
        Hamrick Han Hance Hancock Hand Handley Handy Hanes Haney Hang Hankins Hanks Hanley Hanlon Hann
        Hanna Hannah Hannan Hannon Hanrahan Hansel Hansen Hanson Harbin Harbison Harbour Hardaway
        Hardee Hardeman Harden Harder Hardesty Hardiman Hardin Harding Hardison Hardman Hardwick Hardy
        Hare Hargett Hargis Hargrave Hargrove Harker Harkins Harkness Harlan Harless Harley Harlow
        Harman Harmon Harms Harness Harney Haro Harold Harp Harper Harr Harrell Harrelson Harrigan
        Harriman Harrington Harris Harrison Harrod Harry Hart Harter Hartfield Hartford Hartle Hartley
        Hartman Hartmann Hartnett Hartsell Hartsfield Hartung Hartwell Hartwig Hartzell Harvell Harvey
        Harwell Harwood Hash Haskell Haskins Hass Hassan Hassell Hasson Hastings Hasty Hatch Hatcher
        Hatchett Hatfield Hathaway Hatley Hatten Hatton Hauck Haug Haugen Haun Haupt Hauser Haven
        Havens Hawes Hawk Hawkes Hawkins Hawks Hawley Haworth Haws Hawthorne Hay Hayden Hayes Haygood
        Haynes Haynie Hays Hayward Haywood Hazard Hazel Hazelton Hazelwood Hazen Hazlett Hazzard Head
        Headley Headrick Heald Healey Healy Heard Hearn Hearne Heath Heaton Hebert Hecht Heck Hecker
        Heckman Hector Hedge Hedgepeth Hedges Hedrick Heffernan Heffner Heflin Hefner Heil Heilman Heim
        Hein Heine Heinrich Heintz Heinz Heiser Heisler Held Heller Helm Helmer Helmick Helms Helton
        Hembree Hemingway Hemphill Hendershot Henderson Hendley Hendon Hendren Hendrick Hendricks
        Hendrickson Hendrix Hendry Henke Henkel Henley Hennessey Hennessy Henning Henninger Henriquez
        Henry Henshaw Hensley Henson Her Herbert Herbst Herd Heredia Hereford Herman Hermann Hernadez
        Hernandes Hernandez Herndon Herold Herr Herren Herrera Herrick Herrin Herring Herrington
        Herrmann Herron Hersey Hershberger Herzog Hess Hesse Hester Hetrick Hewett Hewitt Hewlett
        Heyward Hiatt Hibbard Hibbs Hickerson Hickey Hickman Hicks Hickson Hidalgo Higa Higdon
        Higginbotham Higgins Higgs High Highsmith Hight Hightower Hilbert Hildebrand Hildebrandt
        Hildreth Hiles Hill Hillard Hiller Hilliard Hillis Hillman Hills Hilton Himes Hindman Hinds
        Hines Hinkle Hinkley Hinman Hinojosa Hinshaw Hinson Hinton Hintz Hipp Hirsch Hitchcock Hite
        Hitt Hix Hixon Hixson Ho Hoag Hoagland Hoang Hoard Hobbs Hobson Hoch Hochstetler Hockenberry
        Hodge Hodges Hodgkins Hodgson Hodson Hoelscher Hoey Hofer Hoff Hoffer Hoffman Hoffmann Hofmann
        Hogan Hogg Hoggard Hogue Hoke Holbert Holbrook Holcomb Holcombe Holden Holder Holguin Holiday
        Holifield Holland Hollander Hollar Hollenbeck Holler Holley Holliday Hollifield Holliman
        Hollinger Hollingsworth Hollins Hollis Hollister Holloman Holloway Hollowell Holly Holm Holman
        Holmes Holmquist Holst Holston Holt Holton Holtz Holzer Hom Homan Homer Honaker Honeycutt Hong
        Hood Hook Hooker Hooks Hooper Hooten Hoover Hope Hopkins Hoppe Hopper Hopson Horan Horn
        Hornback Horne Horner Horning Hornsby Horowitz Horsley Horst Horton Horvath Hosey Hoskins
        Hostetler Hostetter Hotchkiss Houck Hough Houghton Houk Houle House Houser Houston Hovis Howard
        Howe Howell Howerton Howes Howland Howlett Howze Hoy Hoyle Hoyt Hsu Hu Huang Hubbard Hubbell
        Hubbs Huber Hubert Huckaby Hudak Huddleston Hudgens Hudgins Hudson Hudspeth Huebner Huerta Huey
        Huff Huffman Hufford Huggins Hughes Hughey Hulbert Hulett Hull Hulse Hulsey Humble Hume Humes
        Hummel Humphrey Humphreys Humphries Hundley Huneycutt Hunley Hunsaker Hunt Hunter Huntington
        Huntley Hupp Hurd Hurley Hurst Hurt Hurtado Huskey Huss Hussey Huston Hutchens Hutcherson
        Hutcheson Hutchings Hutchins Hutchinson Hutchison Hutson Hutto Hutton Huynh Hwang Hyatt Hyde
        Hyden Hyder Hyland Hylton Hyman Hynes Ibanez Ibarra Ibrahim Iglesias Imes Imhoff Infante
        Ingalls Ingersoll Ingle Ingraham Ingram Inman Irby Ireland Irish Irizarry Irons Irvin Irvine
        Irving Irwin Isaac Isaacs Isaacson Isbell Isenberg Isham Isom Ison Israel Iverson Ives Ivey
        Ivie Ivory Ivy Izzo Jablonski Jack Jackman Jacks Jackson Jacob Jacobs Jacobsen Jacobson Jacoby
        Jacques Jaeger Jaffe Jaime Jaimes Jamerson James Jameson Jamieson Jamison Janes Jankowski
        Jansen Janssen Jaquez Jara Jaramillo Jarman Jarmon Jarrell Jarrett Jarvis Jason Jasper Jasso
        Javier Jay Jaynes Jean Jeffcoat Jefferies Jeffers Jefferson Jeffery Jeffrey Jeffries Jemison
        Jenkins Jenks Jennings Jensen Jenson Jernigan Jerome Jesse Jessen Jessie Jessup Jester Jeter
        Jett Jewell Jewett Jiles Jimenez Jimerson Jiminez Jobe Joe Johansen Johanson John Johns Johnsen
        Johnson Johnston Johnstone Joiner Jolley Jolly Jonas Jone Jones Jordan Jordon Jorge Jorgensen
        Jorgenson Jose Joseph Josephson Joslin Jost Joy Joyce Joyner Juan Juarez Judd Jude Judge
        Judkins Judy Julian Jung Just Justice Justus Kahl Kahler Kahn Kaiser Kaminski Kane Kang Kaplan
        Kapp Karl Karnes Karns Karp Karr Kasper Kasten Kastner Kato Katz Kauffman Kaufman Kaufmann
        Kavanagh Kavanaugh Kay Kaye Kaylor Kean Keane Kearney Kearns Keating Keaton Keck Kee Keefe
        Keefer Keegan Keel Keeler Keeley Keeling Keen Keenan Keene Keener Keeney Keeton Kehoe Keil Keim
        Keiser Keister Keith Kell Kellam Kellar Kelleher Keller Kellerman Kelley Kellner Kellogg Kellum
        Kelly Kelsey Kelso Kemp Kemper Kempf Kendall Kendrick Kennard Kennedy Kenner Kenney Kennon
        Kenny Kent Kenyon Kerby Kerley Kern Kerns Kerr Kerrigan Kersey Kershaw Kessler Kester Ketcham
        Ketchum Key Keyes Keys Keyser Khan Khoury Kibler Kidd Kidder Kidwell Kiefer Kieffer Kiger Kight
        Kilburn Kile Kilgore Killian Killingsworth Killion Killough Kilmer Kilpatrick Kim Kimball
        Kimber Kimble Kimbrell Kimbrough Kimes Kimmel Kimura Kinard Kincaid Kinder Kindred King Kingery
        Kingsbury Kingsley Kingston Kinlaw Kinney Kinser Kinsey Kipp Kirby Kirchner Kirk Kirkham
        Kirkland Kirkman Kirkpatrick Kirksey Kirkwood Kirsch Kirschner Kiser Kish Kistler Kitchen
        Kitchens Kite Kittrell Kizer Klatt Klaus Klein Kline Kling Klingensmith Klinger Klink Klotz
        Klug Knapp Knight Knoll Knopp Knott Knotts Knowles Knowlton Knox Knudsen Knudson Knutson
        Kobayashi Koch Kocher Koehler Koehn Koenig Koerner Koester Kohl Kohler Kohn Kolb Koller Kong
        Koon Koonce Koons Koontz Kopp Korn Kornegay Koski Koss Koster Kovach Kovacs Kowal Kowalski
        Kozak Kozlowski Kraemer Kraft Kramer Krantz Kranz Kratz Kraus Krause Krauss Krebs Kremer Kress
        Krieger Kroeger Kroll Krueger Krug Kruger Kruse Kuehn Kuhl Kuhlman Kuhn Kuhns Kumar Kunkel
        Kunkle Kuntz Kunz Kurtz Kutz Kuykendall Kwan Kwon Kyle Kyles Kyser Labbe Labelle Labonte Laboy
        Labrecque Labrie Lacasse Lacey Lachance Lackey Lacombe Lacroix Lacy Ladd Ladner Lafferty
        Laflamme Lafleur Lafountain Lafrance Lahr Lai Lail Laine Laing Lair Laird Lajoie Lake Lakey
        Laliberte Lally Lalonde Lam Lamar Lamb Lambert Lamm Lamont Lamontagne Lamoureux Lamp Lampe
        Lampkin Lancaster Lance Land Landa Lander Landeros Landers Landes Landis Landon Landreth
        Landrum Landry Lane Laney Lang Langdon Lange Langer Langford Langham Langley Langlois Langston
        Lanham Lanier Lankford Lanning Lantz Lanza Lapierre Laplante Lapointe Laporte Lapp Lara Large
        Largent Lark Larkin Larkins Laroche Larochelle Larosa Larose Larrabee Larry Larsen Larson Larue
        Lasalle Lash Lasher Lashley Lasley Lassiter Laster Latham Lathrop Latimer Latta Lattimore Lau
        Lauer Laughlin Laurent Lavallee Lavalley Lavelle Lavender Lavergne Lavigne Lavin Lavoie Law
        Lawhorn Lawler Lawless Lawlor Lawrence Laws Lawson Lawton Lawyer Lay Layman Layne Layton
        Lazarus Lazo Le Lea Leach Leahy Leak Leake Leal Lear Leary Leath Leatherman Leathers
        Leatherwood Leavitt Leblanc Leboeuf Lebron Lebrun Leclair Leclerc Lecompte Ledbetter Ledesma
        Ledet Ledezma Ledford Ledoux Lee Leech Leeper Lees Lefebvre Lefevre Leflore Leftwich Leger Legg
        Leggett Legrand Lehman Lehmann Lehr Leibowitz Leigh Leighton Leija Lejeune Lemaster Lemay
        Lemieux Lemire Lemke Lemley Lemmon Lemmons Lemoine Lemon Lemons Lemos Lemus Lenard Lennon
        Lennox Lenoir Lent Lentz Lenz Leo Leon Leonard Leonardo Leone Leong Lepage Lerma Lerner Leroy
        Leslie Lessard Lester Letourneau Lett Leung Levasseur Leverett Levesque Levi Levin Levine
        Levinson Levitt Levy Lew Lewandowski Lewin Lewis Ley Leyva Lheureux Li Liang Libby Liddell
        Lieberman Lien Liggett Liggins Light Lightfoot Lightner Ligon Liles Lillard Lilley Lillie Lilly
        Lim Lima Limon Lin Linares Lincoln Lind Lindberg Lindeman Linden Linder Lindgren Lindley
        Lindner Lindquist Lindsay Lindsey Lindstrom Lineberry Ling Link Linker Linkous Linn Linton
        Linville Lippert Lipscomb Lira Lister Litchfield Little Littlefield Littlejohn Littleton Litton
        Littrell Liu Lively Livengood Livingston Lizotte Llamas Llewellyn Lloyd Lo Lock Lockard Locke
        Lockett Lockhart Locklear Lockwood Loeffler Loera Loftin Loftis Lofton Loftus Logan Loggins
        Logsdon Logue Lohman Lohr Lomas Lomax Lombard Lombardi Lombardo Lomeli London Long Longo
        Longoria Loomis Looney Loos Loper Lopes Lopez Lord Lorenz Lorenzo Lott Loucks Loudermilk Louie
        Louis Lovato Love Lovejoy Lovelace Lovelady Loveland Loveless Lovell Lovely Lovett Loving Low
        Lowder Lowe Lowell Lower Lowery Lowman Lowrey Lowry Loy Loya Loyd Lozada Lozano Lu Lucas Luce
        Lucero Lucia Luciano Lucier Lucio Luck Luckett Luckey Lucky Ludwig Luevano Lugo Luis Lujan Luke
        Luker Lum Lumpkin Luna Lund Lundberg Lundgren Lundquist Lundy Lunn Lunsford Luong Lupo Lusk
        Lussier Luster Luther Luttrell Lutz Luu Lux Ly Lykins Lyle Lyles Lyman Lynch Lynn Lyon Lyons
        Lytle Ma Maas Mabe Mabry Macarthur Macdonald Macdougall Mace Macgregor Mach Machado Macias
        Maciel Mack Mackay Mackenzie Mackey Mackie Macklin Maclean Macleod Macmillan Macomber Macon
        Macpherson Madden Maddox Maddux Mader Madera Madigan Madison Madore Madrid Madrigal Madsen Maes
        Maestas Magana Magee Maggard Maggio Magill Magnuson Magruder Maguire Mahaffey Mahan Maher
        Mahler Mahon Mahone Mahoney Mai Maier Main Major Majors Maki Malave Malcolm Malcom Maldonado
        Malik Malinowski Mallard Mallett Malley Mallory Malloy Malone Maloney Maloy Manchester Mancini
        Mancuso Mandel Maness Mangrum Mangum Manion Manley Mann Manning Mannino Manns Manor Mansfield
        Manson Mansour Manuel Manzano Manzo Mapes Maple Maples Mapp Marable Marble Marcano March
        Marchand Marchant Marchese Marcotte Marcum Marcus Marek Mares Marin Marino Marion Mark Marker
        Markham Markle Markley Marks Markus Marler Marley Marlin Marlow Marlowe Marquardt Marquez
        Marquis Marr Marra Marrero Marriott Marroquin Marrs Mars Marsh Marshall Marston Martel Martell
        Martens Martin Martindale Martineau Martines Martinez Martini Martino Martins Martinson Marty
        Martz Marvin Marx Mascarenas Mashburn Mask Mason Massa Massey Massie Mast Masters Masterson
        Mastin Mata Mateo Matheny Mather Matherly Matherne Mathers Mathes Matheson Mathew Mathews
        Mathewson Mathias Mathieu Mathis Mathison Matias Matlock Matney Matos Matson Matta Matteson
        Matthew Matthews Mattingly Mattison Mattos Mattox Mattson Matz Mauldin Maupin Maurer Maurice
        Mauro Maxey Maxfield Maxwell May Maya Mayberry Mayer Mayers Mayes Mayfield Mayhew Mayle Maynard
        Mayo Mayorga Mays Maze Mazur Mazza Mcabee Mcadams Mcadoo Mcafee Mcalister Mcallister Mcalpin
        Mcalpine Mcanally Mcardle Mcarthur Mcatee Mcauley Mcavoy Mcbee Mcbride Mcbroom Mccabe
        Mccafferty Mccaffrey Mccain Mccall Mccallister Mccallum Mccandless Mccann Mccants Mccarter
        Mccarthy Mccartney Mccarty Mccary Mccaskill Mccaslin Mccauley Mcchesney Mcclain Mcclanahan
        Mcclary Mcclean Mccleary Mcclellan Mcclelland Mcclendon Mcclintock Mcclinton Mccloskey Mccloud
        Mcclung Mcclure Mcclurg Mccluskey Mccollum Mccomas Mccombs Mcconnell Mccool Mccord Mccorkle
        Mccormack Mccormick Mccowan Mccown Mccoy Mccracken Mccrary Mccraw Mccray Mccrea Mccreary
        Mccrory Mccue Mcculley Mcculloch Mccullough Mccune Mccurdy Mccurry Mccutchen Mccutcheon Mcdade
        Mcdaniel Mcdaniels Mcdavid Mcdermott Mcdevitt Mcdonald Mcdonnell Mcdonough Mcdougal Mcdougall
        Mcdowell Mcduffie Mceachern Mcelhaney Mcelroy Mcevoy Mcewen Mcfadden Mcfall Mcfarland Mcfarlane
        Mcfarlin Mcgarry Mcgee Mcgehee Mcghee Mcgill Mcginley Mcginn Mcginnis Mcginty Mcglothlin
        Mcglynn Mcgough Mcgovern Mcgowan Mcgrath Mcgraw Mcgregor Mcgrew Mcgriff Mcguinness Mcguire
        Mchale Mchenry Mchugh Mcinnis Mcintire Mcintosh Mcintyre Mciver Mckay Mckean Mckee Mckeever
        Mckellar Mckelvey Mckenna Mckenney Mckenzie Mckeon Mckeown Mckibben Mckim Mckinley Mckinney
        Mckinnon Mcknight Mckoy Mclain Mclane Mclaren Mclaughlin Mclaurin Mclean Mclellan Mclemore
        Mclendon Mcleod Mcmahan Mcmahon Mcmanus Mcmaster Mcmichael Mcmillan Mcmillen Mcmillian Mcmillin
        Mcminn Mcmorris Mcmullen Mcmullin Mcmurray Mcnabb Mcnair Mcnally Mcnamara Mcnamee Mcneal
        Mcneely Mcneil Mcneill Mcnew Mcnulty Mcnutt Mcpeak Mcphail Mcphee Mcpherson Mcqueen Mcrae
        Mcreynolds Mcswain Mcvay Mcvey Mcwhorter Mcwilliams Meacham Mead Meade Meador Meadows Meagher
        Means Mears Mecham Medeiros Medellin Medford Medina Medley Medlin Medlock Medrano Meehan Meek
        Meeker Meekins Meeks Mefford Meier Meister Mejia Melancon Melanson Melendez Mello Mellon Melo
        Melton Melvin Mena Menard Menchaca Mendenhall Mendes Mendez Mendoza Menendez Meneses Menke
        Meraz Mercado Mercer Merchant Mercier Mercurio Meredith Merino Merkel Merrell Merrick
        Merrifield Merrill Merriman Merritt Merriweather Merry Merryman Mertens Mertz Mesa Messenger
        Messer Messick Messier Messina Messner Metcalf Metcalfe Metts Metz Metzger Metzler Meyer Meyers
        Meza Michael Michaels Michaelson Michalski Michaud Michel Michell Michels Mick Mickelson
        Mickens Mickey Mickle Middlebrooks Middleton Midkiff Miele Miguel Milam Milan Milano Milburn
        Miles Miley Millan Millar Millard Miller Millet Milligan Milliken Million Mills Millsap Milne
        Milner Milton Mims Mincey Miner Mingo Mink Minnick Minor Minter Minton Mintz Miracle Miramontes
        Miranda Mireles Mitchel Mitchell Mitchem Mitchum Mix Mixon Mize Mizell Moats Mobley Mock Modlin
        Moe Moeller Moen Moffatt Moffett Moffitt Mohamed Mohammed Mohler Mohr Mojica Molina Moll Moller
        Molloy Molnar Monaco Monaghan Monahan Moncrief Monday Mondragon Money Monge Monger Moniz Monk
        Monroe Monroy Monson Montague Montalvo Montana Montanez Montano Montemayor Montenegro Montero
        Montes Montez Montgomery Montiel Montoya Moody Moon Mooney Moore Moorehead Moorer Moorman Mora
        Morales Moralez Moran More Moreau Morehead Morehouse Moreira Morel Moreland Morelli Moreno
        Morey Morgan Moriarty Morin Moritz Morley Morrell Morrill Morris Morrison Morrissette Morrissey
        Morrow Morse Mortensen Mortenson Mortimer Morton Mosby Moseley Mosely Moser Moses Mosher Mosier
        Mosley Mosqueda Moss Mota Moten Motley Moton Mott Moua Moulton Moultrie Mount Mouton Mowery
        Mowry Moxley Moy Moya Moye Moyer Moyers Mudd Mueller Muhammad Muir Mulcahy Mulholland Mulkey
        Mull Mullen Mullens Muller Mulligan Mullin Mullinax Mullins Mullis Mumford Muncy Mundy Munger
        Munguia Muniz Munn Munoz Munro Munroe Munson Murchison Murdoch Murdock Murillo Muro Murphey
        Murphy Murray Murrell Murry Muse Musgrave Musgrove Music Musick Musselman Musser Myer Myers
        Myles Myrick Nabors Nadeau Nagel Nagle Nagy Nail Najera Nakamura Nall Nalley Nance Napier
        Napolitano Napper Naquin Naranjo Narvaez Nash Nason Natale Nathan Nation Nations Natividad Nava
        Navarrete Navarro Nave Naylor Nazario Neace Neal Neale Nealy Neary Necaise Needham Neel Neeley
        Neely Neese Neff Negrete Negron Neighbors Neil Neill Neilson Nelms Nelsen Nelson Nemeth Neri
        Nero Nesbit Nesbitt Nesmith Ness Nester Nestor Nettles Neubauer Neuman Neumann Nevarez Nevels
        Neville New Newberry Newby Newcomb Newell Newhouse Newkirk Newland Newman Newport Newsom
        Newsome Newson Newton Nez Ng Ngo Nguyen Nicholas Nicholls Nichols Nicholson Nickel Nickell
        Nickels Nickerson Nicolas Nielsen Nielson Niemi Nieto Nieves Niles Nilsson Nino Nissen Nix
        Nixon Noah Noble Nobles Noe Noel Nolan Noland Nolen Noll Nolte Noonan Nord Nordstrom Norfleet
        Noriega Norman Norris North Northcutt Northern Norton Norvell Norwood Nottingham Novak Novotny
        Nowak Nowell Nowicki Nowlin Noyes Nugent Null Numbers Nunes Nunez Nunley Nunn Nunnally Nutt
        Nutter Nye Oakes Oakley Oaks Oates Oberg Obrian Obrien Obryan Obryant Ocampo Ocasio Ochoa Ochs
        Oconnell Oconner Oconnor Odell Oden Odom Odonnell Odum Ogburn Ogden Ogle Oglesby Ogletree
        Ogrady Oh Ohara Ohare Ojeda Okeefe Okelley Oldham Olds Oleary Olguin Olin Olinger Oliphant
        Oliva Olivares Olivarez Olivas Olive Oliveira Oliver Olivera Olivier Olivo Olmos Olmstead Olney
        Olsen Olson Olszewski Olvera Omalley Omara Oneal Oneil Oneill Ong Ontiveros Oquendo Oquinn
        Orange Orcutt Ordonez Oreilly Orellana Orlando Ornelas Orosco Orourke Orozco Orr Orta Ortega
        Ortego Orth Ortiz Orton Osborn Osborne Osburn Osgood Oshea Osorio Osteen Oster Ostrander
        Osullivan Osuna Oswald Oswalt Otero Otis Otoole Ott Otten Otto Oubre Ouellette Ousley Outlaw
        Overby Overman Overstreet Overton Owen Owens Owings Owsley Oxford Oyler Ozuna Pabon Pace
        Pacheco Pack Packard Packer Paddock Padgett Padilla Padron Paez Pagan Pagano Page Paige Paine
        Painter Pak Palacio Palacios Palermo Palm Palma Palmer Palmieri Palmore Palomino Palomo Palumbo
        Pang Paniagua Pankey Pannell Pantoja Papa Pape Pappas Paquette Paquin Paradis Paradise Pardo
        Pardue Pare Paredes Parent Parenteau Parham Paris Parish Parisi Park Parke Parker Parkhurst
        Parkinson Parkman Parks Parmer Parnell Parr Parra Parris Parrish Parrott Parry Parsley Parson
        Parsons Partain Partida Partin Parton Partridge Paschal Paschall Pascual Pass Passmore Pastor
        Patch Pate Patel Paterson Patino Patrick Patten Patterson Pattison Patton Paul Pauley Paulino
        Paulk Paulsen Paulson Paxton Payne Payton Paz Peabody Peace Peach Peachey Peacock Peak Peake
        Pearce Pearl Pearman Pearsall Pearson Pease Peck Peckham Peden Pedersen Pederson Pedigo Pedraza
        Pedro Pedroza Peebles Peek Peel Peele Peeler Peeples Peery Pegues Pelayo Pelkey Pellegrino
        Pellerin Pelletier Peltier Pelton Pemberton Pena Pence Pender Pendergrass Pendleton Penland
        Penn Pennell Penney Pennington Penny Penrod Penton Peoples Pepe Pepin Pepper Peppers Perales
        Peralta Percy Perdue Perea Pereira Peres Perez Perkins Perlman Perreault Perri Perrin Perrine
        Perron Perrone Perry Perryman Persaud Persinger Person Pete Peter Peterman Peters Petersen
        Peterson Petit Petrie Petry Petterson Pettiford Pettigrew Pettis Pettit Pettus Pettway Petty
        Peyton Pfaff Pfeffer Pfeifer Pfeiffer Pfister Pham Phan Pharr Phelan Phelps Phifer Philip
        Philips Phillip Phillips Philpot Phipps Piazza Picard Pichardo Pickard Pickens Pickering
        Pickett Pickle Pieper Pierce Piercy Pierre Pierson Pigg Pike Pilcher Pilgrim Pilkington
        Pimental Pimentel Pina Pinckney Pinder Pine Pineda Pinkerton Pinkham Pinkney Pinkston Pino
        Pinson Pinto Piper Pipkin Pippin Pires Pirtle Pitcher Pitman Pitre Pitt Pittman Pitts Pizarro
        Place Plank Plant Plante Plascencia Platt Player Plaza Pleasant Plourde Plowman Plumb Plumley
        Plummer Plunkett Poe Pogue Pohl Poindexter Pointer Poirier Poisson Polanco Poland Poling Polk
        Pollack Pollard Polley Pollock Polson Pomeroy Ponce Pond Ponder Pool Poole Pooler Poore Pope
        Popp Porras Porter Porterfield Portillo Portis Posey Post Poston Poteat Poteet Potter Potts
        Poulin Poulos Pounds Powe Powell Power Powers Poynter Prado Prater Prather Pratt Pray Preciado
        Preece Prendergast Prentice Prescott Presley Pressley Preston Prevost Prewitt Price Prichard
        Priddy Pride Pridemore Pridgen Priest Prieto Prince Pringle Prior Pritchard Pritchett Probst
        Proctor Proffitt Propst Prosser Proulx Provencher Provost Pruett Pruitt Pryor Puckett Puente
        Puga Pugh Pugliese Pulido Pullen Pulley Pulliam Pulver Pumphrey Purcell Purdy Purnell Purser
        Purvis Puryear Putman Putnam Pyle Pyles Qualls Quan Quarles Queen Quesada Quezada Quick Quigley
        Quiles Quillen Quimby Quinlan Quinn Quinones Quinonez Quintana Quintanilla Quintero Quirk
        Quiroz Raby Race Racine Rackley Radcliff Radcliffe Rademacher Rader Radford Radtke Rae Rael
        Rafferty Ragan Rager Ragland Ragsdale Rahn Raines Rainey Rains Rainwater Raleigh Raley Ralph
        Ralston Ramage Rambo Ramer Ramey Ramirez Ramon Ramos Ramsay Ramsey Rand Randall Randazzo
        Randell Randle Randolph Raney Range Rangel Rankin Rankins Ransom Ranson Rao Raper Rapp Rascon
        Rash Rasmussen Ratcliff Ratcliffe Rathbone Rathbun Ratliff Rau Rauch Rausch Rawlings Rawlins
        Rawls Rawson Ray Rayburn Rayford Raymer Raymond Rayner Raynor Razo Rea Read Reader Ready Reagan
        Real Reams Reardon Reaves Reavis Reber Rector Red Redd Redden Reddick Redding Reddy Redman
        Redmon Redmond Reece Reed Reeder Reedy Reel Rees Reese Reeve Reeves Regalado Regan Register
        Rego Reich Reichert Reid Reilly Reimer Reinhardt Reinhart Reinke Reis Reiss Reiter Reitz
        Rembert Remillard Remington Renaud Rendon Renfro Renfroe Renfrow Renner Reno Renteria Resendez
        Reuter Rex Rey Reyes Reyna Reynolds Reynoso Rhea Rhinehart Rhoades Rhoads Rhoden Rhodes Rhone
        Rhyne Ricci Rice Rich Richard Richards Richardson Richburg Richey Richie Richman Richmond
        Richter Rick Rickard Ricker Ricketts Rickman Ricks Rico Riddell Riddick Riddle Ridenour Rideout
        Rider Ridge Ridgeway Ridgway Ridley Riedel Ries Rife Riffle Rigby Riggins Riggs Rigney Rigsby
        Riley Rimmer Rinaldi Rincon Rinehart Ring Ringer Riojas Riordan Rios Ripley Risner Ritchey
        Ritchie Rittenhouse Ritter Ritz Rivard Rivas Rivera Rivero Rivers Rizzo Roach Roark Robb
        Robbins Roberge Roberson Robert Roberts Robertson Robey Robichaud Robichaux Robin Robinett
        Robinette Robins Robinson Robison Robledo Robles Robson Roby Rocco Rocha Roche Rochelle
        Rochester Rock Rockwell Rodarte Rodas Roddy Roden Roderick Rodgers Rodman Rodrigue Rodrigues
        Rodriguez Rodriquez Roe Roebuck Roger Rogers Rohde Rohr Rohrer Rojas Rojo Roland Roldan Rolfe
        Roll Roller Rollins Rolon Roman Romano Rome Romeo Romero Romine Romo Rondeau Roney Rood Roof
        Rooker Rooks Rooney Roop Root Roper Roque Rosa Rosado Rosales Rosario Rosas Roscoe Rose
        Roseberry Rosen Rosenbaum Rosenberg Rosenberger Rosenblum Rosenfeld Rosenthal Ross Rosser Rossi
        Rossman Roth Rothman Rothstein Rounds Roundtree Roundy Rountree Rouse Roush Rousseau Roussel
        Rowan Rowden Rowe Rowell Rowland Rowlett Rowley Roy Royal Roybal Royce Royer Royster Rozier
        Rubin Rubino Rubio Ruble Ruby Ruch Rucker Rudd Rudolph Rudy Rue Ruelas Ruff Ruffin Ruggiero
        Ruggles Ruhl Ruiz Rule Rumph Rumsey Runge Runion Runnels Runyan Runyon Rupert Rupp Ruppert Rush
        Rushing Rusk Russ Russel Russell Russo Rust Ruth Rutherford Rutland Rutledge Rutter Ruvalcaba
        Ryals Ryan Ryder Saad Saavedra Sabin Sabo Sacco Sachs Sackett Saddler Sadler Sadowski Saenz
        Saez Safford Sage Sager Sain Saiz Salas Salazar Salcedo Salcido Saldana Saldivar Sale Salem
        Salerno Sales Salgado Salinas Salisbury Sallee Salley Salmon Salmons Salter Salvador Salvatore
        Salyer Salyers Sam Samaniego Sammons Samons Sample Samples Sampson Sams Samson Samuel Samuels
        Samuelson Sanabria Sanborn Sanches Sanchez Sand Sandberg Sander Sanders Sanderson Sandifer
        Sandler Sandlin Sandoval Sands Sandstrom Sandy Sanford Sankey Sansone Santacruz Santamaria
        Santana Santiago Santillan Santo Santoro Santos Sapp Sargent Sarmiento Sartin Sarver Sasser
        Sato Satterfield Satterwhite Sattler Sauceda Saucedo Saucier Sauer Saul Sauls Saunders Savage
        Savoie Savoy Sawyer Sawyers Saxon Saxton Sayers Sayles Saylor Sayre Scales Scalf Scanlan
        Scanlon Scarberry Scarborough Scarbrough Scarlett Schaefer Schaeffer Schafer Schaffer Schaller
        Schatz Scheer Scheffler Schell Schenck Schenk Scherer Schexnayder Schick Schiller Schilling
        Schindler Schlegel Schlosser Schlueter Schmid Schmidt Schmitt Schmitz Schneider Schnell Schoen
        Schofield Scholl Scholz Schoonover Schott Schrader Schramm Schreiber Schreiner Schrock Schroder
        Schroeder Schubert Schuler Schulman Schulte Schultz Schulz Schulze Schumacher Schuman Schumann
        Schuster Schutz Schwab Schwartz Schwarz Schweitzer Scofield Scoggins Scott Scribner Scroggins
        Scruggs Scudder Scully Seabolt Seal Seale Seals Sealy Seaman Searcy Searle Searles Sears Seaton
        Seay Sebastian Sedillo See Seeger Seeley Seely Segal Seger Segovia Segura Seibert Seidel
        Seifert Seiler Seitz Selby Self Sell Sellars Sellers Sells Sena Seng Senn Sepulveda Serna Serra
        Serrano Serrato Sessions Sessoms Settle Settles Setzer Severson Sevilla Seward Sewell Sexton
        Seymore Seymour Shackelford Shade Shafer Shaffer Shah Shanahan Shane Shaner Shank Shankle
        Shanklin Shanks Shannon Shapiro Sharkey Sharma Sharp Sharpe Shattuck Shaver Shaw Shay Shea
        Shealy Shearer Shears Shedd Sheehan Sheets Sheffield Shelby Sheldon Shell Shelley Shelly
        Shelton Shepard Shephard Shepherd Sheppard Sherer Sheridan Sherlock Sherman Sherrill Sherrod
        Sherry Sherwood Shields Shifflett Shilling Shin Shine Shinn Shipe Shipley Shipman Shipp Shirey
        Shirk Shirley Shively Shiver Shivers Shockey Shockley Shoemake Shoemaker Shoffner Shook Shoop
        Shore Shores Short Shorter Shoup Shouse Showalter Showers Shrader Shreve Shriver Shropshire
        Shrum Shubert Shuler Shull Shults Shultz Shumaker Shuman Shumate Shumway Shupe Shuster Shutt
        Sibley Sides Siebert Siegel Sierra Sievers Sigler Sigmon Sikes Sikora Silas Siler Sills Silva
        Silvas Silveira Silver Silverman Silvers Silverstein Silvey Silvia Sim Simmon Simmons Simms
        Simon Simonds Simone Simons Simonson Simpkins Simpson Sims Sinclair Singer Singh Singletary
        Singleton Sink Sipe Sipes Sipple Sirois Sisco Sisk Sisneros Sisson Sites Sizemore Skaggs Skeen
        Skelton Skidmore Skiles Skinner Skipper Slack Slade Slagle Slate Slater Slaton Slattery
        Slaughter Slavin Slay Slayton Sledge Sloan Slocum Slone Slusher Small Smalley Smalls Smallwood
        Smart Smiley Smith Smitherman Smithers Smithson Smock Smoot Smothers Smyth Snapp Snead Sneed
        Snell Snider Snipes Snodgrass Snook Snow Snowden Snyder Soares Soileau Sokol Solano Solberg
        Soler Solis Soliz Solomon Solorio Solorzano Somers Somerville Sommer Sommers Son Song Sonnier
        Soper Sorensen Sorenson Soria Soriano Sorrell Sorrells Sosa Sotelo Soto Soucy Soule Sousa South
        Southard Southerland Southern Southworth Souza Sowell Sowers Spain Spalding Spangler Spann
        Sparkman Sparks Sparrow Spaulding Speaks Spear Spearman Spears Speck Speed Speer Speight Spell
        Spellman Spence Spencer Sperling Sperry Spicer Spiegel Spiker Spikes Spiller Spillman Spinelli
        Spinks Spires Spitzer Spivey Spooner Spradlin Sprague Spriggs Spring Springer Sprinkle Sprouse
        Spruill Spurgeon Spurlock Squires Stacey Stack Stackhouse Stacy Stadler Stafford Staggs Stahl
        Staley Stallard Stallings Stallworth Stamey Stamm Stamper Stamps Stancil Standley Stanfield
        Stanfill Stanford Stanley Stansberry Stansbury Stanton Staples Stapleton Stark Starkey Starks
        Starling Starnes Starr Staten Staton Stauffer Stclair Steadman Stearns Stebbins Steed Steel
        Steele Steelman Steen Steffen Stegall Steger Stein Steinberg Steiner Steinke Steinmetz Stephan
        Stephen Stephens Stephenson Stepp Sterling Stern Sternberg Sterner Steven Stevens Stevenson
        Steward Stewart Stgermain Sthilaire Stickney Stidham Stiffler Stiles Still Stillman Stillwell
        Stiltner Stilwell Stine Stinnett Stinson Stites Stith Stitt Stjohn Stlouis Stock Stocker
        Stockman Stocks Stockton Stockwell Stoddard Stoker Stokes Stoll Stoltz Stoltzfus Stone Stoner
        Stonge Stoops Storer Storey Storm Storms Story Stott Stotts Stouffer Stout Stovall Stover Stowe
        Stowell Stowers Stpierre Strader Straight Strain Strait Strand Strange Stratton Straub Strauss
        Strawn Street Streeter Stribling Strickland Strickler Stricklin Stringer Stringfellow Strobel
        Stroh Strom Stroman Stromberg Strong Strother Stroud Stroup Struble Struck Strunk Stuart
        Stubblefield Stubbs Stuckey Studer Stull Stultz Stump Stumpf Sturdivant Sturgeon Sturgill
        Sturgis Sturm Stutzman Styles Su Suarez Suber Sublett Sudduth Suggs Suh Suiter Sullins Sullivan
        Summer Summerlin Summers Summerville Sumner Sumpter Sumrall Sun Sundberg Sunderland Surber
        Surface Surratt Sussman Sutherland Sutphin Sutter Suttles Sutton Suzuki Swafford Swaim Swain
        Swan Swank Swann Swanson Swartz Swearingen Sweat Sweatt Sweeney Sweet Swenson Swett Swift
        Swiger Swindell Swindle Swink Swinney Swinton Swisher Switzer Swope Sykes Sylvester Sylvia
        Szabo Szymanski Tabb Taber Tabor Tackett Tafoya Taft Taggart Tait Takahashi Talbert Talbot
        Talbott Tallent Talley Tallman Tam Tamayo Tamez Tan Tanaka Tang Tankersley Tanner Tapia Tapley
        Tapp Tarango Tardiff Tarr Tarrant Tarver Tate Tatro Tatum Tavares Taveras Taylor Teague Teal
        Tedder Tedesco Teel Teeter Teixeira Tejada Tejeda Tellez Tello Temple Templeton Tennant Tenney
        Tennyson Tenorio Terrazas Terrell Terrill Terry Tesch Testa Tetreault Tew Thacker Thai Thames
        Thao Tharp Tharpe Thatcher Thaxton Thayer Theis Theisen Theriault Theriot Therrien Thibault
        Thibeault Thibodeau Thibodeaux Thiel Thielen Thies Thigpen Thom Thoma Thomas Thomason Thompkins
        Thompson Thomsen Thomson Thorn Thornburg Thorne Thornhill Thornton Thorp Thorpe Thorson Thorton
        Thrash Thrasher Thrower Thurber Thurman Thurmond Thurston Tibbetts Tibbs Tice Tidwell Tierney
        Tiffany Tighe Tijerina Tiller Tillery Tilley Tillis Tillman Tillotson Tilton Timberlake Timm
        Timmerman Timmons Timms Tincher Tindall Tingle Tinker Tinney Tinsley Tipton Tirado Tisdale
        Titus Tobey Tobias Tobin Todd Tolbert Toledo Tolentino Toler Toliver Tolley Tolliver Tolman
        Tolson Tom Tomas Tomlin Tomlinson Tompkins Toms Toner Toney Tong Toole Tooley Toombs Toomey
        Torgerson Toro Torrence Torres Torrey Torrez Toscano Toth Totten Toussaint Tovar Tower Towle
        Towne Towner Townes Towns Townsend Toy Tracey Tracy Trahan Trainor Trammell Tran Trantham Trapp
        Trask Travers Travis Traylor Treadway Treadwell Treat Treece Trejo Tremblay Trent Trevino
        Tribble Trice Trigg Trimble Trinh Trinidad Triplett Tripp Trombley Trotman Trott Trotter Troupe
        Trout Troutman Trowbridge Troy Troyer Truax Trudeau True Truesdale Truitt Trujillo Trull Truman
        Truong Trussell Tsai Tse Tsosie Tubbs Tucci Tuck Tucker Tudor Tuggle Tull Tully Tunnell
        Tunstall Turcotte Turgeon Turk Turley Turman Turnage Turnbow Turnbull Turner Turney Turpin
        Tuttle Tye Tyler Tyndall Tyner Tyree Tyrrell Tyson Ulloa Ulmer Ulrich Underhill Underwood Unger
        Unruh Upchurch Upshaw Upton Urban Urbina Urena Urias Uribe Urquhart Usher Ussery Utley Utter
        Vaca Vaccaro Vachon Vail Vaillancourt Valadez Valdes Valdez Valdivia Valencia Valente Valenti
        Valentin Valentine Valentino Valenzuela Valerio Valladares Valle Vallejo Valles Valley Valverde
        Van Vanburen Vanbuskirk Vance Vandenberg Vanderpool Vandiver Vandusen Vandyke Vang Vanhoose
        Vanhorn Vanhouten Vanmeter Vann Vannoy Vanover Vanpelt Vansickle Vanwinkle Varela Varga Vargas
        Vargo Varner Varney Vasquez Vaughan Vaughn Vaught Vazquez Veach Veal Vega Veilleux Vela Velarde
        Velasco Velasquez Velazquez Velez Veliz Venable Venegas Ventura Vera Verdin Verdugo Verduzco
        Vergara Vermillion Vernon Vest Vestal Vetter Via Vice Vick Vickers Vickery Victor Victoria
        Vidal Vidrine Vieira Viera Vierra Vigil Villa Villagomez Villalobos Villalpando Villanueva
        Villareal Villarreal Villasenor Villegas Vincent Vines Vineyard Vining Vinson Viola Virgil
        Vitale Vo Vogel Vogt Voigt Volk Vollmer Volpe Volz Voorhees Voss Vu Vue Wachter Waddell Waddle
        Wade Wadley Wadsworth Wages Waggoner Wagner Wagoner Wahl Wainwright Waite Waites Waits
        Wakefield Walden Waldman Waldo Waldon Waldron Waldrop Wales Walker Wall Wallace Wallen Waller
        Wallin Walling Wallis Walls Walsh Walston Walter Walters Walther Walton Waltz Walz Wampler Wang
        Ward Warden Ware Warfield Waring Warner Warnock Warren Warrick Warrington Warwick Washburn
        Washington Wasserman Wasson Watanabe Waterman Waters Watford Watkins Watson Watt Watters
        Watterson Watts Waugh Way Wayman Wayne Weatherby Weatherford Weatherly Weathers Weathersby
        Weatherspoon Weaver Webb Webber Weber Webster Weddle Weed Weekley Weeks Weems Wegner Weidner
        Weigel Weil Weiland Weiler Weimer Weinberg Weiner Weinstein Weir Weis Weise Weiser Weiss
        Welborn Welch Weldon Welker Weller Wellington Wellman Wells Welsh Welton Welty Wendel Wendt
        Wenger Wentworth Wentz Wenzel Werner Wert Wertz Wescott Wesley Wessel Wesson West Westbrook
        Westbrooks Westcott Wester Westerman Westfall Westmoreland Weston Westover Westphal Wetmore
        Wetzel Whalen Whaley Wharton Whatley Wheat Wheatley Wheaton Wheeler Whelan Whetstone Whipple
        Whitacre Whitaker Whitcomb White Whited Whitehead Whitehouse Whitehurst Whiteman Whitener
        Whiteside Whitfield Whitford Whiting Whitley Whitlock Whitlow Whitman Whitmer Whitmire Whitmore
        Whitney Whitson Whitt Whittaker Whitted Whittemore Whitten Whittington Whittle Whitworth
        Whorton Whyte Wick Wicker Wickham Wicks Wiegand Wieland Wiener Wiese Wigfall Wiggins Wight
        Wilbanks Wilber Wilborn Wilbur Wilburn Wilcher Wilcox Wild Wilde Wilder Wildman Wiles Wiley
        Wilfong Wilhelm Wilhite Wilke Wilkens Wilkerson Wilkes Wilkie Wilkins Wilkinson Wilks Will
        Willard Willett Willette Willey William Williams Williamson Willie Williford Willingham Willis
        Willoughby Wills Willson Wilmot Wilmoth Wilson Wilt Wimberly Wimmer Winchell Winchester Winder
        Windham Windsor Winfield Winfrey Wing Wingard Wingate Winger Wingfield Wingo Winkler Winn
        Winner Winslow Winstead Winston Winter Winters Winton Wirth Wisdom Wise Wiseman Wisniewski
        Witcher Witham Withers Witherspoon Withrow Witkowski Witt Witte Witter Wofford Wojcik Wolcott
        Wold Wolf Wolfe Wolff Wolford Womack Womble Wong Woo Wood Woodall Woodard Woodbury Woodcock
        Wooden Woodford Woodhouse Woodland Woodley Woodman Woodring Woodruff Woods Woodson Woodward
        Woodworth Woody Woolard Wooldridge Wooley Woolf Woolley Woolsey Wooten Word Worden Workman
        Worley Worrell Worsham Worth Wortham Worthen Worthington Worthy Wortman Wozniak Wray Wren Wrenn
        Wright Wu Wyant Wyatt Wyche Wyckoff Wylie Wyman Wynn Wynne Wyrick Wysocki Xiong Yager Yamada
        Yamamoto Yan Yancey Yancy Yanez Yang Yarborough Yarbrough Yates Yazzie Ybarra Yeager Yee Yi
        Yingling Yocum Yoder Yoho Yoo Yoon York Yoshida Yost Youmans Young Youngblood Younger Youngs
        Yount Yu Yuen Zachary Zahn Zambrano Zamora Zamudio Zapata Zaragoza Zarate Zavala Zayas Zeigler
        Zelaya Zeller Zepeda Zhang Ziegler Zielinski Zimmer Zimmerman Zimmermann Zink Zinn Zook Zuber
        Zuniga
      # surnames: end
    examples:
      match:
        - '{"id":7,"name":"Alice Smith","role":"admin"}'
        - 'POST /contacts?name=Mary+Ann+Walker&plan=pro'
        - '{"name":"José García"}'
        - 'user created name="Robert van der Berg" id=42'
      no-match:
        - '{"name":"Desk Lamp","sku":"W-1"}'
        - '{"name":"Jordan Table"}'
        - '{"name":"Victoria Station"}'
        - '{"name":"Georgia Pacific"}'
        - 'name=Alice+Smith.pdf'
        - '{"name":"alice smith"}'
        - '{"name":"Alice"}'
        - '{"name":"Chelsea Boots"}'

"""#,
        "password.yaml": #"""
# yaml-language-server: $schema=../schema/masklint-rules.schema.json
category: password
description: >-
  Secrets typed by the user: passwords, passphrases, PINs, one-time and recovery codes, answers to
  security questions, and API keys or client secrets entered in account settings.
level: hidden

selectors:
  - id: password.type-password
    description: Inputs whose type is password.
    selector: 'input[type=password]'
    examples:
      match:
        - '<input type="password" name="pw">'
        - '<form><input type="PASSWORD" name="pin" maxlength="4"></form>'
      no-match:
        - '<input type="text" name="password_hint">'
        - '<input type="hidden" name="password_reset_token">'

  - id: password.autocomplete-password
    description: Fields whose autocomplete token is current-password or new-password, which still hold a password after a show-password toggle changed their type to text.
    selector: '[autocomplete~="current-password" i], [autocomplete~="new-password" i]'
    examples:
      match:
        - '<input type="text" name="pw" autocomplete="current-password">'
        - '<input type="password" autocomplete="section-signup new-password">'
        - '<input autocomplete="NEW-PASSWORD webauthn">'
      no-match:
        - '<input autocomplete="username">'
        - '<input type="text" name="q" autocomplete="off">'

  - id: password.autocomplete-one-time-code
    description: Fields whose autocomplete token is one-time-code (SMS, email and authenticator codes).
    selector: '[autocomplete~="one-time-code" i]'
    examples:
      match:
        - '<input type="text" inputmode="numeric" name="code" autocomplete="one-time-code">'
        - '<input type="tel" maxlength="1" autocomplete="One-Time-Code">'
      no-match:
        - '<input type="text" inputmode="numeric" name="code">'
        - '<input autocomplete="postal-code">'

input-names:
  - id: password.field-name
    description: >-
      Fields named password, passwd, passphrase, passcode or the German, French, Spanish,
      Portuguese, Dutch, Finnish, Swedish or Polish word; not show/hide/forgot-password controls
      or password policy, strength and expiry fields.
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '(?<!forgot|toggle|reveal)(?<!(?:forgot|toggle|reveal)[_.\[-])(?<!show|hide)(?<!(?:show|hide)[_.\[-])(?:pass[_-]?(?:word|wd|wort|phrase|code)|kennwort|mot[_-]?de[_-]?passe|motdepasse|contrase(?:n|ñ)a|wachtwoord|salasana|l[oö]senord|senha|(?:^|[_.\[-])has(?:l|ł)o(?![a-z]))(?![_.-]?(?:less|strength|meter|polic|rules?(?![a-z])|requirement|visib|toggle|reveal|show|hide|expir|changed|length|help|error|label|icon|btn|button|link|match|indicator))'
    case-insensitive: true
    examples:
      match:
        - password
        - new_password
        - confirmPassword
        - password_confirmation
        - 'user[password]'
        - current-password
        - txtPassword
        - passwd
        - Passwort
        - kennwort
        - mot_de_passe
        - contrasena
        - contraseña
        - confirmarSenha
        - wachtwoord
        - hasło
        - passphrase
        - passcode
        - password_hint
      no-match:
        - passport
        - passenger_count
        - forgot_password
        - forgotPasswordEmail
        - showPassword
        - toggle-password
        - password_strength
        - passwordless_login
        - passwordPolicy
        - hasLogin
        - compass
        - bypass

  - id: password.short-field-name
    description: >-
      Fields named pass, pwd, pswd, psw, pw or mdp, alone or after a word such as user, new,
      confirm or login (pass1, user_pass, newPwd, login[pass]); not boarding or season passes.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:^|[.\[]|(?:new|old|user|confirm|current|login|admin|account|your|my|db|ftp|smtp|wifi|txt)[_-]?)(?:pass|pwd|pswd|psw|pw|pword|mdp)(?:[_.-]?(?:confirm(?:ation)?|again|repeat|verify|check|new|old|current))?(?:$|[\[\]0-9])'
    case-insensitive: true
    examples:
      match:
        - pwd
        - pass
        - pass1
        - pass2
        - user_pass
        - newPwd
        - 'login[pass]'
        - pw
        - pw_confirm
        - mdp
        - confirm_mdp
      no-match:
        - passport
        - boarding_pass
        - compass
        - pass_through
        - pwd_reset_link
        - bypass
        - season_pass

  - id: password.pin-field-name
    description: >-
      Fields named pin, alone or after a word such as new, confirm, card or security (pin1, newPin,
      card_pin, pin[0]); not pincode or pin_code, which on Indian checkouts is the postal code.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:^|[.\[]|(?:new|old|confirm|current|user|card|atm|security|account|your|my|txt|access|login|secret)[_-]?)pin(?:[_.-]?(?:confirm(?:ation)?|again|repeat|verify|new|old|current|number|num|no))?(?:$|[\[\]0-9])'
    case-insensitive: true
    examples:
      match:
        - pin
        - PIN
        - pin1
        - 'pin[0]'
        - pin_confirm
        - pinNumber
        - new_pin
        - cardPin
        - security_pin
      no-match:
        - shipping
        - spinner
        - pincode
        - pin_code
        - pinterest_url
        - pinned
        - pin_to_top
        - map_pin
        - opinion

  - id: password.one-time-code-field-name
    description: >-
      One-time and recovery code fields: otp/totp, one-time code or password, 2FA/MFA codes, and
      verification, authentication, SMS, login, access, activation, confirmation, recovery or backup codes.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:^|[^a-z]|sms|email|mail|mobile|phone|enter|verify|input|user|t)otp(?![_.-]?(?:enabled|disabled|status|method|type|setting|required|sent|resend|timer|expir))|one[_-]?time[_-]?(?:code|pass(?:word|code)?|pin|token)|(?:mfa|tfa|2fa|two[_-]?factor|2sv|two[_-]?step)[_.\[-]?(?:auth(?:entication)?[_.-]?)?(?:code|token|otp|pin)|(?:verification|verify|auth(?:entication)?|sms|email|login|access|activation|confirmation|recovery|backup)[_.\[-]?code'
    case-insensitive: true
    examples:
      match:
        - otp
        - otp_1
        - smsOtp
        - totp
        - one_time_code
        - oneTimePassword
        - mfa_code
        - 2fa_code
        - twoFactorCode
        - verification_code
        - verificationCode
        - auth_code
        - sms-code
        - email_code
        - recovery_code
        - backupCode
      no-match:
        - promo_code
        - postal_code
        - country_code
        - zip_code
        - discount_code
        - footprint
        - hotpink
        - otp_enabled
        - security_code

  - id: password.security-answer-field-name
    description: Answers to security questions and memorable words, including mother's maiden name fields; not the question itself.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:secret|security|sec|challenge|recovery)[_.\[-]?(?:question[_.\[-]?)?answer|(?:^|[_.\[-])sq[_.\[-]?answer|memorable[_.\[-]?(?:word|info(?:rmation)?|answer|date|place|name)|mothers?[_.-]?maiden[_.-]?name'
    case-insensitive: true
    examples:
      match:
        - security_answer
        - securityAnswer
        - security_question_answer_1
        - secret_answer
        - challengeAnswer
        - sq_answer
        - memorable_word
        - memorableInformation
        - mothers_maiden_name
      no-match:
        - security_question
        - answer
        - faq_answer
        - survey_answer_3
        - maiden_name

  - id: password.api-secret-field-name
    description: API keys, client and webhook secrets, access tokens and private keys typed into account or integration settings; not CSRF tokens or public keys.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:api|secret|private|access|client|webhook|signing|consumer|app)[_.\[-]?(?:key|secret|token)|(?:^|[_.\[-])secret(?:$|[\]0-9])'
    case-insensitive: true
    examples:
      match:
        - api_key
        - apiKey
        - client_secret
        - secret_key
        - private_key
        - webhook_secret
        - access_token
        - 'settings[secret]'
        - signingSecret
      no-match:
        - csrf_token
        - authenticity_token
        - _token
        - public_key
        - api_version
        - secretary
        - keyboard

labels:
  - id: password.password-label
    description: Labels that name a password or passphrase field; show, hide and remember-password toggles and forgot-password links are excluded.
    terms:
      en: [password, passphrase, passcode]
      de: [passwort, kennwort, '*passwort', '*kennwort']
      fr: [mot de passe]
      es: [contraseña, clave]
      it: [password, parola d'ordine]
      pt: [senha, palavra passe]
      nl: [wachtwoord, '*wachtwoord']
      pl: [hasło]
      sv: [lösenord]
      ja: ['パスワード*']
      zh: ['密码*', '密碼*']
    excluded-terms:
      en: [show password, hide password, display password, remember password, password strength, password requirements, forgot, forgotten, lost your password]
      de: [passwort anzeigen, passwort verbergen, passwort merken, vergessen]
      fr: [afficher le mot de passe, masquer le mot de passe, mémoriser le mot de passe, oublié]
      es: [mostrar contraseña, ocultar contraseña, recordar contraseña, palabra clave, palabras clave, olvidaste, olvidó, olvidado]
      it: [mostra password, nascondi password, ricorda password, dimenticato, dimenticata]
      pt: [mostrar senha, ocultar senha, lembrar senha, esqueceu, esqueci]
      nl: [wachtwoord tonen, toon wachtwoord, wachtwoord verbergen, wachtwoord onthouden, vergeten]
      ja: ['パスワードを表示*']
    examples:
      match:
        - Password
        - 'Confirm password *'
        - Current password
        - Passwort wiederholen
        - Einmalpasswort
        - Mot de passe
        - Contraseña
        - Senha
        - Palavra-passe
        - Wachtwoord
        - Hasło
        - Lösenord
        - パスワード（8文字以上）
        - 密码
      no-match:
        - Show password
        - Remember password
        - Passport number
        - 'Password strength: weak'
        - Mostrar contraseña
        - Wachtwoord tonen
        - Palabra clave
        - Forgot your password?
        - Passwort vergessen?
        - Mot de passe oublié ?

  - id: password.pin-label
    description: Labels that name a PIN; pinning items, delivery/postal "PIN code" checks and the one-word Pincode (an Indian postal code) are not matched.
    terms:
      en: [pin]
      de: [pin, geheimzahl]
      fr: [code pin, code secret]
      es: [pin, número pin]
      it: [pin, codice pin]
      pt: [pin, código pin]
      nl: [pin]
      pl: [kod pin]
      sv: [pinkod, pin]
    excluded-terms:
      en: [pin to top, pin this, pin it, drop a pin, map, location, delivery, postal, zip]
    examples:
      match:
        - PIN
        - Enter your 4-digit PIN
        - Geheimzahl
        - Code PIN
        - Código PIN
        - Pinkod
      no-match:
        - Pin to top
        - Enter PIN code to check delivery
        - Pinned messages
        - Spinner
        - Pin location on map
        - Pincode

  - id: password.one-time-code-label
    description: Labels that name a one-time, verification, backup or recovery code; promo, discount, postal and dialling codes are excluded.
    terms:
      en: [one time code, one time password, one time passcode, otp, verification code, authentication code, authenticator code, 2fa code, two factor code, sms code, code we sent, code sent to, backup code, recovery code, login code, access code]
      de: [bestätigungscode, verifizierungscode, einmalcode, einmalpasswort, sms code, tan, authentifizierungscode]
      fr: [code de vérification, code à usage unique, code de confirmation, code reçu par sms, "code d'authentification"]
      es: [código de verificación, código de un solo uso, código de confirmación, código sms]
      it: [codice di verifica, codice otp, codice monouso, codice di conferma]
      pt: [código de verificação, código de confirmação, código sms]
      nl: [verificatiecode, eenmalige code, bevestigingscode, sms code]
      pl: [kod weryfikacyjny, kod sms, kod jednorazowy]
      sv: [verifieringskod, engångskod, sms kod]
      ja: ['確認コード*', '*確認コード', '認証コード*', '*認証コード', 'ワンタイムパスワード*']
      zh: ['验证码*', '*验证码', '驗證碼*', '*驗證碼', '动态码*', '*动态码', '校验码*']
    excluded-terms:
      en: [promo, coupon, discount, gift, voucher, referral, postal, zip, country code, area code, to receive, we will send, send you]
    examples:
      match:
        - Verification code
        - Enter the 6-digit code we sent to your phone
        - One-time password
        - Backup code
        - Bestätigungscode
        - Code de vérification
        - Código de verificación
        - Codice di verifica
        - Código de verificação
        - Verificatiecode
        - 認証コード
        - 短信验证码
      no-match:
        - Promo code
        - Discount code
        - Country code
        - Postal code
        - Enter your mobile number to receive a verification code

  - id: password.security-answer-label
    description: Labels that name the answer to a security question or a memorable word; the question itself is not a secret.
    terms:
      en: [security answer, secret answer, answer to your security question, answer to the security question, security question answer, memorable word, memorable information, "mother's maiden name"]
      de: [sicherheitsantwort, geheime antwort, antwort auf die sicherheitsfrage]
      fr: [réponse secrète, réponse à la question secrète, réponse de sécurité]
      es: [respuesta secreta, respuesta de seguridad]
      it: [risposta segreta, risposta di sicurezza]
      pt: [resposta secreta, resposta de segurança]
      nl: [geheim antwoord, beveiligingsantwoord, antwoord op de beveiligingsvraag]
    examples:
      match:
        - Security answer
        - Answer to your security question
        - "Mother's maiden name"
        - Memorable word
        - Geheime Antwort
        - Réponse secrète
        - Respuesta de seguridad
        - Risposta segreta
        - Resposta secreta
        - Geheim antwoord
      no-match:
        - Security question
        - Your answer
        - Answer

  - id: password.api-secret-label
    description: Labels that name an API key, client secret, access token or private key; publishable and public keys are excluded.
    terms:
      en: [api key, secret key, client secret, access token, api token, private key, webhook secret, signing secret, app secret]
      de: [api schlüssel, geheimer schlüssel, zugangstoken]
      fr: [clé api, clé secrète, "jeton d'accès"]
      es: [clave de api, clave api, clave secreta, token de acceso]
      it: [chiave api, chiave segreta, token di accesso]
      pt: [chave de api, chave da api, chave secreta, token de acesso]
      nl: [api sleutel, geheime sleutel, toegangstoken]
    excluded-terms:
      en: [publishable, public]
    examples:
      match:
        - API key
        - Client secret
        - Webhook signing secret
        - API-Schlüssel
        - Clé API
        - Chave secreta
      no-match:
        - Public key
        - API version
        - Publishable key

detectors:
  - id: password.keyed-value
    description: Values of keys that name a password, PIN, one-time code, security answer or API secret in JSON, query strings and form bodies.
    detector: keyed-value
    options:
      keys:
        - password
        - passwd
        - pwd
        - pass
        - passcode
        - passphrase
        - mdp
        - new_password
        - newPassword
        - current_password
        - currentPassword
        - old_password
        - oldPassword
        - password_confirmation
        - passwordConfirmation
        - confirm_password
        - confirmPassword
        - pin
        - otp
        - totp
        - one_time_code
        - oneTimeCode
        - verification_code
        - verificationCode
        - security_answer
        - securityAnswer
        - secret_answer
        - client_secret
        - clientSecret
        - api_key
        - apiKey
        - secret_key
        - secretKey
        - private_key
    examples:
      match:
        - 'password=hunter2&remember=1'
        - '{"user":"alice","pwd":"S3cr3t!"}'
        - '{"otp":"492817"}'
        - 'pin=4821'
        - '{"client_secret":"c2VjcmV0LXZhbHVl"}'
        - '<tr><td>Password</td><td>hunter2</td></tr>'
      no-match:
        - '{"password_policy":"min 12 chars"}'
        - 'passport=X1234567'
        - '{"pinned":true}'
        - '{"checks":{"passed":12}}'
        - 'compass=N'

  - id: password.pin-code-value
    description: >-
      Values of four or five characters under a PIN code key (pin_code, pinCode, pincode): a card or
      account PIN. On Indian checkouts the PIN code is the six-digit postal code, which is longer and
      not reported.
    detector: keyed-value
    options:
      keys:
        - pin_code
        - pincode
      min-length: 4
      max-length: 5
    examples:
      match:
        - 'pin_code=4821&step=2'
        - '{"pinCode":"0114"}'
        - 'pin_code="5525" latency_ms=12'
      no-match:
        - 'pin_code=560001&city=Bengaluru'
        - '{"shipping_pincode":"110001"}'
        - '{"pin_code":"[REDACTED]"}'
        - 'pin_code=12'

"""#,
        "payment.yaml": #"""
# yaml-language-server: $schema=../schema/masklint-rules.schema.json
category: payment
description: >-
  Payment card data (card number, security code, expiry date, cardholder name) and bank account
  numbers (IBAN and national account numbers). Gift, loyalty and membership cards are not payment
  cards and are excluded.
level: hidden

selectors:
  - id: payment.autocomplete-card-number
    description: Fields whose autocomplete token is cc-number.
    selector: '[autocomplete~="cc-number" i]'
    examples:
      match:
        - '<input type="tel" inputmode="numeric" name="pan" autocomplete="cc-number">'
        - '<input autocomplete="section-billing billing CC-NUMBER">'
      no-match:
        - '<input name="cc-number" autocomplete="off">'
        - '<input autocomplete="cc-type">'
        - '<input inputmode="numeric" name="quantity">'

  - id: payment.autocomplete-security-code
    description: Fields whose autocomplete token is cc-csc (CVV/CVC).
    selector: '[autocomplete~="cc-csc" i]'
    examples:
      match:
        - '<input type="password" maxlength="4" autocomplete="cc-csc">'
        - '<input autocomplete="section-pay CC-CSC">'
      no-match:
        - '<input name="cvc" autocomplete="off">'
        - '<input autocomplete="cc-exp">'

  - id: payment.autocomplete-expiry
    description: Fields whose autocomplete token is cc-exp, cc-exp-month or cc-exp-year.
    selector: '[autocomplete~="cc-exp" i], [autocomplete~="cc-exp-month" i], [autocomplete~="cc-exp-year" i]'
    examples:
      match:
        - '<input autocomplete="cc-exp" placeholder="MM / YY">'
        - '<select autocomplete="cc-exp-month"><option>01</option><option>02</option></select>'
        - '<input autocomplete="billing CC-EXP-YEAR">'
      no-match:
        - '<input autocomplete="bday-month">'
        - '<input autocomplete="cc-number">'
        - '<input name="exp_month">'

  - id: payment.autocomplete-cardholder
    description: >-
      Cardholder name fields (autocomplete cc-name and its parts, Stripe.js v2 data-stripe=name,
      client-side-encryption holderName); obscured like any personal name, since only its length leaks.
    level: obscured
    selector: '[autocomplete~="cc-name" i], [autocomplete~="cc-given-name" i], [autocomplete~="cc-additional-name" i], [autocomplete~="cc-family-name" i], [data-stripe="name" i], [data-encrypted-name="holderName" i]'
    examples:
      match:
        - '<input autocomplete="cc-name">'
        - '<input autocomplete="section-card CC-Given-Name">'
        - '<input type="text" data-stripe="name">'
        - '<input data-encrypted-name="holderName">'
      no-match:
        - '<input autocomplete="name">'
        - '<input autocomplete="given-name">'
        - '<input data-stripe="address_zip">'

  - id: payment.client-side-card-fields
    description: >-
      Card fields marked for a payment provider's browser script (Stripe.js v2 data-stripe number,
      cvc and exp*; Braintree/Adyen client-side encryption data-encrypted-name), cardholder name aside.
    selector: '[data-stripe="number" i], [data-stripe="cvc" i], [data-stripe^="exp" i], [data-encrypted-name]:not([data-encrypted-name="holderName" i])'
    examples:
      match:
        - '<input type="text" size="20" data-stripe="number">'
        - '<input type="text" size="2" data-stripe="exp-month">'
        - '<input type="text" size="4" data-stripe="exp_year">'
        - '<input type="text" autocomplete="off" data-encrypted-name="cvc">'
      no-match:
        - '<input data-stripe="address_zip">'
        - '<input data-stripe="name">'
        - '<input data-encrypted-name="holderName">'
        - '<div class="StripeElement" id="card-element"></div>'

input-names:
  - id: payment.card-number-field-name
    description: >-
      Fields named card number, cc number or credit/debit card in any casing (cardNumber, ccnum,
      x_card_num, payment[card][number]); not gift, loyalty, membership, rewards, library, bonus or club cards.
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '(?<!gift|club|ship)(?<!(?:gift|club|ship)[_.\[-]|bonus)(?<!member|reward|bonus[_.\[-])(?<!loyalty|rewards|library|(?:member|reward)[_.\[-])(?<!(?:loyalty|rewards|library)[_.\[-])card[_.\[\]-]*(?:num|nbr|nr(?![a-z])|no(?![a-z]))|(?:credit|debit)[_.-]?card(?:$|[\]0-9])|(?<![a-z])cc[_.\[\]-]*(?:num|nbr|nr(?![a-z])|no(?![a-z]))'
    case-insensitive: true
    examples:
      match:
        - ccnum
        - cc_number
        - cc-number
        - ccNo
        - card_number
        - cardNumber
        - CardNo
        - x_card_num
        - 'payment[card][number]'
        - creditCardNumber
        - credit_card
        - debitcard
        - txtCardNumber
      no-match:
        - accept
        - success
        - card_type
        - card_name
        - card_nonce
        - cc_email
        - accnum
        - gift_card_number
        - giftCardNumber
        - loyaltyCardNo
        - rewards_card_number
        - membership_card_number
        - credit_card_type

  - id: payment.card-number-localised-field-name
    description: Fields named card number in German, French, Spanish, Italian, Portuguese, Dutch, Polish or Swedish (kartennummer, numero_carte, numeroTarjeta ...).
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?<!kunden)kartennummer|kreditkarte|n[uú]mero[_-]?(?:(?:de|da|do|del|della|di)[_-]?)?(?:la[_-]?)?(?:carte|tarjeta|cart[aã]o|carta)|kaartnummer|numer[_-]?karty|kortnummer'
    case-insensitive: true
    examples:
      match:
        - kartennummer
        - Kreditkartennummer
        - numero_carte
        - numeroTarjeta
        - numero_de_tarjeta
        - numero_cartao
        - numero_della_carta
        - kaartnummer
        - numer_karty
        - kortnummer
      no-match:
        - kundenkartennummer
        - numero_commande
        - numero_telephone
        - kartentyp

  - id: payment.card-security-code-field-name
    description: >-
      Fields named cvv, cvc, cvn, csc, security code, card code or card verification, and the
      German, French, Spanish, Portuguese, Italian and Dutch words for them.
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: 'cvv|cvc|cvn|csc(?![a-z])|sec(?:urity)?[_.\[-]?code|card[_.\[\]-]*verif|(?:^|x_|[.\[])card[_-]?code(?:$|[\]0-9])|pr(?:ue|[uü])fnummer|cryptogramme|c[oó]digo[_-]?(?:de[_-]?)?(?:seguridad|seguran[cç]a)|codice[_-]?(?:di[_-]?)?sicurezza|beveiligingscode'
    case-insensitive: true
    examples:
      match:
        - cvv
        - cvv2
        - cardCvc
        - cc-csc
        - card_csc
        - securityCode
        - security_code
        - seccode
        - x_card_code
        - cardCode
        - card_verification_value
        - kartenpruefnummer
        - cryptogramme
        - codigo_seguridad
      no-match:
        - security_question
        - country_code
        - discount_code
        - gift_card_code
        - promo_code
        - cscart_session
        - postcode

  - id: payment.card-expiry-field-name
    description: >-
      Card expiry fields: cc/card followed by exp, exp/expiry month or year, expiry/expiration date
      at the start of a name, a bare exp/expiry, mmyy and valid thru (not passport or licence expiry dates).
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '(?:(?<![a-z])cc|card)[_.\[\]-]*exp(?:iry|iration|ires?)?(?:[_.\[\]-]*(?:date|dt|month|mon|mm|year|yr|yy(?:yy)?)|(?![a-z]))|exp(?:iry|iration|ire)?[_.\[\]-]*(?:month|year(?!s)|yr|yyyy|yy|mm|mon(?![a-z]))|(?:^|x_|[.\[])exp(?:iry|iration)?[_.\[\]-]*(?:date|dt)(?![a-z])|(?:^|[.\[])(?:exp|expiry|expiration)(?:$|\])|(?:^|[_.\[-])mm[_/-]?yy(?:yy)?(?![a-z])|valid[_.-]?(?:thru|through)'
    case-insensitive: true
    examples:
      match:
        - cc-exp
        - ccexp
        - cc_exp_month
        - card_expiry
        - cardExpiryDate
        - 'card[exp_year]'
        - exp_month
        - expMonth
        - ExpiryYear
        - expiration_yr
        - expiry_date
        - expirationDate
        - x_exp_date
        - 'payment[expiry_date]'
        - exp
        - expiry
        - cc_mmyy
        - validThru
      no-match:
        - export
        - expand_all
        - experience
        - exp_years
        - expected_delivery
        - passport_expiry_date
        - licenseExpirationDate
        - card_expand
        - expense_month
        - express_checkout

  - id: payment.card-expiry-localised-field-name
    description: Card expiry fields named in German, French, Spanish, Italian, Portuguese or Dutch (ablaufdatum, date_expiration, fecha_vencimiento, data_scadenza ...).
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:^|[_.\[-])(?:ablaufdatum|verfallsdatum|g(?:ue|ü)ltig[_-]?bis|date[_-]?(?:d[_-]?)?expiration|fecha[_-]?(?:de[_-]?)?(?:caducidad|vencimiento|expiraci[oó]n)|data[_-]?(?:di[_-]?)?scadenza|data[_-]?(?:de[_-]?)?(?:validade|vencimento)|vervaldatum)'
    case-insensitive: true
    examples:
      match:
        - ablaufdatum
        - gueltig_bis
        - date_expiration
        - date_d_expiration
        - fecha_vencimiento
        - fechaDeCaducidad
        - data_scadenza
        - data_validade
        - vervaldatum
      no-match:
        - date_naissance
        - fecha_nacimiento
        - data_di_nascita
        - geburtsdatum

  - id: payment.cardholder-field-name
    description: >-
      Cardholder and account holder name fields (cardholder, cc_name, name_on_card, holderName and
      the German, French, Spanish, Italian, Dutch and Swedish words); obscured like any personal name.
    level: obscured
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '(?:card|account|acct)[_.\[\]-]*(?:holder|owner)|(?<![a-z])cc[_.\[\]-]*(?:name|holder|owner)|name[_.\[\]-]*on[_.\[\]-]*card|(?:^|[_.\[-])holder[_.\[\]-]*name|karteninhaber|kontoinhaber|titulaire|titular|titolare|intestatario|kaarthouder|rekeninghouder|kortinnehavare'
    case-insensitive: true
    examples:
      match:
        - cardholder
        - card_holder_name
        - cardHolderName
        - cc_name
        - cc-name
        - ccName
        - name_on_card
        - nameOnCard
        - holderName
        - account_holder
        - karteninhaber
        - titulaire_carte
        - titular_tarjeta
      no-match:
        - placeholder_name
        - card_name
        - name
        - cc_email
        - success_name
        - stakeholder

  - id: payment.bank-account-field-name
    description: >-
      Bank account fields: iban, account/bank/acct number, bank account, and the German, French,
      Spanish, Italian, Portuguese, Dutch and Polish words for account number.
    attributes: [name, id, formcontrolname, ng-model]
    pattern: 'iban|(?:bank|acct|account)[_.\[\]-]*(?:num|nbr|nr(?![a-z])|no(?![a-z]))|bank[_.\[\]-]*(?:account|acct)|(?<![a-z])acc[_.-]?(?:num|no(?![a-z])|nr(?![a-z]))|kontonummer|rekeningnummer|n[uú]mero[_-]?(?:d[eai][_-]?)?(?:compte|cuenta|conta|conto)|numer[_-]?(?:konta|rachunku)'
    case-insensitive: true
    examples:
      match:
        - iban
        - IBAN
        - debtor_iban
        - account_number
        - accountNumber
        - acct_no
        - bank_account
        - bankAccountNumber
        - accnum
        - kontonummer
        - numero_compte
        - numero_de_cuenta
        - numero_conto
        - rekeningnummer
        - numer_konta
      no-match:
        - account_type
        - account_name
        - discount_number
        - accept
        - bic
        - routing_number
        - account_notes

labels:
  - id: payment.card-number-label
    description: Labels that name a payment card number; gift, loyalty, membership and similar cards, and card type pickers, are excluded.
    terms:
      en: [card number, credit card, debit card, cc number, card no]
      de: [kartennummer, kreditkartennummer, kreditkarte, debitkarte]
      fr: [numéro de carte, carte bancaire, carte de crédit]
      es: [número de tarjeta, tarjeta de crédito, tarjeta de débito]
      it: [numero della carta, numero carta, carta di credito, carta di debito]
      pt: [número do cartão, número de cartão, cartão de crédito, cartão de débito]
      nl: [kaartnummer, creditcardnummer, creditcard, pasnummer]
      pl: [numer karty, karta kredytowa]
      sv: [kortnummer, kreditkort]
      ja: ['カード番号*', 'クレジットカード番号*']
      zh: ['卡号*', '信用卡号*', '银行卡号*', '卡號*']
    excluded-terms:
      en: [gift card, giftcard, loyalty card, rewards card, reward card, membership card, member card, library card, id card, card type, card brand]
      de: [geschenkkarte, gutscheinkarte, kundenkarte, kartentyp, kartenart]
      fr: [carte cadeau, carte de fidélité, type de carte]
      es: [tarjeta regalo, tarjeta de regalo, tarjeta de fidelidad, tipo de tarjeta]
      it: [carta regalo, carta fedeltà, tipo di carta]
      pt: [cartão presente, vale presente, cartão fidelidade, cartão de fidelidade, tipo de cartão]
      nl: [cadeaukaart, klantenkaart, kaarttype, soort kaart]
      ja: ['ギフトカード*']
      zh: ['礼品卡*']
    examples:
      match:
        - Card number
        - 'Kartennummer *'
        - Numéro de carte bancaire
        - Número de tarjeta
        - Numero della carta
        - Número do cartão
        - Kaartnummer
        - Numer karty
        - カード番号
        - Credit or debit card
      no-match:
        - Gift card number
        - Card type
        - Loyalty card number
        - Kundenkarte
        - Numéro de carte cadeau
        - Número de tarjeta regalo
        - Order number

  - id: payment.card-security-code-label
    description: Labels that name a card security code (CVV, CVC, CSC); codes sent by SMS or email are one-time codes, not card codes.
    terms:
      en: [cvv, cvc, cvv2, cvc2, csc, cvn, security code, card verification, card code]
      de: [prüfnummer, kartenprüfnummer, prüfziffer, sicherheitscode]
      fr: [cryptogramme, code de sécurité]
      es: [código de seguridad]
      it: [codice di sicurezza]
      pt: [código de segurança]
      nl: [beveiligingscode, veiligheidscode]
      pl: [kod bezpieczeństwa]
      sv: [säkerhetskod]
      ja: ['セキュリティコード*']
      zh: ['安全码*', '安全碼*']
    excluded-terms:
      en: [we sent, sent to, sent you, text message, sms, authenticator, gift card, gift certificate, voucher]
      de: ['*gesendet', per sms]
      fr: ['envoy*', par sms]
      es: ['enviado*', por sms]
      it: ['inviat*', via sms]
      pt: ['enviado*', por sms]
      nl: [verzonden, gestuurd, per sms]
    examples:
      match:
        - CVV
        - 'Security code (3 digits on the back)'
        - CVC/CVV
        - Kartenprüfnummer
        - Cryptogramme visuel
        - Código de seguridad
        - Codice di sicurezza
        - Código de segurança
        - Beveiligingscode
        - セキュリティコード
      no-match:
        - Enter the security code we sent to your phone
        - Sicherheitscode per SMS
        - Promo code
        - Postal code
        - Gift card code

  - id: payment.card-expiry-label
    description: Labels that name a card expiry date; expiry dates of passports, licences, subscriptions, offers and passwords are excluded.
    terms:
      en: [expiry, expiration, exp date, expires, valid thru, valid through, mm yy, mm yyyy]
      de: [ablaufdatum, gültig bis, verfallsdatum]
      fr: ["date d'expiration", date de validité, fin de validité, mm aa]
      es: [fecha de caducidad, fecha de vencimiento, vencimiento, caducidad, fecha de expiración, mm aa]
      it: [data di scadenza, scadenza]
      pt: [data de validade, validade, data de vencimento, data de expiração]
      nl: [vervaldatum, geldig tot, verloopdatum]
      pl: [data ważności]
      sv: [utgångsdatum, giltig till]
      ja: ['有効期限*']
      zh: ['有效期*']
    excluded-terms:
      en: [passport, licence, license, password, subscription, trial, offer, coupon, voucher, document, id card, session, link, certificate, membership, warranty]
      de: [reisepass, ausweis, führerschein, passwort, abo, abonnement, gutschein, angebot]
      fr: [passeport, permis, "carte d'identité", abonnement, mot de passe, offre]
      es: [pasaporte, licencia, permiso, suscripción, contraseña, oferta, cupón]
      it: [passaporto, patente, abbonamento, offerta, "carta d'identità"]
      pt: [passaporte, carteira de motorista, assinatura, oferta, cupom, senha, produto]
      nl: [paspoort, rijbewijs, abonnement, aanbieding, identiteitskaart]
    examples:
      match:
        - Expiry date
        - 'Expiration (MM/YY)'
        - MM / YY
        - Valid thru
        - Gültig bis
        - "Date d'expiration"
        - Fecha de caducidad
        - MM / AA
        - Data di scadenza
        - Validade
        - Vervaldatum
        - 有効期限
      no-match:
        - Passport expiry date
        - Subscription expires on
        - Date of birth
        - Data de validade do produto

  - id: payment.cardholder-label
    description: Labels that name the cardholder or the name printed on the card; obscured like any personal name.
    level: obscured
    terms:
      en: [cardholder, card holder, name on card, name on the card, appears on the card, appears on card]
      de: ['karteninhaber*', name auf der karte]
      fr: [titulaire de la carte, nom du titulaire, nom sur la carte]
      es: [titular de la tarjeta, nombre del titular, nombre en la tarjeta]
      it: [titolare della carta, intestatario della carta, nome sulla carta]
      pt: [titular do cartão, nome no cartão, nome impresso no cartão]
      nl: [kaarthouder, naam op kaart, naam op de kaart]
      pl: [posiadacz karty]
      sv: [kortinnehavare, namn på kortet]
      ja: ['カード名義*', '名義人*']
      zh: ['持卡人*']
    examples:
      match:
        - Cardholder name
        - Name on card
        - Name as it appears on the card
        - Name des Karteninhabers
        - Titulaire de la carte
        - Nombre del titular
        - Nome sulla carta
        - Nome impresso no cartão
        - Naam op kaart
        - カード名義人
      no-match:
        - Name
        - Card number
        - Account holder name

  - id: payment.bank-account-label
    description: Labels that name a bank account number or IBAN; customer and loyalty account numbers are excluded.
    terms:
      en: [iban, account number, bank account, account no]
      de: [iban, kontonummer, bankverbindung]
      fr: [iban, numéro de compte, rib, compte bancaire]
      es: [iban, número de cuenta, cuenta bancaria]
      it: [iban, numero di conto, numero del conto, conto corrente]
      pt: [iban, número da conta, número de conta, conta bancária, nib]
      nl: [iban, rekeningnummer, bankrekening, bankrekeningnummer]
      pl: [numer konta, numer rachunku]
      sv: [kontonummer, bankkonto]
    excluded-terms:
      en: [customer account, loyalty, rewards, membership]
      fr: [compte client]
      es: [cuenta de cliente]
      it: [conto cliente]
      pt: [conta de cliente]
    examples:
      match:
        - IBAN
        - Account number
        - Bank account
        - Kontonummer
        - Numéro de compte
        - Número de cuenta
        - Conto corrente (IBAN)
        - Número da conta
        - Rekeningnummer
        - Numer rachunku
      no-match:
        - Customer account number
        - Account type
        - Rewards account number
        - BIC / SWIFT

  - id: payment.account-holder-label
    description: Labels that name a bank account holder; obscured like any personal name.
    level: obscured
    terms:
      en: [account holder, account owner]
      de: ['kontoinhaber*']
      fr: [titulaire du compte]
      es: [titular de la cuenta]
      it: [intestatario del conto, titolare del conto]
      pt: [titular da conta]
      nl: [rekeninghouder, tenaamstelling]
      pl: [właściciel konta, właściciel rachunku]
      sv: [kontoinnehavare]
    examples:
      match:
        - Account holder name
        - Name des Kontoinhabers
        - Titulaire du compte
        - Titular de la cuenta
        - Intestatario del conto
        - Rekeninghouder
      no-match:
        - Account number
        - Cardholder name
        - Account settings

detectors:
  - id: payment.card-number-value
    description: Payment card numbers (Luhn-valid, 13 to 19 digits, spaces or dashes allowed) in free text.
    detector: payment-card
    examples:
      match:
        - 'Card 4111 1111 1111 1111 declined'
        - '{"card":"4242424242424242","exp":"12/30"}'
        - 'pan=5555-5555-5555-4444'
        - 'Amex 3782 822463 10005 on file'
        - '{"card":{"number":"4242424242424242"}}'
        - 'Receipt for order 7 sent to 4111111111111111'
      no-match:
        - 'Card 4111 1111 1111 1112 declined'
        - 'build 1700000000000'
        - 'order 1234567812345678 shipped'
        - 'ISBN 978-0-306-40615-7'
        - 'card ending in 4242'

  - id: payment.iban-value
    description: IBANs with a valid mod-97 check in free text, compact or in groups of four.
    detector: iban
    examples:
      match:
        - 'IBAN: DE89 3704 0044 0532 0130 00'
        - 'iban=GB82WEST12345698765432'
        - '{"debtor":{"iban":"NL91ABNA0417164300"}}'
      no-match:
        - 'IBAN: DE89 3704 0044 0532 0130 01'
        - 'SKU DE12-ABCD-3456'
        - 'GB82 is the reference'

  - id: payment.keyed-value
    description: Values of keys that name a card security code, expiry, cardholder or card number in JSON, query strings and form bodies.
    detector: keyed-value
    options:
      keys:
        - cvv
        - cvv2
        - cvc
        - cvc2
        - csc
        - cvn
        - card_cvc
        - card_cvv
        - cardCvc
        - cardCvv
        - security_code
        - securityCode
        - card_code
        - cardCode
        - exp_month
        - expMonth
        - exp_year
        - expYear
        - card_expiry
        - cardExpiry
        - cc_exp
        - cardholder
        - card_holder
        - cardholder_name
        - cardholderName
        - card_holder_name
        - cardHolderName
        - name_on_card
        - nameOnCard
        - holderName
        - card_number
        - cardNumber
        - cc_number
        - ccnum
        - account_number
        - accountNumber
        - iban
    examples:
      match:
        - 'cvc=737&amount=1000'
        - '{"exp_month":"03","exp_year":"2030"}'
        - '{"cardholder_name":"Alice Example"}'
        - 'ccnum=4111111111111111'
      no-match:
        - '{"card_brand":"visa","last4":"4242"}'
        - '{"cvc_check":"pass"}'
        - 'currency=EUR&amount=1000'

"""#,
        "phone.yaml": #"""
# yaml-language-server: $schema=../schema/masklint-rules.schema.json
category: phone
description: >-
  Telephone, mobile and fax numbers typed into forms or shown on the page. A country calling code
  on its own (autocomplete tel-country-code, phone_country_code) identifies no one and is left out.
level: obscured

selectors:
  - id: phone.type-tel
    description: Inputs whose type is tel, unless their autocomplete says they hold a one-time code, postal code or card data (type tel is also used for a numeric keypad).
    selector: 'input[type=tel]:not([autocomplete~="one-time-code" i]):not([autocomplete~="postal-code" i]):not([autocomplete~="cc-number" i]):not([autocomplete~="cc-csc" i])'
    examples:
      match:
        - '<input type="tel" name="mobile">'
        - '<input type="TEL" autocomplete="shipping tel">'
        - '<input type="tel" name="contact" autocomplete="off">'
      no-match:
        - '<input type="tel" autocomplete="one-time-code" name="code">'
        - '<input type="tel" autocomplete="postal-code" name="zip">'
        - '<input type="tel" autocomplete="cc-number" name="card">'
        - '<input type="text" name="phone">'

  - id: phone.autocomplete-tel
    description: Fields whose autocomplete token is tel, tel-national, tel-area-code, tel-local, tel-local-prefix, tel-local-suffix or tel-extension.
    selector: '[autocomplete~="tel" i], [autocomplete~="tel-national" i], [autocomplete~="tel-area-code" i], [autocomplete~="tel-local" i], [autocomplete~="tel-local-prefix" i], [autocomplete~="tel-local-suffix" i], [autocomplete~="tel-extension" i]'
    examples:
      match:
        - '<input type="text" name="f7" autocomplete="tel">'
        - '<input autocomplete="section-contact work TEL">'
        - '<input autocomplete="mobile tel-national">'
        - '<input autocomplete="tel-local-suffix" maxlength="4">'
        - '<input autocomplete="tel-extension">'
      no-match:
        - '<select autocomplete="tel-country-code"><option>+1</option><option>+44</option></select>'
        - '<input name="tel" autocomplete="off">'
        - '<input autocomplete="telephone">'

  - id: phone.call-link
    description: Links that dial or text a number (tel:, sms:, callto:); their text usually shows the number itself.
    selector: 'a[href^="tel:" i], a[href^="sms:" i], a[href^="callto:" i]'
    examples:
      match:
        - '<a href="tel:+14155550132">+1 (415) 555-0132</a>'
        - '<a href="SMS:+447700900123">Text us</a>'
        - '<a href="callto:+4930901820">Call</a>'
      no-match:
        - '<a href="/telephone-support">Telephone support</a>'
        - '<a href="https://example.com/?tel=1">Link</a>'

input-names:
  - id: phone.field-name
    description: >-
      Fields named phone, telephone, cellphone, msisdn, WhatsApp or the German, French, Spanish,
      Italian, Portuguese and Dutch words (telefon, téléphone, telefono, telemovel, celular, móvil,
      telefoon); not iPhone, microphone or headphone fields, nor phone type, country code, consent or verification flags.
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '(?<!i)(?<!ear)(?<!head)(?<!micro|smart)phone(?![_.-]?(?:opt|consent|verif|confirmed|subscri|marketing|pref|notif|type|enabled|disabled|allowed|status|count|flag|permission|valid|setting|toggle|country|code|prefix|dial|otp|token|model|brand|case|icon|label))|t[eé]l[eé](?:phone|fon|fono|fone|foon)(?![_.-]?(?:type|opt|consent|verif|code|prefix|country))|msisdn|cell[_.-]?(?:phone|number|num|no(?![a-z]))|cellular|celular|(?<!auto)m[oó]vil(?![a-z])|telem[oó]vel|whatsapp(?:[_.-]?(?:number|num|no|phone))?(?:$|[\]0-9])'
    case-insensitive: true
    examples:
      match:
        - phone
        - phone_number
        - phoneNumber
        - billing_phone
        - 'user[phone]'
        - contactPhone
        - phones_0
        - phone_ext
        - telephone
        - cellphone
        - telefon
        - téléphone
        - telefono
        - telefoonnummer
        - celular
        - movil
        - msisdn
        - whatsapp
      no-match:
        - iphone_model
        - microphone
        - headphone_size
        - phone_type
        - phone_verified
        - phoneOptIn
        - phone_country_code
        - phoneCode
        - automovil
        - whatsapp_opt_in
        - smartphone_brand

  - id: phone.short-field-name
    description: >-
      Fields named tel, handy, gsm, fax, portable or mob_no, alone or with a number suffix (tel1,
      tel_no, contactTel), and mobile, mobil or mobiel alone or after a person word (billing_mobile,
      mobileNumber); not hotel, intel, telemetry or layout ids such as mobile-menu, navbar-mobile, is_mobile.
    attributes: [name, id, formcontrolname, ng-model, autocomplete]
    pattern: '(?:^|[_.\[-]|contact|customer|user|your|home|work|office|billing|shipping|txt)(?:tel|handy|gsm|fax|portable|mob(?=[_.-]?n))(?:[_.-]?(?:no|nr|num|number|nummer|numero|national|local|area|ext|extension|fixe|portable|mobile|home|work))?(?:$|[\]0-9])|(?:^|[.\[]|(?:contact|customer|user|your|home|work|office|billing|shipping|delivery|guest|txt|alt|alternate|secondary|primary|emergency|parent|guardian)[_-]?)(?:mobile|mobil|mobiel)(?:[_.-]?(?:no|nr|num|number|nummer|numero|phone|tel))?(?:$|[\]0-9])'
    case-insensitive: true
    examples:
      match:
        - tel
        - tel1
        - tel_no
        - telNumber
        - tel-national
        - 'customer[tel]'
        - contactTel
        - mobile
        - mobile_number
        - mobileNumber
        - 'user[mobile]'
        - billing_mobile
        - alt_mobile_no
        - mob_no
        - handy
        - gsm
        - fax
        - tel_portable
        - Mobilnummer
      no-match:
        - hotel
        - intel
        - hotel_name
        - telemetry
        - telegram_handle
        - mobile-menu
        - mobile_nav
        - is_mobile
        - navbar-mobile
        - header_mobile_search
        - tel-country-code
        - portable_charger
        - handy_tips
        - mob

labels:
  - id: phone.label
    description: Labels that name a telephone, mobile or fax number; phone type pickers, country or dialling codes and mobile app or site links are excluded.
    terms:
      en: [phone, telephone, tel, mobile, cell, cell phone, contact number, fax, call me back, callback number, call back number]
      de: [telefon, telefonnummer, handy, handynummer, mobilnummer, mobiltelefon, rufnummer, mobil]
      fr: [téléphone, numéro de téléphone, portable, mobile, gsm]
      es: [teléfono, número de teléfono, móvil, celular]
      it: [telefono, numero di telefono, cellulare]
      pt: [telefone, número de telefone, telemóvel, celular]
      nl: [telefoon, telefoonnummer, mobiel, mobiele nummer, gsm]
      pl: [telefon, numer telefonu, komórka]
      sv: [telefon, telefonnummer, mobilnummer, mobil]
      ja: ['電話番号*', '*電話番号', '携帯電話*', 電話]
      zh: ['电话*', '*电话', '手机号*', '*手机号', 手机, '電話*', 手機]
    excluded-terms:
      en: [phone type, type of phone, country code, dialling code, dialing code, mobile app, mobile menu, mobile version, mobile site]
      fr: [indicatif, type de téléphone]
      es: [prefijo, tipo de teléfono]
      it: [prefisso, tipo di telefono]
      pt: [código do país, tipo de telefone]
      nl: [landcode, type telefoon]
      de: [telefontyp, art des telefons]
    examples:
      match:
        - Phone
        - 'Mobile number *'
        - Tel.
        - Telefonnummer
        - Call me back on
        - Handynummer
        - Numéro de téléphone
        - Teléfono móvil
        - Numero di telefono
        - Telemóvel
        - Telefoonnummer
        - Numer telefonu
        - 携帯電話番号
        - 手机号码
      no-match:
        - Phone type
        - Country code
        - Get the mobile app
        - iPhone model
        - Headphones
        - Indicatif pays

detectors:
  - id: phone.value
    description: Telephone numbers in free text, in international (+) or national formatting.
    detector: phone
    examples:
      match:
        - 'Call +1 (415) 555-0132 after 5pm'
        - '{"phone":"+44 20 7946 0958"}'
        - 'tel:+4930901820'
        - 'London office 0044 20 7946 0958'
      no-match:
        - 'Delivered 2024-05-17'
        - 'version 1.2.3'
        - 'Total 1,299.00 EUR'
        - 'color #ff5500'
        - 'ref 00442079460958'

"""#,
        "ssn.yaml": #"""
# yaml-language-server: $schema=../schema/masklint-rules.schema.json
category: ssn
description: >-
  US Social Security numbers (and ITINs, which share their format), including split fields and
  last-four fields. WHATWG autocomplete has no token for national identifiers, so this category
  has no selector rules and relies on field names, labels and the value detector.
level: hidden

input-names:
  - id: ssn.field-name
    description: >-
      Fields named ssn (also split or last-four parts, after a person word such as applicantSsn),
      social security (number), soc_sec, ss_number or itin; not words that merely contain the
      letters ssn (classname, businessName).
    attributes: [name, id, formcontrolname, ng-model]
    pattern: '(?:^|[^a-z]|applicant|borrower|customer|member|employee|patient|spouse|user|your|primary|secondary|txt|co)ssn|social[_.\[-]?sec(?:urity|[_.-]?(?:num|no|nr)|$)|(?:^|[^a-z])soc[_.-]?sec|(?:^|[^a-z])ss[_-]?(?:num(?:ber)?|no|nr)(?![a-z])|(?:^|[^a-z])itin(?![a-z])'
    case-insensitive: true
    examples:
      match:
        - ssn
        - SSN
        - 'applicant[ssn]'
        - ssn_last4
        - ssnLast4
        - last4_ssn
        - ssn-part1
        - applicantSsn
        - txtSSN
        - social_security_number
        - socialSecurityNumber
        - soc_sec_num
        - socsec
        - ss_number
        - itin
      no-match:
        - classname
        - businessName
        - session
        - passnumber
        - class_no
        - address_no
        - itinerary
        - social_media_url
        - assn

labels:
  - id: ssn.label
    description: >-
      Labels that name a Social Security number, in English and in the wording translated US forms
      use (numéro de sécurité sociale, número de seguro social ...); Social Security income and
      benefit amounts are excluded.
    terms:
      en: [social security, ssn, ss number, soc sec, itin, individual taxpayer identification number]
      de: [sozialversicherungsnummer, sozialversicherung nummer]
      fr: [numéro de sécurité sociale, sécurité sociale]
      es: [número de seguro social, seguro social, número de la seguridad social]
      it: [numero di previdenza sociale, numero di sicurezza sociale, previdenza sociale]
      pt: [número de seguro social, número da segurança social, seguro social, segurança social]
      nl: [sofinummer, sociaal zekerheidsnummer, burgerservicenummer]
      pl: [numer ubezpieczenia społecznego]
      ja: ['社会保障番号*']
      zh: ['社会安全号码*', '社會安全號碼*', '社会保障号*']
    excluded-terms:
      en: [social security income, social security benefits, social security benefit, social security payments, social security office]
      es: [ingresos del seguro social, beneficios del seguro social]
    examples:
      match:
        - Social Security number
        - 'SSN (last 4 digits)'
        - Last 4 of SSN
        - Sozialversicherungsnummer
        - Numéro de sécurité sociale
        - Número de Seguro Social
        - Numero di previdenza sociale
        - Número de seguro social
        - Burgerservicenummer (BSN)
        - Numer ubezpieczenia społecznego
      no-match:
        - Monthly Social Security income
        - Social media profile
        - Session timeout
        - Date of birth

detectors:
  - id: ssn.value
    description: US Social Security numbers in free text (valid area, group and serial parts).
    detector: ssn
    examples:
      match:
        - 'SSN: 536-22-8734'
        - '{"ssn":"536-22-8734","dob":"1990-04-12"}'
        - 'ssn=536-22-8734&step=2'
        - '{"tax_id":"536-22-8734"}'
        - 'taxpayer_id=536228734'
      no-match:
        - 'Order 123-45-0000'
        - 'SSN: 000-12-3456'
        - 'SSN: 666-12-3456'
        - 'Call 555-0100'
        - 'Delivered 2024-05-17'
        - 'EIN 12-3456789'
        - 'id=536228734'

"""#,
    ]

    /// The built-in rule set as a source for `RuleSetLoader`.
    public static var source: RuleSetSource { RuleSetSource(files: files, displayDirectory: "<built-in>/rules") }
}
