package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 68 found in the gaps of its blind sets.

// TestPrisonAndProbationNumbersOfSession68 checks the numbers that
// families quote to prisons and probation: a UK prison number near a
// prison's word, a US department's or the federal register's number
// after its word, Australia's "MIN", probation's CRN and a supervision
// ID. The controls: the UK shape with no prison's word (a part), a
// firm's FCA register number, minutes before a count, "Washington DC"
// before a ZIP code, Centrelink's CRN.
func TestPrisonAndProbationNumbersOfSession68(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"hello my brother Callum Reid, A6620EL, at HMP Doncaster needs my number added", "PRISONER_NUMBER", "A6620EL"},
		{"his name is Tyrone Okafor, dob 11/02/1991, prison no. G7310HX at HMP Wandsworth", "PRISONER_NUMBER", "G7310HX"},
		{"inmate Ramon Estrada, CDCR # BK4821, at Mule Creek State Prison", "PRISONER_NUMBER", "BK4821"},
		{"released from FCI Marianna 02/14/2024, BOP reg 22917-017. Current address", "PRISONER_NUMBER", "22917-017"},
		{"My son is Kyle Anderson, MIN 512907, at Silverwater. My number", "PRISONER_NUMBER", "512907"},
		{"He's Shane Walsh, CRN E221740.", "PROBATION_NUMBER", "E221740"},
		{"this is Travis Hume, supervision ID 4481973. I need permission to travel", "PROBATION_NUMBER", "4481973"},
	})
	wantNoneTyped(t, d, []typedText{
		{"part number A4821DK is out of stock, sorry", "PRISONER_NUMBER"},
		{"Our FCA register number is 202153. Complaint ref CMP-24-06631.", "PRISONER_NUMBER"},
		{"wait 5 MIN 20000 people are ahead of you", "PRISONER_NUMBER"},
		{"ship to 1600 Pennsylvania Ave, Washington DC 20500", "PRISONER_NUMBER"},
		{"his Centrelink CRN 204 518 776K", "PROBATION_NUMBER"},
	})
}

// TestForcesNumbersAndRanksOfSession68 checks service numbers after
// their words (British, Australian, the Royal Navy's, Canada's after
// "SN"), a DoD ID, and ranks before a name, which are no part of it
// ("Cadet Ethan Pollard", "SSgt Dwayne Pruitt"), nor is an army's unit
// after one ("36 Engr Regt"). The controls: a firm's customer service
// number, a laptop's serial number, Singapore's "Pte Ltd".
func TestForcesNumbersAndRanksOfSession68(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"I'm Chloe Bryant, 07823 614992. His service number is 30247715.", "SERVICE_NUMBER", "30247715"},
		{"I served RN 1979-1991, official number D171456K, left as a PO(MEA)", "SERVICE_NUMBER", "D171456K"},
		{"I'm Cpl (ret'd) Jean-François Tremblay, SN F82 117 390, SIN 293 817 458", "SERVICE_NUMBER", "F82 117 390"},
		{"we lost our CAC cards in the move. my husband's DoD ID is 1462093817", "US_DOD_ID", "1462093817"},
		{"G'day, my son Cadet Ethan Pollard (born 03/11/2006) starts at ADFA in Jan.", TypePerson, "Ethan Pollard"},
		{"Do you ship to APO? My address is SSgt Dwayne Pruitt, PSC 1005 Box 38, APO AE 09094", TypePerson, "Dwayne Pruitt"},
		{"Sapper Owen Morgan, 25204913, 36 Engr Regt. DOB 16/11/1975.", TypePerson, "Owen Morgan"},
		{"Cpl Dawson moved to 36 Engr Regt last year", TypePerson, "Dawson"},
		{"Kopi Corner Pte Ltd at 1 Raffles Place", TypeOrganization, "Kopi Corner Pte Ltd"},
	})
	wantNoneTyped(t, d, []typedText{
		{"call our customer service number 13001234 any time", "SERVICE_NUMBER"},
		{"the laptop SN 5CG1234XYZ will not boot", "SERVICE_NUMBER"},
	})
}

