package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContactListPhones checks national numbers that no phone word
// names but that stand beside an e-mail address in one list of contact
// details, before or after it; and the look-alikes, where a word says
// what else the number is or where the e-mail address is no neighbour.
func TestContactListPhones(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"Actualicen mis datos, por favor: p.rodriguez@inmobiliaria-garcia.es, 958 368 468, nacida el 5/2/1959.", "958 368 468"},
		{"Atualizem os meus dados: ana.jesus@terra.com.br, 217426535, nascida em 07/02/1977.", "217426535"},
		{"Então gfernandes05@yahoo.com.br e 218 838 631, mais alguma coisa?", "218 838 631"},
		{"Entonces andrea.jimenez+news@hotmail.es y (954 744 447), ¿algo más?", "954 744 447"},
		{"Dados: 912 345 678 / ana@example.pt.", "912 345 678"},
		{"958 368 468 o ana@example.es", "958 368 468"},
		{"ana@example.es; 612 345 678, gracias", "612 345 678"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone)
	}
	for _, text := range []string{
		"my email is ana@example.com, order 12345678",
		"ana@example.com, 2024-01-15",
		"version 2.3.1 / ana@example.com",
		"ana@example.com sent 12345678 twice",
		"the file ana@example, 958 368 468",     // no domain after the '@'
		"ana@example.com,and 958 368 468 items", // no space after the join
		"ana@example.com/958368468",
		// Found by a review: amounts, counts, units, labels, postcodes,
		// ids, numbers no region dials, an SSN's groups.
		"payout to ana@example.com, 1 250 000 EUR",
		"ana@example.com & 1 250 000 others",
		"ana@example.com y 912 345 678 euros",
		"ana@example.com | 958 368 468 pesetas",
		"ana@example.com, 612 345 678 puntos acumulados",
		"ana@mail.com, 958368468 ms elapsed",
		"ana@mail.com, 958368468 bytes",
		"ana@example.com, 958368468 (pedido)",
		"ana@mail.com, 612 345 678 (n.º de cliente)",
		"Nº cliente 612 345 678, ana@mail.com",
		"Steuer-ID 12345678901 und hans@post.de",
		"2024-05-01 12:00:01 INFO user_id=612345678 | ana@example.com | login ok",
		"joao@correio.pt, 1000-001 Lisboa",
		"ana@example.com, 978 843 760 494",
		"ana@mail.com, 9583684681234",
		"ana@mail.com y 45 123 39",
		"ana@example.com, 2024 1234 5678",
		"ana@example.com, 219 09 9999",
		"ana@example.com | 123-45-6789",
		"ana@mail.com / 958368468 / 2024",
		"billing: tom@acme.io | 4712 3390 12 | status=PAID",
		// A CSV row's bare commas and a table's bars join no list.
		"name,email,customer_id\nAna Ruiz,ana@example.com,958368468\nTom Berg,tom@example.com,612345678",
		"| Name | Email | Order |\n|---|---|---|\n| Ana Ruiz | ana@example.com | 958368468 |",
	} {
		wantValue(t, d, text, TypePhoneNumber, "", "%q", text)
	}
}

// TestCalledPastDecoys checks that a calling phrase before a number
// whose shape makes it a phone also keeps it against the decoy words
// near it, as it does for a number that needed the phrase: the
// verification code is sent to the number, not the number.
func TestCalledPastDecoys(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"2025-05-12T15:39:55Z INFO accounts: Sending SMS verification code to 06 78 53 90 57 (trace_id=578e)", "06 78 53 90 57"},
		{"[checkout] Sending SMS verification code to 212.927.4076 (trace_id=fa3b)", "212.927.4076"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone)
	}
	for _, text := range []string{
		"verification code 212.927.4076",
		"your order 0612345678 has shipped",
	} {
		wantValue(t, d, text, TypePhoneNumber, "", "%q", text)
	}
}

