package redact

import (
	"context"
	"testing"
)

// TestNameThatEndsTheTextOfSession77: a capitalised word that no list
// knows, alone after a comma or the end of a sentence at the end of a
// message, signs it (endSignAt); a town after a name, a street or a
// house's number, a word asked or exclaimed, thanks, a long noun and a
// code's shape do not.
func TestNameThatEndsTheTextOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word string
		person     bool
	}{
		{"claim for my husband, my no. 013-884 2716, Zorvika", "Zorvika", true},
		{"imi trimiteti factura pe mail? multumesc, Ilvane", "Ilvane", true},
		{"er werd €20 geblokkeerd ipv €4. wanneer komt dat terug?? Tamblo", "Tamblo", true},
		{"the icing melted. order CK-7714. not happy. Marrek", "Marrek", true},
		{"stari broj 095 817 2230, novi 099 4418 052. Ostalo isto. Lp, Vesnara", "Vesnara", true},
		{"Moj broj je +381 63 8841 207, Zorvika.", "Zorvika", true},
		// Not a signature.
		{"please send it to Jelena Vujović, Podgoricka", "Podgoricka", false},
		{"she lives at #14 Soldier Road East, Zorvikton", "Zorvikton", false},
		{"anwani yangu ni S.L.P 2043, Moshira", "Moshira", false},
		{"got an email asking for my code, I typed it in. Scamma?", "Scamma", false},
		{"thanks for sorting the refund so fast. Diolch", "Diolch", false},
		{"Die Schufa-Auskunft hängt an. Rechnungsbetrag", "Rechnungsbetrag", false},
		{"Branch hours 10:00 AM - 3:00 PM, Sun-Fri", "Sun-Fri", false},
		{"Geburtsdatum war falsch: 19.07.1991 nicht 17.09.1991, Zahlendreh", "Zahlendreh", false},
		{"It came three weeks late and broken. Unacceptable", "Unacceptable", false},
		{"Zorvika", "Zorvika", false},
		{"We have three plans: Basic, Pro, Zorvix", "Zorvix", false},
		{"Заказ собран и передан курьеру. Готов", "Готов", false},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Type == TypePerson && c.text[f.Start:f.End] == c.word {
				got = true
			}
		}
		if got != c.person {
			t.Errorf("%q: %q a person: %v, want %v", c.text, c.word, got, c.person)
		}
	}
}

// TestNameWasAndBracketsOfSession77: "name was" cues a name as "name
// is" does, and a person's noun cues the name in brackets after it; a
// speaker's department, a remark and a title's place in brackets are
// no names.
func TestNameWasAndBracketsOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word string
		person     bool
	}{
		{"how do i stop calls going to her? her name was Zorvika Tamblen", "Zorvika Tamblen", true},
		{"grandma (Pat Henshaw) is picking up teddy today", "Pat Henshaw", true},
		{"my neighbour (Zorvik Tamblen) has a key", "Zorvik Tamblen", true},
		{"Mum's mobile 07723 418906, Dad (Tom) 07841 552310.", "Tom", true},
		{"my name was spelt wrong on the letter", "", false},
		{"Kunde (Lohnbuchhaltung): bitte hinterlegen", "Lohnbuchhaltung", false},
		{"Agent (Kilbride & Moran): the Folio is ready", "Kilbride", false},
		{"für meine Mutter (Besuch 3 Monate): ich bin es", "Besuch", false},
		{"Best wishes\nNatalie Burrows\nFoster Carer (Northmere)\nM: +44 7723 118402", "Northmere", false},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Type == TypePerson && (c.word == "" || c.text[f.Start:f.End] == c.word) {
				got = true
			}
		}
		if got != c.person {
			t.Errorf("%q: %q a person: %v, want %v", c.text, c.word, got, c.person)
		}
	}
}

// TestLabelsAndAddressShapesOfSession77: a name in lower case after a
// name's label in a capitalised text; a Canadian flat's number after
// '#' and before the civic number, a Glasgow flat's storey and door
// before the street, and a Spanish floor glued to its side, each read
// into the address.
func TestLabelsAndAddressShapesOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want, typ string }{
		{"card 5529 5983 1252 1945, name on card oliver grant, billing 88 Elm St", "oliver grant", TypePerson},
		{"Name: oliver grant. I live in Portland", "oliver grant", TypePerson},
		{"Wei Chen, #1208-1155 Seymour St, Vancouver BC V6B 0C6", "#1208-1155 Seymour St, Vancouver BC V6B 0C6", TypeStreetAddress},
		{"new one needs to go to 2/1, 58 Hyndland Road, Glasgow G12 9UP not the old flat", "2/1, 58 Hyndland Road, Glasgow G12 9UP", TypeStreetAddress},
		{"Name's Tomasz, flat 2/1, 33 Gibson Street, Glasgow G12 8NU, email me", "flat 2/1, 33 Gibson Street, Glasgow G12 8NU", TypeStreetAddress},
		{"vivo en Calle Mayor 12, 2ºdcha, 28013 Madrid", "Calle Mayor 12, 2ºdcha, 28013 Madrid", TypeStreetAddress},
		// No name after the label; a ticket's number after '#'.
		{"Name: not sure what you mean. I live in Portland", "", TypePerson},
		{"ticket #1208-1155 was closed", "", TypeStreetAddress},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == c.typ {
				got = c.text[f.Start:f.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: %s %q, want %q", c.text, c.typ, got, c.want)
		}
	}
}