// TestLibraryFarmAndAccountNumbersOfSession68 checks library cards'
// fourteen digits near a library's word (a Luhn digit last), farms'
// register numbers after their words (a holding, an Irish herd, a
// British flock, France's and Germany's registers), and Norway's dotted
// bank accounts with their mod-11 digit. The controls: a card's number
// with a wrong digit, an order's number, a herd's size, India's SBI
// before an IFSC code, a version of the dotted shape.
func TestLibraryFarmAndAccountNumbersOfSession68(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"hi there, my library card 29010566953622 keeps saying BLOCKED at the self checkout", "LIBRARY_CARD", "29010566953622"},
		{"Mi carné de la biblioteca es el 23339524231490 y no me deja renovar", "LIBRARY_CARD", "23339524231490"},
		{"Tom Hargreaves at Lower Hill Farm - CPH 43/215/0078, we've got 3 heifers off their feed", "FARM_ID", "43/215/0078"},
		{"I need to report a move of 120 ewes from flock UK 0 531847 on 03/10", "FARM_ID", "UK 0 531847"},
		{"Applying for the Young Farmer top-up, PPS 6190352B, herd no. K2057318. Ciarán", "FARM_ID", "K2057318"},
		{"bjr, pour la prophylaxie bovine du cheptel n° 35 191 027, le véto peut passer le 12 mars ?", "FARM_ID", "35 191 027"},
		{"hei, jeg har ikke fått lønna inn på kontoen min 3000.15.60103 denne måneden", TypeBankAccount, "3000.15.60103"},
	})
	wantNoneTyped(t, d, []typedText{
		{"my library card 29010566953623 keeps saying BLOCKED", "LIBRARY_CARD"},
		{"order 29010566953622 shipped yesterday", "LIBRARY_CARD"},
		{"the herd of 1200 cows is fine", "FARM_ID"},
		{"bank acc changed to SBI a/c no 38192047561 IFSC SBIN0004712 pls update", "FARM_ID"},
		{"kontoen min 3000.15.60104 denne", TypeBankAccount},
		{"upgraded to version 2024.01.12345 last night", TypeBankAccount},
	})
}

// TestNordicAndBalticNamesOfSession68 checks the given names of Finland,
// the Baltic states, Iceland, Norway and Denmark, Lithuanian vocatives,
// the region's greetings before a name ("Tere Kadri,", "Sveiki,
// Mindaugai!", "Hæ Ari!") and its chats' speakers, which are no names
// ("Agentti:", "Operatorė:", "Klientas:", "Kundi:"). The controls: a
// town's office and a firm after "Hej" and "Hei", Portuguese "liga" and
// Turkish "kart", which fold like Latvian "Līga" and Estonian "Kärt".
func TestNordicAndBalticNamesOfSession68(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"[21:52] Asiakaspalvelu: Hei Minna, lähetin salasanan palautuslinkin", TypePerson, "Minna"},
		{"Tere Kadri, aitäh! Pakk on teel.", TypePerson, "Kadri"},
		{"Operatorė: Sveiki, Mindaugai! Jūsų siunta bus pristatyta rytoj.", TypePerson, "Mindaugai"},
		{"Agentti: Kiitos, Päivi. Varmistan vielä toimitusosoitteen", TypePerson, "Päivi"},
		{"Agent: Hæ Ari! Reikningur nr. 60021874 hefur verið færður", TypePerson, "Ari"},
		{"takk for hjelpen Stian, ha en fin helg!", TypePerson, "Stian"},
		{"Agent: Þakka þér fyrir, Þórdís. Uppsögnin tekur gildi 1. maí.", TypePerson, "Þórdís"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Klientas: labas, kur mano siunta?", TypePerson},
		{"Kundi: af hverju hækkaði reikningurinn um 1.490 kr.?", TypePerson},
		{"Hej Kommunen, jeg søger om ledsagerordning", TypePerson},
		{"Hei Ruter, reisekortet mitt ble trukket to ganger", TypePerson},
		{"oi, me liga amanhã por favor", TypePerson},
		{"kart numaram 4029 5800 1347 3608 ama ödeme olmadı", TypePerson},
	})
}

