package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 45 found in the gaps that session 44's blind sets
// left and in its own blind sets.

// TestSoutheastAsianWordsOfSession45 checks phones after Tagalog, Thai,
// Indonesian and Vietnamese words, one-time codes after Indonesian ones,
// and that a promotion's code is none.
func TestSoutheastAsianWordsOfSession45(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePhoneNumber, []textValue{
		{"pag wala ako ate ko si Ana tawagan nyo 09286651042", "09286651042"},
		{"ผู้รับ ธนากร โทร 0891547732", "0891547732"},
		{"hubungi saya di 0812-3456-7890 ya", "0812-3456-7890"},
		{"sđt 0912 345 678, tên Hà", "0912 345 678"},
	}, []string{
		"tawagan nyo po kami, order 0928665104",
	})
	require.Equal(t, []string{"738204"}, valuesOf(t, d, "ini kodenya 738204 kak, terus", TypePassword))
	require.Empty(t, valuesOf(t, d, "kode promo 738204 berlaku", TypePassword))
}

// TestUPIAndNPWPOfSession45 checks India's UPI ids by their handle and
// Indonesia's tax number after its word, and their look-alikes: an
// address at a bank's domain, a handle alone, a failing check.
func TestUPIAndNPWPOfSession45(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"UTR 427815360914. my upi id rk.verma88@okicici, linked no 98201 55734", "IN_UPI_ID", "rk.verma88@okicici"},
		{"sent ₹500 to 9820155734@ybl yesterday", "IN_UPI_ID", "9820155734@ybl"},
		{"npwp saya 09.254.294.3-407.000 tolong dicantumkan", "ID_NPWP", "09.254.294.3-407.000"},
	})
	wantNoneTyped(t, d, []typedText{
		{"write to ravi.k@sbi.co.in for a new card", "IN_UPI_ID"},
		{"choose @ybl or @okicici in the app", "IN_UPI_ID"},
		{"npwp saya 09.254.294.4-407.000", "ID_NPWP"},
		{"faktur 09.254.294.3-407.000", "ID_NPWP"},
	})
	// (Session 52: "care@sbi.co.in", a service's mailbox written to, is
	// the bank's; a person's address of the same host is an e-mail's.)
	require.Equal(t, []string{"ravi.k@sbi.co.in"}, valuesOf(t, d, "write to ravi.k@sbi.co.in for a new card", TypeEmailAddress))
}

// TestCentralEasternOfSession45 checks the gaps session 44's blind set of
// Central and Eastern Europe left: Czech and Hungarian domestic accounts,
// Greece's AFM and AMKA, Romania's identity card after "seria", a
// passport's series and number after Polish and Ukrainian words, Greek
// phones typed in Latin letters, Ukrainian logins and codes; and their
// look-alikes.
func TestCentralEasternOfSession45(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"číslo účtu: 2785610341/0800\ntrvalé bydliště", TypeBankAccount, "2785610341/0800"},
		{"Születési dátum: 1987. 04. 12.\nSzámlaszám: 11773016-10028131", TypeBankAccount, "11773016-10028131"},
		{"ονομάζομαι Γιώργος Παπαδόπουλος, ΑΦΜ 129476302. Θα ήθελα", "GR_AFM", "129476302"},
		{"Ονοματεπώνυμο: Μαρία Κωνσταντίνου\nΑΜΚΑ: 21037512346\nΚινητό", "GR_AMKA", "21037512346"},
		{"nr inmatriculare CJ 27 XBM, CI seria CJ 482915, CNP 1781102120554", "RO_ID_CARD", "CJ 482915"},
		{"Mam paszport FT 418273 i numer PESEL", TypePassport, "FT 418273"},
		{"закордонний паспорт EA 1234567, дійсний", TypePassport, "EA 1234567"},
		{"kalimera, to kinito mou einai 6944 215 870 kai to email", TypePhoneNumber, "6944 215 870"},
		{"не можу зайти в кабінет, логін olena_kyiv88, код з смс 730 518 не приймає", TypeUsername, "olena_kyiv88"},
		{"не можу зайти в кабінет, логін olena_kyiv88, код з смс 730 518 не приймає", TypePassword, "730 518"},
		// The birth number wins over the account it is also shaped as.
		{"majiteľka účtu Zuzana Kováčová, rodné číslo 915817/4025, mobil", "CZ_SK_BIRTH_NUMBER", "915817/4025"},
	})
	wantNoneTyped(t, d, []typedText{
		{"číslo účtu: 2785610342/0800", TypeBankAccount},
		{"faktura 2785610341/0800", TypeBankAccount},
		{"Számlaszám: 11773016-10028132", TypeBankAccount},
		{"ΑΦΜ 129476303", "GR_AFM"},
		{"ΑΜΚΑ: 21037512347", "GR_AMKA"},
		{"seria CJ 4829156", "RO_ID_CARD"},
		{"passport AB 12345678", TypePassport},
		{"boarding pass: AB 123456 gate 4", TypePassport},
		{"day pass: FT 418273", TypePassport},
		{"boarding pass FT 418273", TypePassport},
	})
}

