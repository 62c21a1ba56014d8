package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests of what session 48 found in the gaps of the blind sets.

// TestFirmContactsOfSession48 checks that a firm's own helpline and
// service mailbox, named by the firm's service before them in their
// clause, are left alone in the chat languages, and that a person's
// number or mailbox near such words stays found: after a person's
// possessive or pronoun, the firm's word owned by a person, a name's
// mailbox, a new sentence or a signature's next field, and a switchboard,
// which reaches a person at work.
func TestFirmContactsOfSession48(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Agent: Our billing team is reachable on 1-888-402-7731 (Mon–Fri 9:00–17:00 ET) or by email at billing@brightcart.io.",
		"Agent: Notre service client est joignable au 01 76 49 20 30 ou par mail à support@maison-lumen.fr.",
		"Agent: Nuestro teléfono de atención al cliente es el 900 838 214, de 9 a 21h.",
		"Agent: Il numero verde 800 912 447 è attivo dalle 9 alle 18.",
		"Agent: Onze klantenservice is bereikbaar op 020 794 3310, of mail naar klantenservice@fietsenplein.nl.",
		"Agent: A nossa linha de apoio é o 808 204 119.",
		"Fragen? Kundenservice 0800 330 1000 (Mo-Fr 8-20 Uhr)",
		"For further help call customer care 0120-4880900 (10am-7pm) or write to care@quickpaywallet.in",
		"if it doesnt show call our billing line 0800 917 4420",
		"Best, Siddharth\nGlobex Customer Care +1 (800) 555-0142 care@globex.io",
		"Our hotline 1800 8923743 is open until 20:30 today.",
		"Agent: If the chat drops, our main line is +1 800 436 2290, Henrik.",
		// The person spoken to, with no verb of calling beside it.
		"Bonjour, je suis Mathilde du service client 🙂 Vous pouvez aussi nous joindre au 09 70 80 12 45 ou par mail à serviceclient@maisonvelours.fr",
		"If we get cut off our customer service line is 0800 048 7712 or you can email support@brightwell-energy.co.uk",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
		assert.Empty(t, valuesOf(t, d, text, TypeEmailAddress), text)
	}
	wantTyped(t, d, []typedValue{
		// A person's possessive or pronoun between, or before the
		// firm's word.
		{"customer service called me on 07700 900123 yesterday", TypePhoneNumber, "07700 900123"},
		{"my hotline number 07700 900123", TypePhoneNumber, "07700 900123"},
		{"Agent: you can also ring our billing line 1-800-466-3921 (24/7), or shall I call you back on +1 (312) 660-7184?", TypePhoneNumber, "+1 (312) 660-7184"},
		{"el servicio al cliente tiene mi número 612 345 678", TypePhoneNumber, "612 345 678"},
		// The person spoken to beside a verb of calling.
		{"Le service client vous rappellera au 06 12 34 56 78 demain", TypePhoneNumber, "06 12 34 56 78"},
		{"Der Kundenservice ruft Sie unter 0151 2345 6789 zurück", TypePhoneNumber, "0151 2345 6789"},
		{"Der Kundenservice hat meine Nummer 0151 2345 6789 falsch", TypePhoneNumber, "0151 2345 6789"},
		{"Customer Care 0800 123 4567, mobile 07700 900 456", TypePhoneNumber, "07700 900 456"},
		// A name's mailbox is an employee's, not the service's.
		{"customer service told me to write to jane.doe@example.com", TypeEmailAddress, "jane.doe@example.com"},
		{"the helpline said to use anna.berg@example.org instead", TypeEmailAddress, "anna.berg@example.org"},
		// A new sentence or a signature's next field.
		{"I called the hotline. My number is 07700 900123 by the way", TypePhoneNumber, "07700 900123"},
		{"Reception: +44 (0)1223 760 400 | M: +44 (0)7722 109 385", TypePhoneNumber, "+44 (0)7722 109 385"},
		// A switchboard reaches a person at work.
		{"Zentrale 0421 / 483879, ich bin unter Durchwahl 2725 erreichbar.", TypePhoneNumber, "0421 / 483879"},
		{"user> Centralino 0693891978, interno 888.", TypePhoneNumber, "0693891978"},
		// The service's mailbox with no firm's word is found: Presidio's
		// vector "info@presidio.site".
		{"info@presidio.site", TypeEmailAddress, "info@presidio.site"},
		// (Session 54: "i wrote to support@..." is the firm's, as "write
		// to" is since session 52; see TestFirmMailboxesOfSession54.)
		{"i tried support@globex.io twice", TypeEmailAddress, "support@globex.io"},
	})
}

