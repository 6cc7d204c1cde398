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
version: 2.1.0
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
