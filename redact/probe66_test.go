package redact

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 66 found in the gaps of its blind sets.

// TestKeysInsideChineseWordsOfSession66 checks the keys that Chinese and
// Japanese write glued to the words around them, with no space: "她身份证"
// (her ID card), "收件手机" (the recipient's mobile), "我电话" (my phone),
// "绑定手机从" (the bound mobile, from), and a Korean key with its
// particle. The look-alikes: a Korean key inside a longer word ("운송장번호",
// a waybill's number; "사업자등록번호", a firm's registration number), and
// numbers with no key at all.
func TestKeysInsideChineseWordsOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, "CN_RESIDENT_ID", []textValue{
		{"卡号 6214 6374 4817 2781 的持卡人是我老婆刘洋，她身份证 330106198802146711", "330106198802146711"},
		{"我老公 何志强 的身份证 510107199506280435 可以帮我取件吗？", "510107199506280435"},
	}, []string{"她订单 330106198802146711 没到"})
	wantFound(t, d, "PHONE_NUMBER", []textValue{
		{"收件手机 150 8826 3317 也没收到任何短信", "150 8826 3317"},
		{"我电话139 1720 6458一直开着机", "139 1720 6458"},
		{"帮我把绑定手机从13760452218改成新的", "13760452218"},
		{"전화번호는 010-2345-6789 입니다", "010-2345-6789"},
	}, []string{
		"CJ대한통운 운송장번호 689278076222 조회하면 멈춰있어요",
		"사업자등록번호는 387-34-67882 이고요",
		"订单号 13760452218 已发货",
	})
}

// TestChineseNamesAndAddressesOfSession66 checks names in Chinese
// characters glued to their labels, after "is" or a noun of kin, and a
// surname before its title; and addresses in Chinese characters from a
// province's, a city's or a territory's name through the building's
// number, its floor and its flat. The look-alikes: a label before a word
// that is no name, a kin's noun before a day, "my husband" as "先生", a
// city named in a sentence, a place with no building's number.
func TestChineseNamesAndAddressesOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"退货地址写错了，收件人赵磊 15013928475", TypePerson, "赵磊"},
		{"姓名张丽华，出生日期1990年3月7日", TypePerson, "张丽华"},
		{"我叫陈晓雨", TypePerson, "陈晓雨"},
		{"客服：您好，收件人是周敏对吧？", TypePerson, "周敏"},
		{"账号被冻结了，实名是 马丽娟，身份证", TypePerson, "马丽娟"},
		{"我朋友周子涵帮我下的单", TypePerson, "周子涵"},
		{"客服：陈小姐您好，已核实您的会员卡号", TypePerson, "陈"},
		{"收货人：诸葛亮", TypePerson, "诸葛亮"},
		{"地址是北京市朝阳区望京西路48号院5号楼1单元902室", TypeStreetAddress, "北京市朝阳区望京西路48号院5号楼1单元902室"},
		{"唔該幫我改送貨地址去 香港九龍旺角彌敦道688號6樓B室，聯絡人", TypeStreetAddress, "香港九龍旺角彌敦道688號6樓B室"},
		{"地址：106臺北市大安區忠孝東路四段181號7樓，林先生收", TypeStreetAddress, "106臺北市大安區忠孝東路四段181號7樓"},
		{"台中市西屯區台灣大道三段99號12樓之3，電話", TypeStreetAddress, "台中市西屯區台灣大道三段99號12樓之3"},
	})
	wantNoneTyped(t, d, []typedText{
		{"收件人地址错了", TypePerson},
		{"我老公 今天不在家", TypePerson},
		{"我先生说明天再来", TypePerson},
		{"我在北京工作三年了", TypeStreetAddress},
		{"上海市浦东新区的仓库", TypeStreetAddress},
	})
}