// TestRoleMailboxOfSession48 checks the local parts read as a service's
// mailbox: the first part before '@', '.', '-' or '_'.
func TestRoleMailboxOfSession48(t *testing.T) {
	for a, want := range map[string]bool{
		"support@globex.io":                     true,
		"Billing@brightcart.io":                 true,
		"service.reclamations@assur-exemple.fr": true,
		"no-reply@accounts.gamehub.co":          true,
		"klantenservice@fietsenplein.nl":        true,
		"jane.doe@example.com":                  false,
		"do.van.nam@example.com":                false,
		"no.name@example.com":                   false,
		"Do-Not-Reply@example.com":              true,
		"supporter@example.com":                 false,
		"s@example.com":                         false,
		"@example.com":                          false,
		"support":                               false,
	} {
		assert.Equal(t, want, roleMailbox(a), a)
	}
}

// TestItalianTitlesOfSession48 checks the Italian titles of a woman that
// end after their period ("Sig.ra", "Sig.na", "Dott.ssa") before a
// surname alone or a whole name, in capitals or not, and that the title
// stays out of the name; and that the title alone names no one.
func TestItalianTitlesOfSession48(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Gentile Sig.ra Ferraguti, per completare la registrazione", "Ferraguti"},
		{"Gentile sig.ra Ferraguti, per completare la registrazione", "Ferraguti"},
		{"vi scrivo a nome di mia suocera, la sig.ra Assunta Lo Presti, nata il 9 marzo 1947", "Assunta Lo Presti"},
		{"la Dott.ssa Galli ha firmato il referto", "Galli"},
		{"Sig.na Bruni, grazie", "Bruni"},
	}, []string{
		"Sig.ra",
		"Sig.ra, grazie",
		"la sig.ra ha chiamato ieri",
	})
}

// TestRomanceNamingVerbsOfSession48 checks the verbs that name a third
// person in Spanish, Portuguese, French and Italian before a name the
// lists lack, and that a thing they name in lower case is none.
func TestRomanceNamingVerbsOfSession48(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"el repartidor se llamaba Jhonatan creo, dejó el paquete", "Jhonatan"},
		{"el repartidor se llama Jhonatan, dejó el paquete", "Jhonatan"},
		{"o motorista se chamava Claudinei e cobrou a mais", "Claudinei"},
		{"le livreur s'appelait Kévin, il a laissé le colis", "Kévin"},
	}, []string{
		"la app se llama glovo y no funciona",
		"el paquete se llama así porque sí",
	})
}

// TestMemberPrefixesOfSession48 checks members' numbers with the plan's
// capitals and a dash before them, and of three short groups; and that
// a range of years, a file's reference of its year and a short code stay
// no member's number.
func TestMemberPrefixesOfSession48(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypeMemberID, []textValue{
		{"I'm a Plus member, member no. BC-00482913, but order BC-7740215 didn't get free shipping", "BC-00482913"},
		{"my member id is UMB-4471-20938 and policy PLC-88103756", "UMB-4471-20938"},
		{"Her member # is 60-448-1093, and the account holder is me", "60-448-1093"},
		{"membership no. IRL-0047719, can ye post a new one", "IRL-0047719"},
		{"Bupa membership number 58823041-01", "58823041-01"},
	}, []string{
		"membership 2019-2023 was fine",
		"Nº de expediente REC-2024-33817.",
		"member no. AB-12",
		"member no 12-34",
		"member id 12 345",
	})
}