// TestRidersOfSession77: a delivery app's rider, a Nordic kin's noun or
// the Dutch teacher's "Juf" before a name ("Rider Imran called",
// "Morfar Bengt"), the noun no part of the name and no name alone. The
// last person found is compared.
func TestRidersOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Rider Zorvik called from +91 88792 11034 and said he cant find the building", "Zorvik"},
		{"rider Jahid bhai amake 40 min wait koraise", "Jahid"},
		{"Rider asked me to cancel the order and pay him directly. Not doing that.", ""},
		{"entregador parceiro aqui, placa da moto FJT4E21", ""},
		// The Nordic kin and the Dutch teacher before a name, the
		// German parents greeted.
		{"Morfar Bengt hämtar idag", "Bengt"},
		{"Personnummer till Ella och till lillebror Zorvik", "Zorvik"},
		{"Yes, our Noord location is bilingual. Juf Fleur speaks English.", "Fleur"},
		{"Liebe Eltern, am 15.11. ist die Kita geschlossen.", ""},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == TypePerson {
				got = c.text[f.Start:f.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: PERSON %q, want %q", c.text, got, c.want)
		}
	}
}

// TestUserNameWithoutLabelOfSession77: a user name in lower case letters
// alone after "username" with no colon, when a mark ends it; not a word
// that says how the name is.
func TestUserNameWithoutLabelOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"login to cpanel fails, username lindajohn, server is s214.brightnode.net:2083", "lindajohn"},
		{"please delete my account, username aikotan, phone +81 90-4418-2736", "aikotan"},
		{"the username changed.", ""},
		{"username taken, sorry", ""},
		{"enter your username first.", ""},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == TypeUsername {
				got = c.text[f.Start:f.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: USERNAME %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDomainTransferCodesOfSession77: a domain's transfer code after its
// word is a secret (PASSWORD); a card receipt's "auth code" is not one of
// its words.
func TestDomainTransferCodesOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Kod authinfo do domeny: pR4!zx9Lm2Kq  -- dostałam mailem", "pR4!zx9Lm2Kq"},
		{"the EPP code is Xq7#pL2!vR9z, please confirm the transfer", "Xq7#pL2!vR9z"},
		{"AUTH CODE: 036932 APPROVED", ""},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == TypePassword {
				got = c.text[f.Start:f.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: PASSWORD %q, want %q", c.text, got, c.want)
		}
	}
}

// TestHinglishAndPastVerbsOfSession77: "naam" cues a name (Hindi's and
// Dutch's "name"), Hindi's function words and a past in "-ed" before
// an object end a name typed in lower case; a surname in "-eed" stays.
func TestHinglishAndPastVerbsOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"rider ka naam suresh tha, bahut rude tha", "suresh"},
		{"bhaiya mera naam rahul yadav hai, gali no 5, makan 221", "rahul yadav"},
		{"my wife neha placed the order from her phone", "neha"},
		{"rider emeka collected the money but didnt deliver", "emeka"},
		{"this is ali waheed the account holder", "ali waheed"},
		{"naam: wout peeters\ngeboortedatum 12/03/1990", "wout peeters"},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == TypePerson {
				got = c.text[f.Start:f.End]
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: PERSON %q, want %q", c.text, got, c.want)
		}
	}
}

// TestMaskedCardNoAddressOfSession77: a card's number with masked
// groups ("5696 79XX XXXX 2138") is no house number and street, and a
// transfer's reference after "UTR" no card.
func TestMaskedCardNoAddressOfSession77(t *testing.T) {
	d, err := NewDetector()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"card 5696 79XX XXXX 2138", "Hey, I got charged ₹49, card 4111 11xx xxxx 1111"} {
		fs, err := d.Detect(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Type == TypeStreetAddress {
				t.Errorf("%q: STREET_ADDRESS %q", text, text[f.Start:f.End])
			}
		}
	}
	// A UPI transfer's reference after "UTR" is no card, a UK taxpayer's
	// reference after it stays one.
	for _, c := range []struct{ text, typ, want string }{
		{"payment deducted twice!! UTR 412938475610 and 412938475633", TypeCreditCard, ""},
		{"UTR is 6891412261 and NI number JT 48 29 17 C", "UK_UTR", "6891412261"},
	} {
		fs, err := d.Detect(context.Background(), c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, f := range fs {
			if f.Type == c.typ {
				got = c.text[f.Start:f.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: %s %q, want %q", c.text, c.typ, got, c.want)
		}
	}
}

// session77Seeds seed FuzzDetect with the sitting's new readers and
// their edges: a name ending the text after marks, a bracket before a
// name, a label's colon, the address shapes, a masked card, the codes.
var session77Seeds = []string{
	"my no. 013-884 2716, Norhayati",
	"wanneer komt dat terug?? Koos",
	"Plans: Basic, Pro, Zorvix",
	"?? K",
	", Ab",
	"grandma (Pat Henshaw) is picking up",
	"Dad (",
	"(Zorvik Tamblen):",
	"Name: oliver grant. I live in Portland",
	"name on the card:",
	"#1208-1155 Seymour St, Vancouver BC V6B 0C6",
	"#1-",
	"2/1, 58 Hyndland Road, Glasgow G12 9UP",
	"2/1,",
	"Calle Mayor 12, 2ºdcha, 28013 Madrid",
	"2ºizquierdaizquierda",
	"card 5696 79XX XXXX 2138",
	"UTR 412938475610",
	"username lindajohn,",
	"the EPP code is Xq7#pL2!vR9z",
	"rider ka naam suresh tha, bahut rude tha",
	"mera naam rahul yadav hai,",
	"my wife neha placed the order",
}