// TestEnglishWordsAfterCuesOfSession66 checks everyday English words
// that the dependency's lists lack, two of which after a person's cue
// read as a name typed in lower case ("customer asks whether"), or that
// opened a sentence before a given name ("Adding Oliver"); and a title
// the lists hold as a given name too ("Madam", "Sir"). The names beside
// them stay names.
func TestEnglishWordsAfterCuesOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Place of birth: the Women's Hospital.", TypePerson},
		{"@rafael.c customer asks whether the key has enough scopes", TypePerson},
		{"copying from the contact form verbatim: hi", TypePerson},
		{"customer says the contact form broken again", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"customer teodor bianco asks whether it shipped", TypePerson, "teodor bianco"},
		{"Agent: Your reference is HH-882014. Adding Oliver as a dependant costs $4.99/month.", TypePerson, "Oliver"},
		{"Agent: Madam Abena Darko, I have updated your date of birth.", TypePerson, "Abena Darko"},
		{"thank you Madam Darko", TypePerson, "Darko"},
		{"Sir Ian McKellen was there", TypePerson, "Ian McKellen"},
	})
}

// TestBatchesNoPlatesOfSession66 checks a medicine's batch after its
// word, which has the shape of a Turkish plate, and a German sentence
// with "auf" between two numbers: no plate. A plate after its word stays
// one.
func TestBatchesNoPlatesOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantFound(t, d, "TR_LICENSE_PLATE", []textValue{
		{"Araç plakası 34 ABC 1234 olarak kayıtlıdır.", "34 ABC 1234"},
	}, []string{
		"c'est marqué Lot 24B117 et EXP 08/2026",
		"We received 14 reports for lot 24B117 this quarter",
		"Chargenbezeichnung auf der Packung: 3K0921A, Charge 24B117",
		"heizt nachts, obwohl der Zeitplan ab 22:30 auf 17 °C steht",
	})
}

// TestSoutheastAsiaOfSession66 checks Malay's and Indonesian's name's
// label and "in the name of" ("Nama", "atas nama"), Malaysia's "a/l"
// and "a/p" between a given name and the father's, and the
// administrative parts of Indonesian and Philippine addresses after the
// street ("Kel.", "Kec.", "Kab.", "Brgy."), with "Gg." (an alley) before
// the street. The look-alikes: "Gang" in English (now a street's
// prefix), and a regency that ends the address before a line of its
// own.
func TestSoutheastAsiaOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"NPWP saya 24.831.953.5-402.000, tolong. Nama Hendra Kusnadi", TypePerson, "Hendra Kusnadi"},
		{"RHB 21411200387562 atas nama Aminah binti Yusof, tolong", TypePerson, "Aminah binti Yusof"},
		{"The parcel is for Ravi a/l Krishnan, No 8, Lorong Bunga Raya 3", TypePerson, "Ravi a/l Krishnan"},
		{"Kavitha A/P Subramaniam called", TypePerson, "Kavitha A/P Subramaniam"},
		{"alamat Jl. Ngagel Jaya Selatan No. 112, Kel. Baratajaya, Kec. Gubeng, Surabaya 60284", TypeStreetAddress,
			"Jl. Ngagel Jaya Selatan No. 112, Kel. Baratajaya, Kec. Gubeng, Surabaya 60284"},
		{"ke Gg. Melati II No. 5, RT 02/RW 07, Kel. Sukaluyu, Kec. Cibeunying Kaler, Bandung 40123 padahal", TypeStreetAddress,
			"Gg. Melati II No. 5, RT 02/RW 07, Kel. Sukaluyu, Kec. Cibeunying Kaler, Bandung 40123"},
		{"ship to: 45 Sampaguita St., Brgy. Commonwealth, Quezon City 1121, thanks", TypeStreetAddress, "45 Sampaguita St., Brgy. Commonwealth, Quezon City 1121"},
		{"Blok 3 No. 11, Kel. Jatimulya, Kec. Tambun Selatan, Kab. Bekasi 17510\npatokan masjid al ikhlas", TypeStreetAddress,
			"11, Kel. Jatimulya, Kec. Tambun Selatan, Kab. Bekasi 17510"},
	})
	wantNoneTyped(t, d, []typedText{{"we read the Gang of Four book", TypeStreetAddress}})
	// "Nama" is the label, no person's word.
	require.Equal(t, []string{"Hendra Kusnadi"}, valuesOf(t, d, "NPWP saya 24.831.953.5-402.000, tolong. Nama Hendra Kusnadi", TypePerson))
}