// TestSpelledPlus checks a number dictated with the word for "plus"
// before its country code ("más 33 ...", "mais 33 ...", "più 39 ..."),
// which a phone word must name, and the same words in sums.
func TestSpelledPlus(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"Customer: mi numero es mas 33 7 30 51 15 17", "33 7 30 51 15 17"},
		{"Cliente: meu numero é mais 33 2 36 16 11 83", "33 2 36 16 11 83"},
		{"my number is plus 33 6 12 34 56 78", "33 6 12 34 56 78"},
		{"mijn nummer is plus 31 6 27579888", "31 6 27579888"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone)
	}
	for _, text := range []string{
		"that is 5 plus 33 7 30 51 15 17 items",
		"el total es más 33 7 30 51 15 17",
		"phone: 3 plus 33 7 30 51 15 17 = ?",
		"telephone bill: 49 plus 33 7 30 51 15 17 surcharge",
		"phone was 12, plus 33 7 30 51 15 17 after the upgrade",
	} {
		wantValue(t, d, text, TypePhoneNumber, "", "%q", text)
	}
}

// TestTableColumns checks dates of birth, social security and phone
// numbers in a table's column that only the header names: CSV with
// commas, semicolons or tabs, quoted cells, markdown tables; and the
// look-alikes: dates in the table's other columns, a header of two cells,
// rows after the table has ended, a number in another kind's column.
func TestTableColumns(t *testing.T) {
	d := defaultDetector(t)
	csv := "Rows that failed to import:\nCustomer,email,phone,dob,tier\n" +
		"Carolina Gonçalves,carolina@example.com,+351 220 060 624,29/07/1973,Free\n" +
		"\"Pereira, Margarida\",margarida@example.pt,229890378,21/01/1965,Enterprise\n" +
		"James Thomas,james@example.com,201.784.5301,\"November 23, 1938\",Free\n" +
		"Can you check?"
	md := "| full_name | Email | date_of_birth | created_at |\n|---|:---|---|---|\n" +
		"| Graham Fitzgerald | graham@example.co.uk | 1943-01-14 | 2024-10-06 |\n" +
		"| Lukas Koch | lukas@example.de | 05.02.1978 | 2025-10-29 |\n"
	semi := "Nombre;Teléfono;Fecha de nacimiento;Alta\r\nAna;600000000;12/03/1981;01/02/2024\r\nLuis;600000001;13/04/1982;02/02/2024\r\n"
	tsv := "name\tbirth_date\tcity\nAnna\t1990-05-17\tBerlin\n"
	for _, c := range []struct {
		text string
		dobs []string
	}{
		{csv, []string{"29/07/1973", "21/01/1965", "November 23, 1938"}},
		{md, []string{"1943-01-14", "05.02.1978"}}, // not created_at
		{semi, []string{"12/03/1981", "13/04/1982"}},
		{tsv, []string{"1990-05-17"}},
		{"nom,date de naissance,email\nMarie,15/03/1984,marie@laposte.fr\nLuc,02/11/1990,luc@laposte.fr", []string{"15/03/1984", "02/11/1990"}},
		{"name,birth_date,email\nAna,1984-03-15,ana@example.com\nTom,1990-11-02,tom@example.com", []string{"1984-03-15", "1990-11-02"}},
		// The next table's header ends the table, with or without a
		// markdown rule line.
		{"name,email,dob\nAna Ruiz,ana@example.com,1984-03-15\ninvoice,total,due\n10001,2500,2024-06-01", []string{"1984-03-15"}},
		{"| Name | Email | DOB |\n|---|---|---|\n| Ana | ana@example.com | 1984-03-15 |\n| Order | Status | Shipped |\n|---|---|---|\n| 10001 | sent | 2024-06-01 |", []string{"1984-03-15"}},
		// The table ends at a blank line or a line of other cells.
		{"name,dob,tier\nAna,12/03/1981,Free\n\nThe order of 14/03/2024 shipped, the refund of 15/03/2024 too.\n", []string{"12/03/1981"}},
		{"name,dob,tier\nAna,12/03/1981,Free\nshipped 14/03/2024, refunded 15/03/2024\n", []string{"12/03/1981"}},
		// No birth column.
		{"name,created,tier\nAna,12/03/1981,Free\n", nil},
		{"name,dob\nAna Maria Lopez Garcia,sometime soon\nBeatriz Fernandez Cordoba,12/03/1981\n", nil}, // a header of two cells
	} {
		got := valuesOf(t, d, c.text, TypeDateOfBirth)
		if c.dobs == nil {
			assert.Empty(t, got, "%q", c.text)
			continue
		}
		assert.ElementsMatch(t, c.dobs, got, "%q", c.text)
	}
	for _, c := range []struct{ text, typ, value string }{
		{"name,Email,ssn,tier\nDaniel Thomas,daniel@example.com,398878738,Pro\n", TypeUSSSN, "398878738"},
		{"| id | Customer | mobile | SSN | plan |\n|---|---|---|---|---|\n| 17 | Michael Williams | 212 898 6012 | 290973856 | Free |\n", TypeUSSSN, "290973856"},
		{"name,mobile,tier\nAna,612345678,Free\n", TypePhoneNumber, "612345678"},
		// The e-mail address beside it would make it a phone; the
		// header says whose number it is.
		{"name,Email,ssn,tier\nDaniel Thomas,daniel@example.com,398878738,Pro\n", TypePhoneNumber, ""},
		{"name,notes,tier\nAna,612345678,Free\n", TypePhoneNumber, ""},
		// A column names its numbers against the header words near
		// them: the SSN column's numbers are SSNs beside "phone".
		{"name,email,ssn,phone\nAna Ruiz,ana@example.com,512436789,4155550198\n", TypeUSSSN, "512436789"},
		{"name,email,ssn,phone\nAna Ruiz,ana@example.com,512436789,4155550198\n", TypePhoneNumber, "4155550198"},
		// An order's or a customer's number, and the next table's
		// column.
		{"nombre;email;teléfono;pedido\nLucía;lucia@correo.es;612345678;958368468", TypePhoneNumber, "612345678"},
		{"naam;email;telefoon;ordernummer\nJan;jan@mail.nl;0612345678;0698765432", TypePhoneNumber, "0612345678"},
		{"name,email,order_number\nAna Ruiz,ana@example.com,958368468\nTom Berg,tom@example.com,612345678", TypePhoneNumber, ""},
		{"name,email,phone\nAna Ruiz,ana@example.com,4155550198\nsku,qty,barcode\nA-1,3,612345678", TypePhoneNumber, "4155550198"},
	} {
		wantValue(t, d, c.text, c.typ, c.value, "%q", c.text)
	}
}