// TestGulfAddressesAndNumbersOfSession68 checks the Gulf's addresses of
// numbered parts that end at an emirate, a town or a country (a villa's
// or a flat's number first, or a block's and a zone's before them),
// the Emirates' plates after a plate's word, Qatar's QID and Oman's
// civil number after their words, and the Gulf's given names. The
// controls: towns listed after commas, a street's number with no unit,
// an order's number after a civil number, an area's name after a plate's
// word.
func TestGulfAddressesAndNumbersOfSession68(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"rider cant find my place!! its Villa 23, Street 14b, Al Barsha 2, Dubai behind the mosque.", TypeStreetAddress, "Villa 23, Street 14b, Al Barsha 2, Dubai"},
		{"Tel 3922 8107 thx: Flat 21, Bldg 2286, Road 3640, Block 336, Adliya, Bahrain.", TypeStreetAddress, "Flat 21, Bldg 2286, Road 3640, Block 336, Adliya, Bahrain"},
		{"Address: Block 4, Street 12, Avenue 3, House 27, Salmiya. Civil ID 292070977439.", TypeStreetAddress, "Block 4, Street 12, Avenue 3, House 27, Salmiya"},
		{"update my national address: building 3245, Prince Sultan Rd, Al Rawdah Dist., Jeddah 23432-7654, short address", TypeStreetAddress, "building 3245, Prince Sultan Rd, Al Rawdah Dist., Jeddah 23432-7654"},
		{"got an RTA fine AED 600 ticket 3012874419 for plate Dubai O 45821 but i was not there", "AE_VEHICLE_REGISTRATION", "Dubai O 45821"},
		{"hello, my QID is 28935604471 and my number got barred", "QA_QID", "28935604471"},
		{"حسابي عليه تجميد. الرقم المدني 10847723 ورقم الهاتف 99116042", "OM_CIVIL_NUMBER", "10847723"},
		{"tracking says delivered 15:42 but nothing came!! order 1145-88201. Hessa", TypePerson, "Hessa"},
	})
	wantNoneTyped(t, d, []typedText{
		{"I flew from Paris, Rome, Dubai last year", TypeStreetAddress},
		{"meet me at Street 5, Dubai", TypeStreetAddress},
		{"we have 3 flats, 2 villas, Dubai", TypeStreetAddress},
		{"رقمي المدني 295050535426 ورقم الطلب 55120873 ، متى يتم التوصيل؟", "OM_CIVIL_NUMBER"},
		{"the plate number for my car in Dubai Marina 12 is fine", "AE_VEHICLE_REGISTRATION"},
	})
}

// TestNordicPlatesAndFloorsOfSession68 checks the car's word before its
// plate in the Nordic and Baltic languages ("min bil AB 12 345", "oma
// auto ZKT-417", "bíll RX-482", "valst. nr. KRM 418"), a Danish ground
// floor and its side after a comma (", st. th.,"), and "Jeg" opening a
// sentence after a town's district letter, where the address ends. The
// controls: "auto" before words, an English street's "St.".
func TestNordicPlatesAndFloorsOfSession68(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Hej Tryg, min bil AB 12 345 blev ridset på parkeringspladsen i går.", TypeVehicleRegistration, "AB 12 345"},
		{"kolari tänään klo 8.15, oma auto ZKT-417, ei muita autoja.", TypeVehicleRegistration, "ZKT-417"},
		{"Sendi hér upplýsingar: bíll RX-482, tjón varð 14.01 kl. 17:45", TypeVehicleRegistration, "RX-482"},
		{"Automobilio valst. nr. KRM 418. Kaip gauti dublikatą?", TypeVehicleRegistration, "KRM 418"},
		{"CPR-nr.: 270691-1106\nAdresse: Nørrebrogade 145, st. th., 2200 København N\nTelefon: 22 67 41 09", TypeStreetAddress, "Nørrebrogade 145, st. th., 2200 København N"},
		{"Adresse: Vestergade 22, 1. th, 8000 Aarhus C. Jeg hedder Poul Erik Mikkelsen", TypePerson, "Poul Erik Mikkelsen"},
	})
	wantNoneTyped(t, d, []typedText{
		{"please enable auto renew for 12 months", TypeVehicleRegistration},
	})
	require.Equal(t, []string{"Vestergade 22, 1. th, 8000 Aarhus C."}, valuesOf(t, d, "Adresse: Vestergade 22, 1. th, 8000 Aarhus C. Jeg hedder Poul", TypeStreetAddress))
	require.Equal(t, []string{"137 Avenue Teboulbi"}, valuesOf(t, d, "Ship it to 137 Avenue Teboulbi St. please", TypeStreetAddress))
}

// TestRomanianAddressesAndCuesOfSession68 checks a Romanian county
// after the town, with the postcode after it ("Mioveni, jud. Argeș
// 115400"), Czech and Slovak towns after their postcodes ("370 01
// České Budějovice"), Romanian's "I am" and "the undersigned" before a name, and
// a parcel's recipient's role, which is no part of the name. The
// controls: South Australia's "SA" after a town, "St. Paul" after a box.
func TestRomanianAddressesAndCuesOfSession68(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"domiciliul in Str. Avram Iancu nr. 27, ap. 5, Cluj-Napoca, jud. Cluj. Nr. de inregistrare", TypeStreetAddress, "Str. Avram Iancu nr. 27, ap. 5, Cluj-Napoca, jud. Cluj"},
		{"Destinatar: Valentin Oprea, Aleea Trandafirilor nr. 4, bl. 12, sc. 2, ap. 8, Mioveni, jud. Argeș 115400, tel 0749 610 387", TypeStreetAddress, "Aleea Trandafirilor nr. 4, bl. 12, sc. 2, ap. 8, Mioveni, jud. Argeș 115400"},
		{"Bună ziua! Sunt Tatiana Ceban, vreau să trec contractul pe numele meu.", TypePerson, "Tatiana Ceban"},
		{"Subsemnatul Ștefan Preda, domiciliat în Cluj-Napoca", TypePerson, "Ștefan Preda"},
		{"Destinatar Alina Ciobanu 0765 332 118", TypePerson, "Alina Ciobanu"},
		{"send it to 17 Kookaburra Cres, Mawson Lakes SA 5095 please", TypeStreetAddress, "17 Kookaburra Cres, Mawson Lakes SA 5095"},
		{"ship it to po box 123, st. paul please", TypeStreetAddress, "po box 123, st. paul"},
		{"Pavel Černý, Husova 8, 370 01 České Budějovice, tel. 731 402 558", TypeStreetAddress, "Husova 8, 370 01 České Budějovice"},
		{"mám trvalý pobyt Štúrova 5, 949 01 Nitra, ale zásielky", TypeStreetAddress, "Štúrova 5, 949 01 Nitra"},
	})
}