// TestArabicAndSwahiliWordsOfSession45 checks numbers after Arabic words,
// also with "and" joined to the word ("والجوال", "والرقم القومي"), and
// after Swahili ones; Morocco's CIN after its word; and look-alikes.
func TestArabicAndSwahiliWordsOfSession45(t *testing.T) {
	d := defaultDetector(t)
	text := "ابغى احدث بياناتي في التطبيق، رقم الهوية 1047382914 والجوال 0553827146"
	require.Equal(t, []string{"1047382914"}, valuesOf(t, d, text, "SA_NATIONAL_ID"))
	require.Equal(t, []string{"0553827146"}, valuesOf(t, d, text, TypePhoneNumber))
	wantTyped(t, d, []typedValue{
		{"الاسم محمود عبد الحميد السيد والرقم القومي 30108252101578", "EG_NATIONAL_ID", "30108252101578"},
		{"ازيك يا فندم، الخط بتاعي 01094728361 اتقفل فجأة", TypePhoneNumber, "01094728361"},
		{"وصلني رمز التحقق 7391 بس يقول انتهت صلاحيته", TypePassword, "7391"},
		{"عندي مشكلة في تجديد الإقامة للعامل، رقم الإقامة 2384716250 واسمه", "SA_NATIONAL_ID", "2384716250"},
		{"mon identifiant c'est y.benjelloun88 et ma CIN BE784512. vous", "MA_CIN", "BE784512"},
		{"habari, namba yangu ya simu ni 0712 345 678 asante", TypePhoneNumber, "0712 345 678"},
	})
	wantNoneTyped(t, d, []typedText{
		{"رقم الطلب 1047382914 لم يصل", "SA_NATIONAL_ID"},
		{"الرمز 7391 في الفاتورة", TypePassword},
		{"CIN be784512", "MA_CIN"},
		{"vol AT 205 BE784512", "MA_CIN"},
	})
}