// TestRecordDates checks a date of birth that no word names, in a record
// of one person's details beside a name, a phone, an SSN or an e-mail
// address; and the look-alikes: recent dates, dates of an account's or
// an order's events, dates beside nothing personal.
func TestRecordDates(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"Here you go: Lucas Brown, 24 June 1943, +61 3 6083 3423.", "24 June 1943"},
		{"background check: Kwame Kowalski / 315-89-5171 / 1953-07-13", "1953-07-13"},
		{"Lucas Brown | 1988-02-03 | lucas@example.com", "1988-02-03"},
		{"> Here you go: Kenji O'Brien, 1985-03-14, +33 2 25 39 00 35.", "1985-03-14"},
		{"Aqui está: Ana Sousa; 07.02.1957; +351 912 345 678", "07.02.1957"},
		// From 2000 on, a whole record or an SSN beside the date.
		{"user> Here you go: Freya Williams, 02/25/2006, +61 436 513 694.", "02/25/2006"},
		{"background check: Sophia M. Okafor / 662-86-2163 / 19/12/2003", "19/12/2003"},
		{"Dati cliente: Francesca Greco, 23/09/1982, +39 349 765 4321", "23/09/1982"},
		// An SSN with no word, between the name and the date of birth.
		{"Agent: background check: Siobhan Søndergaard / 855613375 / 14/12/1959", "14/12/1959"},
		// Only a space after the name, as a form is read out (session 24).
		{"Lucas Brown 24 June 1943 +61 3 6083 3423", "24 June 1943"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, "%q", c.text)
	}
	wantValue(t, d, "Agent: background check: Siobhan Søndergaard / 855613375 / 14/12/1959", TypeUSSSN, "855613375")
	wantValue(t, d, "Order 4471 / 855613375 / 14/12/1959", TypeUSSSN, "")
	wantValue(t, d, "Siobhan Smith / 855613375 / 14/12/2024", TypeUSSSN, "")
	for _, text := range []string{
		"Lucas Brown, 24 June 2011, +61 3 6083 3423", // after recordBirthYearMax
		"Account created by Lucas Brown, 24 June 2012",
		"Last login: ana@example.com, 2014-05-02",
		"Invoice sent to ana@example.com, 12/03/2015.",
		"Cliente desde 2010: Lucas Brown, 24/06/2010, +34 612 345 678",
		"Order 4471, 24 June 1999, 3 items",       // nothing personal beside it
		"Lucas Brown, June 1943, +61 3 6083 3423", // no day
		// Found by a review: dates of jobs, visits, events, letters and
		// logs of the years 2000 to 2010 beside a name or a phone.
		"Staff roster | Emma Collins | 14 July 2010 | ext 4412",
		"Ticket #4471 - Jonas Meyer, 05 January 2008, reopened",
		"Onboarding: Sophie Martin, 2009-06-01, sophie.martin@example.fr",
		"Visit log: Carlos Ruiz, 18/10/2007, 612 345 678",
		"Date of death: Arthur Price, 3 March 2009, 919-829-4455",
		"Date d'embauche : Pierre Lefevre, 02/05/2007, pierre.lefevre@example.fr",
		"Vertragsbeginn: Stefan Braun; 15.02.2009; 0171 2345678",
		"Kevin Moore; 2009-01-15; order shipped; 312-829-0148",
		"Brian Scott, 2007-05-01 (hire date), 617-829-3344",
		"On 12 March 2009, John Smith <john.smith@example.com> wrote:",
		"Kind regards, Helen Ward, 3 May 2008, helen.ward@example.co.uk",
		"2009-04-12, john.doe@example.com, password reset",
		"2009-04-12 | Peter Lang | peter.lang@example.com | password reset",
		"Vintage: Château Margaux, 12 October 2005, 750ml",
	} {
		wantValue(t, d, text, TypeDateOfBirth, "", "%q", text)
	}
}