// TestHebrewNamesOfSession68 checks names in Hebrew script after a
// name's label ("שם:", "שם מלא:", "שמי", "על שם"), after a sign-off and
// its comma at a line's end or before a phone, after a greeting or
// thanks to the person addressed before a mark, and Israel's ID after
// "ת״ז" with its gershayim. The controls: a greeting before the
// sentence's verb, "שלום רב", thanks for something, "שם" as "there",
// a user name's label.
func TestHebrewNamesOfSession68(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"שם: תמר אזולאי\nת.ז.: 058733106\nבנק: 20 סניף: 468", TypePerson, "תמר אזולאי"},
		{"פרטי משלוח:\nשם מלא: איתי שפירא\nטלפון: 050-6628194", TypePerson, "איתי שפירא"},
		{"שמי אסתר ברגר. יש לי בעיה עם החשבון", TypePerson, "אסתר ברגר"},
		{"להעביר ל-IL900110710000000229184 על שם ויסמן עדי", TypePerson, "ויסמן עדי"},
		{"טלפון 052-7384519. תודה, יוסי כהנא", TypePerson, "יוסי כהנא"},
		{"צריך להזמין כרטיס חדש. תודה רבה, אבי מלכה 052-9910347", TypePerson, "אבי מלכה"},
		{"[11:47] Agent: שלום משה, איך אפשר לעזור?", TypePerson, "משה"},
		{"נציגה: היי עדי 🙂 כדי לאמת את זהותך", TypePerson, "עדי"},
		{"נציג: תודה רונית, אימתנו את הפרטים.", TypePerson, "רונית"},
		{"ת״ז 205874316, תאריך לידה 23.08.1991", "IL_ID_NUMBER", "205874316"},
	})
	wantNoneTyped(t, d, []typedText{
		{"היי רציתי לעדכן כתובת למשלוח", TypePerson},
		{"שלום רב,\nבהמשך לשיחה, מצרפת את הפרטים", TypePerson},
		{"תודה על הפנייה, נחזור אליך", TypePerson},
		{"יש שם בעיה עם ההזמנה", TypePerson},
		{"שם משתמש hadas_klein, תחסמו בבקשה", TypePerson},
	})
}

// session68Seeds are FuzzDetect's seeds for the readers of session 68.
var session68Seeds = []string{
	"his prison number is A4821DK, HMP Altcourse",
	"CDCR # BK4821 and BOP reg 22917-017, MIN 512907, CRN E221740",
	"PNC ID: 15/448812R; supervision ID 4481973",
	"SN F82 117 390, DND ID A67 452 019, official number D171456K, DoD ID 1462093817",
	"library card 29010566953622, bibliotheekpas 29010611917143",
	"CPH 43/215/0078, herd no. K2057318, flock UK 0 531847, cheptel n° 35 191 027",
	"Registriernummer 276 09 183 125 0871 kontoen min 3000.15.60103",
	"Operatorė: Sveiki, Mindaugai! Hæ Ari! Cadet Ethan Pollard, 36 Engr Regt",
	"its Villa 23, Street 14b, Al Barsha 2, Dubai; Block 4, Street 12, House 27, Salmiya",
	", Dubai , , Dubai,Dubai Flat 1,,Doha Apt. 5, X, Riyadh 12345-6789",
	"plate Dubai O 45821 QID 28935604471 الرقم المدني 10847723",
	"Cluj-Napoca, jud. Cluj, jud. , judet X Y Z, județul Satu Mare 440000",
	"Sunt Tatiana Ceban; Nørrebrogade 145, st. th., 2200 København N, st. paul, kl.,",
	"שם: תמר אזולאי שם מלא: שם: על שם תודה, תודה רבה, שלום משה, היי תודה",
}