// TestBalkansOfSession66 checks the greetings of the Balkans and
// Albanian's "I am" before a name, which are no part of it; Serbian's
// and Croatian's "sam" (am) in lower case, no "Sam"; Bosnia's "JMB"
// before a JMBG; and the verbs that ask for a call in Serbian, Croatian
// and Bosnian before a phone. Names after the greetings stay names.
func TestBalkansOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Bok, Ivana Horvat, OIB 48173026596.", TypePerson, "Ivana Horvat"},
		{"Jam Blerina Gjoka, lindur më 25.08.1979", TypePerson, "Blerina Gjoka"},
		{"Emir Mehmedović, JMB 2706979171347. Trebam potvrdu", "JMBG", "2706979171347"},
		{"broj porudzbine 88213406, zovite me 0631204577", TypePhoneNumber, "0631204577"},
		{"Moje ime je Ana-Marija Perković, zovite na 091/555-8120 poslije 16h", TypePhoneNumber, "091/555-8120"},
		{"thanks sam, that fixed it", TypePerson, "sam"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Bok, paket još nije stigao", TypePerson},
		{"Përshëndetje, porosia ime nuk ka ardhur", TypePerson},
		{"poslala sam sa gmaila u 11:15", TypePerson},
		{"naruci sam slusalice JBL, stigle su pokvarene", TypePerson},
		{"JMB 2706979171348", "JMBG"},
	})
}

// TestTimesAfterPhonesOfSession66 checks a phone that a time follows
// after spaces, as a phone bill's itemised calls print it: the time's
// hour is no group of the phone. A date and a time stay apart too; and
// "Salt Lake City" is a town, no person named Salt Lake.
func TestTimesAfterPhonesOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"04/02  18:55  +49 171 5523907   12:06   £4.80", TypePhoneNumber, "+49 171 5523907"},
		{"call 07813 552 906   0:42", TypePhoneNumber, "07813 552 906"},
		{"call me back any time after 11 am: 237.598.8259 2:11", TypePhoneNumber, "237.598.8259"},
		{"All kits are processed in our lab in Salt Lake City, and raw data", TypeLocation, "Salt Lake City"},
	})
	wantNoneTyped(t, d, []typedText{
		{"last login: 09.10.2025 01:37", TypePhoneNumber},
		{"All kits are processed in our lab in Salt Lake City, and raw data", TypePerson},
	})
	require.Equal(t, []string{"Bill Smith"}, valuesOf(t, d, "Bill Smith City manager", TypePerson))
}

// TestTitlesAndChecksOfSession66 checks religious and Filipino titles
// before a name, no part of it ("Br Tariq", "Imam Hassan", "Rabbi
// Cohen", "Aling Nena"); a school's code, no PIN; and a bank's text
// message's code before what it is for. The surnames that
// are titles elsewhere ("Pastor", "Sheikh") stay in the names they end
// or stand in.
func TestTitlesAndChecksOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Jummah khutbah starts 1:15pm - Br Tariq asked me to post this", TypePerson, "Tariq"},
		{"Imam Hassan will lead the prayer", TypePerson, "Hassan"},
		{"Rabbi Cohen called about the bar mitzvah", TypePerson, "Cohen"},
		{"hanapin nyo si Aling Nena sa may sari-sari store", TypePerson, "Nena"},
		{"Reserva a nombre de Laura Pastor Villalba, gracias", TypePerson, "Laura Pastor Villalba"},
		{"my GP is Dr Fatima Sheikh in Leeds", TypePerson, "Fatima Sheikh"},
	})
	wantNoneTyped(t, d, []typedText{
		{"and my school code is 001774", TypePassword},
	})
	wantFound(t, d, TypePassword, []textValue{{"the access code is 001774", "001774"}}, nil)
	// A bank's text message: six digits and what they are for after
	// them; an offer's code is none.
	wantFound(t, d, TypePassword, []textValue{
		{"NatWest: Code 227 190 to approve payment of £950.00 to M HUSSAIN.", "227 190"},
		{"Code 604172 to confirm your new payee", "604172"},
	}, []string{"use code 123456 to get 10% off", "code 123456 for your order"})
}