// TestNameKeyInContactRecord checks a bare "name=" key in a record of
// contact details, whose value is a person ("update contact:
// name=Camille Thompson; phone=...; email=..."), against the same key
// among keys of code or products, whose value is not; and the acronyms
// of computing that are given names too, written in capitals.
func TestNameKeyInContactRecord(t *testing.T) {
	checkPersons(t, []personCase{
		{"update contact: name=Camille Thompson; phone=+353 85 566 5550; email=jo@example.com", []string{"Camille Thompson"}},
		{"Customer: update contact: name=Siobhan Wójcik; phone=+14817005348", []string{"Siobhan Wójcik"}},
		{"email=a@example.com; name=Mei Romano", []string{"Mei Romano"}},
		{"--name=Austin Dev --region=us-east-1", nil},
		{"name=Jordan Retro; size=10; price=99", nil},
		{"Can you check IP 10.185.55.110? It's our office NAT.", nil},
		{"the VM has 8 GB of RAM and the AMI is old", nil},
		{"Please call SAM WILSON today", []string{"SAM WILSON"}},
		{"Please call SAM at 415-829-2233", []string{"SAM"}},
		{"Hi, my name is SAM and my email is sam.w@example.com", []string{"SAM"}},
		{"wifi name=Guest Network address=10.0.0.1", nil},
		// A surname in capitals the lists lack, after a given name in
		// capitals and a cue or a title; products in capitals are none.
		{"Hi FREDDIE CHOLMONDELEY, thanks for waiting", []string{"FREDDIE CHOLMONDELEY"}},
		{"Account holder: Ms. MAŁGORZATA DĄBROWSKA", []string{"MAŁGORZATA DĄBROWSKA"}},
		{"Agent: Hi MURAT DEMIR-WÓJCIK, I can see order ORD-867", []string{"MURAT DEMIR-WÓJCIK"}},
		{"MAX TURBO mode is on", nil},
		{"MAX CPU usage is high", nil},
		// The Welsh "ap" between a given name and a surname.
		{"Customer: Gemma ap Rhys", []string{"Gemma ap Rhys"}},
		{"we need the AP Style guide", nil},
	})
}

// TestValuesInBrackets checks values in round brackets that a number in
// brackets (a phone's area code, "(06 12 34 56)") used to pass over: an
// IPv6 or MAC address led by digits, and a token led by digits.
func TestValuesInBrackets(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, value string }{
		{"mon IPv6 : (2604:3f24:f6c:63c:253e:9db:392f:a4b9)! merci", TypeIPAddress, "2604:3f24:f6c:63c:253e:9db:392f:a4b9"},
		{"IPv6 → (2a0a:ba5f:22bb::32f0), afgeschreven 25,99 euro", TypeIPAddress, "2a0a:ba5f:22bb::32f0"},
		{"mac (00:1A:2B:3C:4D:5E) ok", TypeMACAddress, "00:1A:2B:3C:4D:5E"},
		{"access key AKIARHXDYSNC2AZUEOJB + geheime sleutel: (1GYaLyejhLDLqPLZvbbkmWTe/6EGPczASHmuQ/dv) - mvg", TypeAWSSecretKey, "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"},
		{"call (06 12 34 56)", TypePhoneNumber, "06 12 34 56"},
		{"meeting at (10:30) today", TypeIPAddress, ""},
	} {
		wantValue(t, d, c.text, c.typ, c.value, "%q", c.text)
	}
}