// TestLatinAmericaOfSession45 checks what session 45's blind set of Latin
// America missed: Argentina's CVU, accounts after a Latin American bank's
// name, Colombia's "CC" before the cédula, Peru's RUC of a person, driving
// licences after "licencia" and "brevete", a card's code after "cod seg",
// Mexico's plates and NIV, "la clave", a passport after a comma; and that
// the labels of Spanish invoices and tickets name no one.
func TestLatinAmericaOfSession45(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"che me transfirieron plata al cvu 0000003110004582197368 hace 2 dias", TypeBankAccount, "0000003110004582197368"},
		{"desde mi cuenta de ahorros Bancolombia 241-456789-12 y el valor", TypeBankAccount, "241-456789-12"},
		{"nombre yeison andrés muñoz cárdenas\ncc 1036648217\ndir Cra 45", "CEDULA", "1036648217"},
		{"Soy independiente con RUC 10457812367. La empresa que paga es RUC 20601482933.", "PE_RUC", "10457812367"},
		{"el que manejaba es mi esposo, licencia A09127745", "DRIVER_LICENSE", "A09127745"},
		{"Permis de conduire n° 130975201847 délivré le 12/05/2013", "DRIVER_LICENSE", "130975201847"},
		{"mi auto es BXK-815 y mi brevete Q70318452. la papeleta", "DRIVER_LICENSE", "Q70318452"},
		{"debito automatico: 5895624103875526 vto 11/27 cod seg 381", TypeCardSecurityCode, "381"},
		{"placas MNP-472-C edo mex", TypeVehicleRegistration, "MNP-472-C"},
		{"niv 3VWFE21C84M417382", TypeVIN, "3VWFE21C84M417382"},
		{"mi usuario era flor_benitez.91 y la clave Bocajrs2019! ya la cambie", TypePassword, "Bocajrs2019!"},
		{"me piden el pasaporte, es G28475913. compré en el corte", TypePassport, "G28475913"},
	})
	wantNoneTyped(t, d, []typedText{
		{"cc me on the email 1036648217", "CEDULA"},
		{"engine 1600 cc 12345", "CEDULA"},
		{"RUC 20601482933", "PE_RUC"},
		{"licencia de Office 4 años", "DRIVER_LICENSE"},
	})
	wantFound(t, d, TypePerson, nil, []string{
		"Folio fiscal (UUID): 6F1C2B8A-94D3\nSerie A Folio 88213",
		"Ticket #INC-449120 | Prioridad: Alta | Motivo: reintegro",
		"su factura vence el 20/05. Pague en Abitab o RedPagos.",
	})
}

// TestTravelOfSession45 checks what session 45's blind set of travel
// missed: a name ends at a gap of two spaces or more before the next
// field of a pasted record, a login's shape right after "user" is the
// user name over the name it holds, a Spanish door code.
func TestTravelOfSession45(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"Kevin O'Brien"}, valuesOf(t, d, "Guest: Mr Kevin O'Brien   Room: 512\nArr 03/10/24", TypePerson))
	require.Equal(t, []string{"Kevin  Smith"}, valuesOf(t, d, "Kevin  Smith called about his order", TypePerson))
	for _, text := range []string{
		"hey so im trying to log into my bonvoy acct, user priya.raman84",
		"username priya.raman84",
	} {
		require.Equal(t, []string{"priya.raman84"}, valuesOf(t, d, text, TypeUsername), text)
		require.Empty(t, valuesOf(t, d, text, TypePerson), text)
	}
	require.Equal(t, []string{"4812"}, valuesOf(t, d, "c/ Alcalde 38 4ºB 28009 madrid, portero automatico 4812", TypePassword))
}

// TestEncodedEmailOfSession45 checks an address whose '@' a link's query
// or a form's body encodes as "%40", and look-alikes.
func TestEncodedEmailOfSession45(t *testing.T) {
	d := defaultDetector(t)
	for _, text := range []string{
		"POST /signup email=freya.lindqvist%40outlook.com&plan=pro",
		"GET /unsubscribe?u=freya.lindqvist%40outlook.com HTTP/1.1",
	} {
		require.Equal(t, []string{"freya.lindqvist%40outlook.com"}, valuesOf(t, d, text, TypeEmailAddress), text)
	}
	wantFound(t, d, TypeEmailAddress, nil, []string{
		"discount 100%40 off",
		"progress 12%40of",
		"rate=5%40outlook",
	})
}