// TestLowerNamesBeforeHereOfSession48 checks a name typed in lower case
// before "here" or "hier" in a capitalised text, where it opens its
// clause after a question, a greeting's comma or the text's start; and
// that words before "here" that are no name, or that open no clause,
// stay none.
func TestLowerNamesBeforeHereOfSession48(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Customer: sorry, can I write in english? rafa moreira here, my card 4176 6724 8539 0823 was blocked", "rafa moreira"},
		{"Guten Tag, liesbeth hier nochmal, new IBAN NL04 ABNA 5527 8502 62", "liesbeth"},
		{"Hi, anna here. My order is late", "anna"},
	}, []string{
		"I left it over here. The box is Red",
		"Is it here? Yes it is here, Thanks",
		"The parcel is not here, Amazon said",
		"Hi team, the wifi here is down. Thanks",
		"Hi, my order is here. Thanks",
		"Hello, the rest is here, Best regards",
		// Words in lower case before "here" that open no clause: a
		// verb's object (clauseOpensAt).
		"My order shows paris here instead of Berlin",
		"Hallo, die Adresse zeigt berlin hier an. Danke",
	})
}

// TestBookingNamesAndFamiliesOfSession48 checks a booking's name after
// Italian "a nome" and a family's surname after "Familie", "famiglia" or
// "Fam." with its period; and that those words before no capitalised
// name, or a noun, name no one.
func TestBookingNamesAndFamiliesOfSession48(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"vorrei disdire la prenotazione n. 58213, a nome Scognamiglio. il rimborso", "Scognamiglio"},
		{"dat is fam. Yilmaz op nr 23", "Yilmaz"},
		{"Hallo Familie Nowak, der Schlüsseltresor hängt links", "Nowak"},
		{"la famiglia Esposito ha chiamato ieri", "Esposito"},
		{"Fam. Müller-Lüdenscheidt", "Müller-Lüdenscheidt"},
	}, []string{
		"a nome mio e di mia moglie",
		"la Familie ist wichtig",
		"fam. treffen am Sonntag",
	})
}

// TestHereGateOfSession48 checks that the scan's note of "here" and its
// words (seenHere), which spares the names recognizer its look for a
// name before one, changes nothing: a detector whose scan runs, one whose
// scan does not (names alone), one of German alone and the recognizer
// called by itself find the same names before "here", "hier" and "aquí",
// and none where the text holds no such word.
func TestHereGateOfSession48(t *testing.T) {
	all := defaultDetector(t)
	names, err := NewDetector(WithTypes(TypePerson))
	require.NoError(t, err)
	german, err := NewDetector(WithLanguages("de"))
	require.NoError(t, err)
	for _, c := range []textValue{
		{"Customer: sorry, can I write in english? rafa moreira here, my card was blocked", "rafa moreira"},
		{"Guten Tag, liesbeth hier nochmal, new IBAN please", "liesbeth"},
		{"Hola, sorry. carmen ruiz aquí, el pedido no llegó", "carmen ruiz"},
		{"Hi, anna there. My order is late", ""},
	} {
		for _, d := range []*Engine{all, names, german} {
			got := valuesOf(t, d, c.text, TypePerson)
			if c.value == "" {
				assert.Empty(t, got, c.text)
			} else {
				assert.Contains(t, got, c.value, c.text)
			}
		}
		var soft []string
		newNameRecognizer().Recognize(c.text, func(f Finding) {
			if f.Type == TypePerson && f.Score >= 0.5 {
				soft = append(soft, c.text[f.Start:f.End])
			}
		})
		if c.value == "" {
			assert.Empty(t, soft, c.text)
		} else {
			assert.Contains(t, soft, c.value, c.text)
		}
	}
}