// TestBirthAbbreviations checks the birth labels of forms that chats
// abbreviate ("d.n." in Italian, "DN" in Portuguese, "DDN" in French),
// with what stands between them and their date (arrows, quotation marks,
// brackets, an emoji, a line break), and a German day glued to its month
// ("14.Februar 1956"); and the look-alikes: "DN" of a directory entry, a
// version before a month.
func TestBirthAbbreviations(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, dob string }{
		{"SONO RAGGIUNGIBILE AL +39 02 2546 7365, INOLTRE D.N. → 26/3/1950, INOLTRE EMAIL: m.b@example.it", "26/3/1950"},
		{"Buongiorno, ecco i miei dati aggiornati. d.n. 14 maggio 1950.", "14 maggio 1950"},
		{"Ciao a tutti il mio account è bloccato:\nd.n.\n19 maggio 1966\nurgente per favore", "19 maggio 1966"},
		{"MARIANA.SILVA@EXAMPLE.COM E-MAIL ALTEREM PF, DN → “🎉 28 DE MAIO DE 1984”, CUMPRIMENTOS", "28 DE MAIO DE 1984"},
		{"OLÁ PARA A VERIFICAÇÃO DE IDENTIDADE\nDN :\n18/5/1991\nOBRIGADA", "18/5/1991"},
		{"> DDN -> « 13.05.1991 », le nouveau", "13.05.1991"},
		{"> ddn [28/01/1969]\n\nmerci, c'est mis", "28/01/1969"},
		{"Hello vous m'avez demandé de vérifier mon compte\n\nDDN:\n7 juin 1982\nmerci", "7 juin 1982"},
		{"geboren am 14.Februar 1956", "14.Februar 1956"},
		{"DN: cn=admin,dc=example,dc=com created 2024-01-02", ""},
		{"Alm disso DN: 17-11-1947, obrigada", "17-11-1947"},
		{"Certificate DN 12/03/2010 renewed", ""},
		{"Delivery Note DN 12/03/2009 for order 4471", ""},
		{"DN: 2008-06-30 shipment confirmed", ""},
		{"DN 2024-04-12 ticket closed", ""},
		{"v1.March 2020 release notes", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.dob, "%q", c.text)
	}
}

// TestPhoneShapesProbe20 checks phone numbers of a probe of structured
// values in new styles: a number after a list item's own number ("1)
// 02 89 11 79 57"), Mexico's old mobile '1' after +52, a phone's label
// after '=' or an emoji ("0621 8290096 = MOBIL", "👈 TEL").
func TestPhoneShapesProbe20(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, phone string }{
		{"pour la vérification d'identité:\n1) 02 89 11 79 57\n2) remboursement de 5 698,62 €", "02 89 11 79 57"},
		{"1. 06 12 34 56 78", "06 12 34 56 78"},
		{"teléfono de contacto +52 1 998 814 1523 incidencia INC2292819", "+52 1 998 814 1523"},
		{"0621 8290096 = MOBIL BITTE AKTUALISIEREN", "0621 8290096"},
		{"27 96855-1211 👈 TEL ALTEREM PF", "27 96855-1211"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.phone, "%q", c.text)
	}
	for _, text := range []string{
		"1) 12 items\n2) 3 boxes",
		"version 1.2 = portable build",
		// Found by a review: lists of numbers, a build's edition, an
		// English "whats".
		"1) 06 12 24 36 48 Lotto numbers",
		"Agenda:\n1) 09 30 10 00 start\n2) 10 15 10 45 break",
		"Build 12345678 = portable edition",
		"whats 15 24 000 000?",
	} {
		wantValue(t, d, text, TypePhoneNumber, "", "%q", text)
	}
}