// TestInsuranceOfSession45 checks what the late blind set of insurance
// claims missed: a photo's position as exiftool prints it, German
// compound nouns and roles, Italian and Spanish labels that name no one,
// a French code sent by text; and look-alikes.
func TestInsuranceOfSession45(t *testing.T) {
	d := defaultDetector(t)
	exif := "Make: Apple\nModel: iPhone 13\nGPSLatitude: 53 deg 28' 51.12\" N\nGPSLongitude: 2 deg 14' 37.80\" W\n"
	require.Equal(t, []string{`53 deg 28' 51.12" N`, `2 deg 14' 37.80" W`}, valuesOf(t, d, exif, TypeGPSCoordinates))
	require.Empty(t, valuesOf(t, d, `rotate the image 90 deg 12' 3" N`, TypeGPSCoordinates))
	wantFound(t, d, TypePerson, nil, []string{
		"Handyversicherung: mein iPhone wurde mir in der S-Bahn geklaut.",
		"Stellenausschreibung: Payroll Specialist (m/w/d), Friedrichstraße 88, 10117 Berlin.",
		"Promemoria: la rata semestrale scade il 15 marzo",
		"Concepto: siniestro 0072-2024-120019",
	})
	require.Equal(t, []string{"Ayşe Demir"}, valuesOf(t, d, "Zeugin: Frau Ayşe Demir, Tel. 0911 3012", TypePerson))
	// A hyphenated name in lower case ends as a German noun does.
	require.Equal(t, []string{"choi eun-young"}, valuesOf(t, d, "my name is choi eun-young and my number is", TypePerson))
	require.Equal(t, []string{"Hartung"}, valuesOf(t, d, "Frau Hartung rief an", TypePerson))
	require.Equal(t, []string{"482913"}, valuesOf(t, d, "le code sms est 482913 mais il a expiré", TypePassword))
}

// TestEastAsiaOfSession45 checks what the late blind set of East Asia
// missed: Hong Kong's HKID, Taiwan's and Japan's national numbers with
// their checks, China's mobiles, and phones and births after Chinese,
// Japanese and Korean words parted by punctuation; and look-alikes.
func TestEastAsiaOfSession45(t *testing.T) {
	d := defaultDetector(t)
	form := "申請表\n姓名：梁家豪 (LEUNG Ka Ho)\n香港身份證號碼：Y684120(A)\n出生日期：15/08/1987\n住宅電話：2647 3391"
	require.Equal(t, []string{"Y684120(A)"}, valuesOf(t, d, form, "HK_HKID"))
	require.Equal(t, []string{"15/08/1987"}, valuesOf(t, d, form, TypeDateOfBirth))
	require.Equal(t, []string{"2647 3391"}, valuesOf(t, d, form, TypePhoneNumber))
	wantTyped(t, d, []typedValue{
		{"Name Chan Ka Yan, HKID K512397(6), new address", "HK_HKID", "K512397(6)"},
		{"我是 黃雅婷，身分證字號 F223184703，生日", "TW_NATIONAL_ID", "F223184703"},
		{"証券口座の開設書類\n個人番号：559818541675\n氏名：岡田 拓海", "JP_MY_NUMBER", "559818541675"},
		{"收货人：陈晓明\n手机：139 2176 4058\n地址：上海市", TypePhoneNumber, "139 2176 4058"},
		{"ﾒｱﾄﾞ haruto.k_1203@gmail.com ﾃﾞﾝﾜ 09012873346 ｺﾊﾞﾔｼ", TypePhoneNumber, "09012873346"},
		{"才對，護照號碼 318845207", TypePassport, "318845207"},
	})
	wantNoneTyped(t, d, []typedText{
		{"HKID K512397(5)", "HK_HKID"},
		{"order K512397(6) shipped", "HK_HKID"},
		{"身分證字號 F223184704", "TW_NATIONAL_ID"},
		{"個人番号：559818541676", "JP_MY_NUMBER"},
		{"my number is 5598 1854 1675", "JP_MY_NUMBER"},
		{"订单号 13921764058", TypePhoneNumber},
	})
}

// TestHealthcareOfSession45 checks what session 45's blind set of
// healthcare missed: a hospital's medical record number and a patient's
// id, a Medicaid number after the Spanish word, Scotland's CHI number, an
// address after "vivimos en"; and look-alikes.
func TestHealthcareOfSession45(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"I need my records sent to my new PCP. Kaiser MRN 11029384, DOB 1/9/88.", TypeMemberID, "11029384"},
		{"INFO visit.join visit_id=V-77120394 patient_id=PT00482291 ip=73.162.48.209", TypeMemberID, "PT00482291"},
		{"tiene Medicaid. su número de Medicaid es JT58214K", TypeMemberID, "JT58214K"},
		{"morag stewart\nchi 280951 2469\nneeds her b12 jag rebooked", "UK_CHI_NUMBER", "280951 2469"},
		{"vivimos en 1437 Grand Concourse apt 5F Bronx NY 10452", TypeStreetAddress, "1437 Grand Concourse apt 5F Bronx NY 10452"},
	})
	wantNoneTyped(t, d, []typedText{
		{"chi 280951 2468", "UK_CHI_NUMBER"},
		{"chi 321351 0009", "UK_CHI_NUMBER"},
		{"visit_id=V-77120394 ip=73.162.48.209", TypeMemberID},
	})
}