// TestRoadsOffOfSession66 checks an address's road that the house
// stands off, as Nigeria, Kenya and India write it, and a house's or a
// plot's word before "No." and the number. "The House No. 5 bill"
// names no address.
func TestRoadsOffOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"My address: 12 Rumuola Road, off Ikwerre Road, Port Harcourt, Rivers State 500272", TypeStreetAddress,
			"12 Rumuola Road, off Ikwerre Road, Port Harcourt, Rivers State 500272"},
		{"delivered to House No. 17, Kahawa Sukari Estate, off Thika Road, Nairobi but the remote is missing", TypeStreetAddress,
			"House No. 17, Kahawa Sukari Estate, off Thika Road, Nairobi"},
		{"22 Residency Road, off MG Road, Bengaluru 560025", TypeStreetAddress, "22 Residency Road, off MG Road, Bengaluru 560025"},
	})
	wantNoneTyped(t, d, []typedText{{"the House No. 5 bill is due", TypeStreetAddress}})
}

// TestBulgarianAddressesOfSession66 checks Bulgaria's and North
// Macedonia's addresses: a boulevard's "бул." (whose words the default
// languages left out), a street's name in quotes, a floor's "ет.", a
// flat after the entrance. An opening quote that no closing one follows
// reads no address.
func TestBulgarianAddressesOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Адресът ми е вече друг: ул. „Шипка“ 19, ет. 4, 8000 Бургас", TypeStreetAddress, "ул. „Шипка“ 19, ет. 4, 8000 Бургас"},
		{"адрес бул. „Цар Освободител“ 112, 9000 Варна.", TypeStreetAddress, "бул. „Цар Освободител“ 112, 9000 Варна"},
		{"адрес бул. Витоша 15, 1000 София", TypeStreetAddress, "бул. Витоша 15, 1000 София"},
		{"Адреса: ул. Македонија 23/2-5, 1000 Скопје. Телефон", TypeStreetAddress, "ул. Македонија 23/2-5, 1000 Скопје"},
	})
	wantNoneTyped(t, d, []typedText{{"ул. „Шипка 19 е затворена", TypeStreetAddress}})
}

// TestFirmsOfficesOfSession66 checks a firm's, a parish's or a
// clinic's own line named by its office, and a Chinese shop's hotline
// and service phone:
// no person's. A person's line beside the word "line" stays a phone,
// and so does the line of an office one calls a person at.
func TestFirmsOfficesOfSession66(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Agent: The office phone is (02) 9517 3348 and we're open 9-3 weekdays", TypePhoneNumber},
		{"Vigil Mass is at 6.30pm. Parish office: 01 626 4081", TypePhoneNumber},
		{"my psychiatrist is at St Vincent's, the outpatient clinic number is (03) 9231 2211, can you fax it", TypePhoneNumber},
		{"客服：您好，本店热线 400-826-3377，工作时间 9:00-21:00", TypePhoneNumber},
		{"顺丰到付 ¥23，客服电话 400 615 8899 一直占线", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"My NIN is 58213376041, line is 0803 417 2295. Please help me", TypePhoneNumber, "0803 417 2295"},
		{"call me on 07984 552 310, my office is closed", TypePhoneNumber, "07984 552 310"},
		{"call the office on +63 2 8123 4567", TypePhoneNumber, "+63 2 8123 4567"},
	})
}

// session66Seeds are FuzzDetect's seeds for the readers of session 66:
// their words and shapes cut at the text's edges.
var session66Seeds = []string{
	"她身份证",
	"她身份证 330106198802146711",
	"身份证" + strings.Repeat("她", 3),
	"收件手机",
	"手机从13760452218",
	"전화번호는",
	"운송장번호",
	"\xe3\x81",
	"她\xe8\xba",
	"收件人王",
	"陈小姐",
	"小姐",
	"北京市",
	"北京市48号",
	"106臺北市181號之",
	"Kel. Bangka, Kec.",
	", Kec.",
	", Brgy. 42",
	"Ravi a/l",
	"a/l Krishnan",
	"initials J.",
	"subject 12-",
	"5523907   12:06",
	"906 0:4",
	"Salt Lake City",
	", off Thika",
	", off Thika Road",
	"House No.",
	"Hse No. 1",
	"ул. „",
	"ул. „Шипка“",
	"бул. „Ц",
	"ул. Шипка 23/2-",
	"Madam Darko",
	"Madam",
	"customer asks whether",
	"Lot 24B117",
	"ab 22:30 auf 17",
}