// TestPublishedLookAlikes checks strings of a probe of look-alikes that
// were reported and are no personal data or secret: a JSON Web Token's
// header alone, an OpenSSH public key's body, a key's fingerprint, an
// amount in CFA francs; and what a review found the exemptions must not
// take: a token's payload, a password's hash, phones before a currency,
// NINOs in lower case.
func TestPublishedLookAlikes(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"The token header is eyJhbGciOiJIUzUxMiJ9, so the algorithm is fine",
		"The token header is eyJhbGciOiJSUzI1NiIsImtpZCI6IjAzYmNhMjZjMDM5NTQyODciLCJ0eXAiOiJKV1QifQ, so",
		"Here's our public key for the SFTP server: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFjF4k/YojALv37u4h0c8/DKY/T9qJMpgHahGl/idR/Q deploy@build-01",
		"key fingerprint SHA256:pVtlIP1UpxSdDOgCTv/CwZd+XlClsPXYXKmimV56h4k ok",
		"the fee is 34 111 500 FCFA in total",
		"$ ssh-keygen -lf ~/.ssh/deploy_key.pub\n256 SHA256:y0YBt057apNSPDUe0GdWJ1JvDacZg8+2Wjgkf4Cj/wA user@host (ED25519)",
	} {
		fs, err := d.Detect(context.Background(), text)
		require.NoError(t, err)
		assert.Empty(t, fs, "%q", text)
	}
	wantValue(t, d, "my token is eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0", TypeAPIKey, "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0")
	wantValue(t, d, "nino: ab 12 34 56 c", "UK_NINO", "ab 12 34 56 c")
	// Found by a review: what the exemptions must not take.
	wantValue(t, d, "my NI number: me 123456c", "UK_NINO", "me 123456c")
	wantValue(t, d, "password hash SHA256:BmTepo6uKZyUf0IE9pU2NJhKaM1/5WdR16ePlljivghZ for user admin", TypeAPIKey, "BmTepo6uKZyUf0IE9pU2NJhKaM1/5WdR16ePlljivghZ")
	wantValue(t, d, "Tel. 0171 2345678 EUR-Hotline", TypePhoneNumber, "0171 2345678")
	wantValue(t, d, "Teléfono: 912 345 678 EUR", TypePhoneNumber, "912 345 678")
	wantValue(t, d, "Telefone: (11) 98765-4321 BRL", TypePhoneNumber, "(11) 98765-4321")
	for _, text := range []string{"TSA 2023 annual report", "our TSA 43147 case is open", "Bei der Wahl 2021, Berlin", "Vor dem Finale 3, München", "Book 3 Avenue of the Dead, chapter 2"} {
		wantValue(t, d, text, TypeStreetAddress, "", "%q", text)
	}
	checkPersons(t, []personCase{{"Hi ANNA WLAN kaputt", []string{"ANNA"}}, {"Hi JOHN DEERE tractor parts", []string{"JOHN"}}})
}