// TestDeveloperLogsOfSession45 checks the user of a web server's access
// log and the user of an SSH public key's comment, and look-alikes.
func TestDeveloperLogsOfSession45(t *testing.T) {
	d := defaultDetector(t)
	log := "91.204.57.133 - bwilliams [14/Jun/2024:03:02:11 +0000] \"POST /login HTTP/2.0\" 401 43\n91.204.57.133 - - [14/Jun/2024:03:02:14 +0000] \"POST /login HTTP/2.0\" 429 19"
	require.Equal(t, []string{"bwilliams"}, valuesOf(t, d, log, TypeUsername))
	key := "pls add to the server:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMlWCSSelUPHLfd3DKoGktRNzfeHQIQ8604INBT3/pjU rkowalczyk@thinkpad-x1\nthanks"
	require.Equal(t, []string{"rkowalczyk"}, valuesOf(t, d, key, TypeUsername))
	wantFound(t, d, TypeUsername, nil, []string{
		"10.0.0.1 - ok [x]",
		"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7example000000000000000000000000 deploy@ci",
		"write to bob@localhost for access",
	})
}

// TestSwahiliAndArabiziOfSession45 checks a login after Swahili's "ni"
// ("is") and a phone after Arabic typed in Latin letters ("rakamy", my
// number).
func TestSwahiliAndArabiziOfSession45(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"kamau_j"}, valuesOf(t, d, "nimesahau pin ya app. username yangu ni kamau_j", TypeUsername))
	require.Equal(t, []string{"01227419385"}, valuesOf(t, d, "esmy kareem samir w rakamy 01227419385", TypePhoneNumber))
}

// TestLatinAmericanBrandsOfSession45 checks that Latin America's
// carriers, wallets and delivery apps name no one where they open a
// notice ("Antel: su factura", "Rappi: Tu pedido").
func TestLatinAmericanBrandsOfSession45(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, TypePerson, nil, []string{
		"Rappi: Tu pedido #RP-88213047 llegará entre 7:40 pm y 8:05 pm.",
		"Antel: su factura N° A-4481920 vence el 20/05.",
		"Nubank: sua fatura de junho fecha dia 03/06.",
		"Starken: OT 9823410567 en reparto.",
	})
}

// TestEnvironmentUserOfSession45 checks a login after an environment's
// key in snake case that opens its line, and look-alikes.
func TestEnvironmentUserOfSession45(t *testing.T) {
	d := defaultDetector(t)
	env := "GITLAB_USER_EMAIL=anja.becker@example.de\nGITLAB_USER_LOGIN=abecker\nDB_USER=jwalsh"
	require.Equal(t, []string{"abecker", "jwalsh"}, valuesOf(t, d, env, TypeUsername))
	wantFound(t, d, TypeUsername, nil, []string{
		"DB_USERNAME=postgres",
		"see https://x.example/?db_user=abecker",
		"DB_USER=null",
	})
}

// typedValue is a text, a type and the one value of that type the
// detector must find in it; typedText a text and a type it must not.
type (
	typedValue struct{ text, typ, want string }
	typedText  struct{ text, typ string }
)

// wantTyped checks that each text holds exactly its value of its type.
func wantTyped(t *testing.T, d *Engine, cases []typedValue) {
	t.Helper()
	for _, c := range cases {
		require.Equal(t, []string{c.want}, valuesOf(t, d, c.text, c.typ), c.text)
	}
}

// wantNoneTyped checks that no text holds a value of its type.
func wantNoneTyped(t *testing.T, d *Engine, cases []typedText) {
	t.Helper()
	for _, c := range cases {
		require.Empty(t, valuesOf(t, d, c.text, c.typ), c.text)
	}
}