// TestCJKNamesOfSession48 checks names in Chinese, Japanese and Korean
// script after a label that names a person, past a colon (full width
// too) or a space: Chinese names whole and alone, a Japanese surname and
// given name apart by a space, Korean names with "입니다" glued after
// them cut off; and that a label before the sentence's words, a run too
// long to be a name, a word of the field ("변경") and Latin letters name
// no one.
func TestCJKNamesOfSession48(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"亲，我地址填错了\n收货人：陈晓明\n手机：139 2176 4058", "陈晓明"},
		{"退款请打到我的工行卡 开户行 工商银行杭州西湖支行 户名 刘洋 谢谢", "刘洋"},
		{"氏名：西村 彩香（ご本人）", "西村 彩香"}, // (its reading in kana is a name too since session 70: TestJapaneseNamesOfSession70)
		{"口座名義 ワタナベ ミサキ\nよろしくお願いします", "ワタナベ ミサキ"},
		{"契約者 たかはし ゆき 生年月日 1990年", "たかはし ゆき"},
		{"받는분: 김민지\n주소: 서울", "김민지"},
		{"국민은행 437802-01-118294 예금주 이준호 입니다 빨리", "이준호"},
		{"상담원 윤서진입니다. 요청하신 주문", "윤서진"},
	}, []string{
		"户名 不对吗",
		"姓名：请填写",
		"收货人：陈晓明手机号码是",
		"이름 변경 하고 싶어요",
		"姓名 is required",
		"名字",
	})
}

// TestMoreFirmWordsOfSession48 checks the firm's words and mailboxes of
// the late sets ("Customer Success", "membership team", "members@"), a
// parking fine's notice number, which is no phone, and French "membre"
// before a member's number; a person's number after "pcn" words stays a
// phone when "my" says so.
func TestMoreFirmWordsOfSession48(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"Thanks! Jonas | Invoxa Customer Success support@invoxa.com · +1 (888) 412-7730",
		"I'm Jess from the membership team. just email the letter to members@ironworksgym.co.uk",
		"reg is WR19 KXJ, PCN number 5521904471, paid already",
	} {
		assert.Empty(t, valuesOf(t, d, text, TypePhoneNumber), text)
		assert.Empty(t, valuesOf(t, d, text, TypeEmailAddress), text)
	}
	wantFound(t, d, TypeMemberID, []textValue{
		{"je veux annuler mon abonnement, membre #QC-882041, née le 1987-11-23", "QC-882041"},
	}, []string{"membre 2019-2023, toujours actif"})
}

// TestLowerNamesAfterIntroOfSession48 checks names typed in lower case
// after a verb that introduces the writer in a capitalised text, in the
// chat languages; and that words after such a verb that are no name the
// lists know stay none.
func TestLowerNamesAfterIntroOfSession48(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, []textValue{
		{"Hola, soy javier montoya ruiz, os escribo por el pedido ES-2291-7740.", "javier montoya ruiz"},
		{"Bonjour, ici camille rouvière, je n'arrive pas à me connecter", "camille rouvière"},
		{"Guten Morgen, hier ist mehmet yıldız – der Kurier hat geklingelt", "mehmet yıldız"},
		{"Servus, da ist der lukas obermaier. Zahlung per Lastschrift", "lukas obermaier"},
		{"Beste, mijn BSN is 257534660 en ik ben daan kuipers. Waarom", "daan kuipers"},
	}, []string{
		"Das Paket ist heute nicht angekommen. Bitte prüfen",
		"Je suis très déçu, Merci",
		"Hola, soy nuevo aquí. Gracias",
		"Bonjour, je suis intéressée par l'appartement. Est-il disponible ?",
		"Bonjour, je suis propriétaire d'un T3 à Bordeaux",
	})
}