// TestAddressTailsProbe20 checks address parts of a probe of US, UK,
// German and French addresses: a UK postcode without its space, a
// French district's ordinal and "cedex", "b" for bis before the street's
// type, a post-office box inside the address ("BP 26", "B.P. 86", "TSA
// 43147"), "P O Box", a Postfach number in pairs; and the look-alikes.
func TestAddressTailsProbe20(t *testing.T) {
	none := []string{"STREET_ADDRESS", "ADDRESS"}
	checkSoftCases(t, []softCase{
		{text: "76 Highfield Hill, London, E86AW", want: []string{"STREET_ADDRESS=76 Highfield Hill, London, E86AW"}},
		{text: "205 MANOR RISE, BELFAST, BT73WW", want: []string{"STREET_ADDRESS=205 MANOR RISE, BELFAST, BT73WW"}},
		{text: "70 avenue de Saint-Ouen, Paris 13e", want: []string{"STREET_ADDRESS=70 avenue de Saint-Ouen, Paris 13e"}},
		{text: "133 rue Paradis, Marseille 9e.", want: []string{"STREET_ADDRESS=133 rue Paradis, Marseille 9e"}},
		{text: "61 b rue des écoles, 75014 paris", want: []string{"STREET_ADDRESS=61 b rue des écoles, 75014 paris"}},
		{text: "164 B quai de la Tournelle, Paris 7e", want: []string{"STREET_ADDRESS=164 B quai de la Tournelle, Paris 7e"}},
		{text: "67 rue Saint-Michel, BP 26, 35700 Rennes Cedex", want: []string{"STREET_ADDRESS=67 rue Saint-Michel, BP 26, 35700 Rennes Cedex"}},
		{text: "74 route des Primevères, B.P. 86, 30000 Nîmes cedex", want: []string{"STREET_ADDRESS=74 route des Primevères, B.P. 86, 30000 Nîmes cedex"}},
		{text: "12 rue de Rivoli, 75001 Paris CEDEX 01", want: []string{"STREET_ADDRESS=12 rue de Rivoli, 75001 Paris CEDEX 01"}},
		{text: "B.P. 9, 13013 Marseille CEDEX", want: []string{"STREET_ADDRESS=B.P. 9, 13013 Marseille CEDEX"}},
		{text: "P O Box 26612, Arlington, VA 22206", want: []string{"STREET_ADDRESS=P O Box 26612, Arlington, VA 22206"}},
		{text: "Postfach 90 18 45, Magdeburg", want: []string{"STREET_ADDRESS=Postfach 90 18 45, Magdeburg"}},
		// What stands before the street: a building's name after a unit,
		// a flat named by its floor, units in a chain, a residence.
		{text: "Apartment 36, Maple House, 193B Orchard Mews, York, YO1 3TQ", want: []string{"STREET_ADDRESS=Apartment 36, Maple House, 193B Orchard Mews, York, YO1 3TQ"}},
		{text: "Ground Floor Flat, 179 Brook Road, Lyndhurst, Hampshire SO43 2DL", want: []string{"STREET_ADDRESS=Ground Floor Flat, 179 Brook Road, Lyndhurst, Hampshire SO43 2DL"}},
		{text: "Basement Flat, 186 Oak Ave, Manchester M14 1ZS", want: []string{"STREET_ADDRESS=Basement Flat, 186 Oak Ave, Manchester M14 1ZS"}},
		{text: "Bât. D, Appt 41, 105 rue des Tilleuls, 35700 Rennes", want: []string{"STREET_ADDRESS=Bât. D, Appt 41, 105 rue des Tilleuls, 35700 Rennes"}},
		{text: "Résidence Les Oliviers, 101, avenue Anatole France, 25000 Besançon", want: []string{"STREET_ADDRESS=Résidence Les Oliviers, 101, avenue Anatole France, 25000 Besançon"}},
		// German streets after "vor dem", "bei der"; a flat's floor and
		// side, a room.
		{text: "Adresse: Vor dem Tore 41, 50797 Köln", want: []string{"STREET_ADDRESS=Vor dem Tore 41, 50797 Köln"}},
		{text: "Adresse: Bei der Pauluskirche 47b, 65201 Wiesbaden", want: []string{"STREET_ADDRESS=Bei der Pauluskirche 47b, 65201 Wiesbaden"}},
		{text: "Goethering 116, EG rechts, 30636 Hannover", want: []string{"STREET_ADDRESS=Goethering 116, EG rechts, 30636 Hannover"}},
		{text: "Rosa-Luxemburg-Platz 131a, Seitenflügel, 2. OG rechts, 09120 Chemnitz", want: []string{"STREET_ADDRESS=Rosa-Luxemburg-Platz 131a, Seitenflügel, 2. OG rechts, 09120 Chemnitz"}},
		{text: "Obere Hauptstraße 133b, Zimmer 214, 60533 Frankfurt am Main", want: []string{"STREET_ADDRESS=Obere Hauptstraße 133b, Zimmer 214, 60533 Frankfurt am Main"}},
		// American streets: a naming designator before the generic one,
		// "Avenue of the Americas".
		{text: "Ship to 31 Eagle Crest Street, Dallas, TX 75245", want: []string{"STREET_ADDRESS=31 Eagle Crest Street, Dallas, TX 75245"}},
		{text: "Ship to 31 Park View Street, Austin, TX 78701", want: []string{"STREET_ADDRESS=31 Park View Street, Austin, TX 78701"}},
		{text: "Ship to 6077 Avenue of the Americas, Little Rock AR 72209-1065", want: []string{"STREET_ADDRESS=6077 Avenue of the Americas, Little Rock AR 72209-1065"}},
		{text: "Ship to 1668 Glyn St street", want: []string{"STREET_ADDRESS=1668 Glyn St"}},
		// A UK locality before the post town, a town "upon" a river.
		{text: "136 Riverside Terrace, Mousehole, Penzance TR19 3BX", want: []string{"STREET_ADDRESS=136 Riverside Terrace, Mousehole, Penzance TR19 3BX"}},
		{text: "Apartment 29, Marlowe Court, 196 Brook Rd, Mousehole, Penzance, Cornwall, TR19 4HB", want: []string{"STREET_ADDRESS=Apartment 29, Marlowe Court, 196 Brook Rd, Mousehole, Penzance, Cornwall, TR19 4HB"}},
		{text: "198 Highfield Grove, Newcastle upon Tyne NE2 9EQ", want: []string{"STREET_ADDRESS=198 Highfield Grove, Newcastle upon Tyne NE2 9EQ"}},
		{text: "12 High Street, Leeds, Bob Smith, 0113 496 0000", want: []string{"STREET_ADDRESS=12 High Street, Leeds"}},
		// French streets named after a date.
		{text: "104B chemin du 8 Mai 1945, 49100 Angers", want: []string{"STREET_ADDRESS=104B chemin du 8 Mai 1945, 49100 Angers"}},
		{text: "23 rue du 11 Novembre 75014 Paris", want: []string{"STREET_ADDRESS=23 rue du 11 Novembre 75014 Paris"}},
		{text: "179 impasse du 14 Juillet, 75011 Paris", want: []string{"STREET_ADDRESS=179 impasse du 14 Juillet, 75011 Paris"}},
		// Look-alikes.
		{text: "Rendez-vous le 8 mai 1945 à 10h", none: none},
		{text: "we got 3 Avenue of Sorrow tickets", none: none},
		{text: "we got 3 Avenue of the Stars tickets", none: none},
		{text: "Ich war vor dem Haus 5 Minuten", none: none},
		{text: "der EG Beschluss ist da", none: none},
		{text: "I love Maple House, 12 Oak Street, Leeds LS1 4AP", want: []string{"STREET_ADDRESS=12 Oak Street, Leeds LS1 4AP"}},
		{text: "The Beatles, 12 Oak Street", want: []string{"STREET_ADDRESS=12 Oak Street"}},
		{text: "model B13AB is great", none: none},
		{text: "Paris 13e is nice in spring", none: none},
		{text: "Plan B rue de la Paix", none: none},
	})
}

// TestProbeHValues checks what a second held-out-like probe found: a
// secret key that a verb says got out, with no word for a key ("I
// committed h4gjtHU5.../... to a public repo"), a date denied after a
// date of birth ("24.11.1953 is my birthday, not 17 October 2023"), the
// other value of a date of birth that a document says; and the
// look-alikes, a 40-byte base64 with no word, a commit's hash, an
// invoice's date.
func TestProbeHValues(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "I committed h4gjtHU5E5K54za1s/xZGIT9s3VGGFUzE3TH1lIs to a public repo by accident", TypeAWSSecretKey, "h4gjtHU5E5K54za1s/xZGIT9s3VGGFUzE3TH1lIs")
	wantValue(t, d, "we leaked PBPfI3Oa6sMA+QoE/BNgi3XM99jBUO+e3hrQdZaw in a gist", TypeAWSSecretKey, "PBPfI3Oa6sMA+QoE/BNgi3XM99jBUO+e3hrQdZaw")
	wantValue(t, d, "here: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", TypeAWSSecretKey, "")
	wantValue(t, d, "I committed 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b yesterday", TypeAPIKey, "")
	wantValue(t, d, "> 24.11.1953 is my birthday, not 17 October 2023. The form swapped them.", TypeDateOfBirth, "24.11.1953")
	wantValue(t, d, "my birthday is not 12/03/1980 but 13/03/1980", TypeDateOfBirth, "12/03/1980")
	// The other value of the same field, which a document says.
	got := valuesOf(t, d, "The DOB on file is 25 December 1943, but the ID you uploaded says 25 March 1979.", TypeDateOfBirth)
	assert.Equal(t, []string{"25 December 1943", "25 March 1979"}, got)
	wantValue(t, d, "My DOB is 12/03/1980, but the invoice says 14/03/2024", TypeDateOfBirth, "12/03/1980")
	wantValue(t, d, "DOB 12/03/1980. The letter says 14/03/2024", TypeDateOfBirth, "12/03/1980")
}
