package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 70 found in the gaps of its blind sets.

// TestIndicNamesOfSession70 checks names in Devanagari (Hindi, Marathi,
// Nepali), Tamil and Sinhala script after each language's word for
// "name", Tamil's "Mr" and the recipient's word, past a dash or a full
// stop. The controls: the word for "name" before a word of the sentence
// ("wrong", "change", "and", "number"), and a name's word with nothing
// of the script after it.
func TestIndicNamesOfSession70(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"मेरी माँ का नाम कमला देवी है, जन्म तिथि", TypePerson, "कमला देवी"},
		{"नमस्कार, माझं नाव स्नेहा कुलकर्णी. पत्ता: फ्लॅट नं. 7", TypePerson, "स्नेहा कुलकर्णी"},
		{"नमस्ते, मेरो नाम सुनिता श्रेष्ठ हो। मेरो eSewa ID", TypePerson, "सुनिता श्रेष्ठ"},
		{"उसी पर कॉल कीजिए। नाम — अमित वर्मा", TypePerson, "अमित वर्मा"},
		{"घर नं. ४५। प्राप्तकर्ता: लक्ष्मी गुरुङ, मोबाइल", TypePerson, "लक्ष्मी गुरुङ"},
		{"வணக்கம், என் பெயர் கார்த்திக் சுப்பிரமணியன். my Jio number", TypePerson, "கார்த்திக் சுப்பிரமணியன்"},
		{"Agent: வணக்கம் திரு. ராஜேந்திரன், உங்கள் புகார்", TypePerson, "ராஜேந்திரன்"},
		{"මගේ නම නිමාලි ජයසූරිය. මගේ දුරකථන අංකය", TypePerson, "නිමාලි ජයසූරිය"},
		{"ලබන්නා: ප්\u200dරියංකා සේනාරත්න, නො. 19", TypePerson, "ප්\u200dරියංකා සේනාරත්න"},
		{"আমার নাম রুবিনা আক্তার, বিকাশ", TypePerson, "রুবিনা আক্তার"},
	})
	// Titles and roles before a name, and "ji" after one that a
	// greeting or a label's colon opens, before a danda too.
	wantTyped(t, d, []typedValue{
		{"नई गैस पासबुक बन गई है। नाम - श्रीमती कमला देवी, पता - मोहल्ला", TypePerson, "कमला देवी"},
		{"पेंशन नहीं आई। पेंशनर: श्री हरिनारायण मिश्रा, उम्र 72 वर्ष", TypePerson, "हरिनारायण मिश्रा"},
		{"बेटी का नाम कु. अंजलि, जन्म तिथि", TypePerson, "अंजलि"},
		{"[10:16] एजेंट: धन्यवाद राजेश जी। आपकी शिकायत दर्ज है", TypePerson, "राजेश"},
		{"Agent: नमस्ते सुजन जी, तपाईंको अनुरोध", TypePerson, "सुजन"},
	})
	wantNoneTyped(t, d, []typedText{
		{"हाँ जी, ठीक है जी।", TypePerson},
		{"ग्राहक क्रमांक CIF 85403217795", TypePerson},
		{"मेरा नाम गलत छपा है", TypePerson},
		{"नाम बदलना है तो क्या करें", TypePerson},
		{"பெயர் மற்றும் எண் சரிபார்க்கவும்", TypePerson},
		{"नाम: 12345", TypePerson},
		{"मेरो नाम", TypePerson},
	})
}

// TestMailAttributionOfSession70 checks a service's mailbox on a reply's
// attribution line ("On ..., X <support@...> wrote:", "Am ... schrieb
// ...:", "Le ... a écrit :", "Op ... schreef ...:"), which is the firm's
// as after a "From:" header, and the orders' and claims' desks' mailboxes
// of French, German and Dutch after a header. The controls: a person's
// mailbox on the same lines, and a service's mailbox alone in a line that
// is neither a header nor an attribution.
func TestMailAttributionOfSession70(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"still no refund??\n\nOn Mon, 3 Mar 2025 at 14:02, Brightlane Support <support@brightlane-energy.co.uk> wrote:\n> Dear Mr Hallworth,", TypeEmailAddress},
		{"> On 12 Mar 2025, at 09:15, Orders <orders@greenleafdirect.com> wrote:\n> Your parcel is on its way", TypeEmailAddress},
		{"Am Do., 27. Feb. 2025 um 10:20 Uhr schrieb Personalbüro Lindner <personal@lindner-logistik.de>:\n> Hallo Frau Reuß", TypeEmailAddress},
		{"Le jeu. 13 mars 2025 à 09:05, Service Administratif <admin@solaire-aquitaine.fr> a écrit :\n> Madame,", TypeEmailAddress},
		{"Op wo 12 mrt 2025 om 08:15 schreef Reserveringen AutoVrij <reserveringen@autovrij.nl>:", TypeEmailAddress},
		{"zie hieronder\n> Van: bestellingen@sportzaak-rotterdam.nl\n> Onderwerp: bestelling", TypeEmailAddress},
		{"De : Sport Évasion <commandes@sport-evasion.fr>\nObjet : votre commande", TypeEmailAddress},
	})
	wantTyped(t, d, []typedValue{
		{"> Am 24.01.2025 um 11:52 schrieb Tobias Krämer <t.kraemer@kraemer-haustechnik.de>:\n> Hallo", TypeEmailAddress, "t.kraemer@kraemer-haustechnik.de"},
		{"On Fri, Mar 7, 2025 at 2:14 PM, Ray Sullivan <ray.sullivan@outlook.com> wrote:", TypeEmailAddress, "ray.sullivan@outlook.com"},
		{"the reset mails come from admin@streamora-help.com every hour", TypeEmailAddress, "admin@streamora-help.com"},
	})
}

// TestGulfAddressesOfSession70 checks the Gulf's addresses that end in
// a place of two words or more ("Abu Dhabi", "Ras Al Khaimah"), read
// back from the phrase's first word. The control: a place's name after
// a comma and no unit's number before it.
func TestGulfAddressesOfSession70(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"EID: 784-1988-9978864-4\nAddress: Villa 9, 23rd Street, Al Mushrif, Abu Dhabi\nEmployer: ADNOC", TypeStreetAddress, "Villa 9, 23rd Street, Al Mushrif, Abu Dhabi"},
		{"my car was towed from outside my building, Building 14, Street 31, Khalifa City A, Abu Dhabi", TypeStreetAddress, "Building 14, Street 31, Khalifa City A, Abu Dhabi"},
		{"deliver to Villa 9, Street 23, Al Barsha 2, Ras Al Khaimah please", TypeStreetAddress, "Villa 9, Street 23, Al Barsha 2, Ras Al Khaimah"},
	})
	wantNoneTyped(t, d, []typedText{
		{"we flew Dubai, Doha, Abu Dhabi and back", TypeStreetAddress},
	})
}

// TestAddressAfterLabelOfSession70 checks addresses after their label
// that the street reader has no word for (plots, cités, lots, barangays,
// Arabic's parts), up to the line's end, a field's label or the
// sentence's words after a dash. The controls, each of which the reader
// would take without its test: an e-mail's and a server's "address" (an
// IP's would be no control: the IP's finding outscores an address), a
// firm's returns address, a clause after "is" that is a sentence's, one
// with no digit, and one of two words before "please".
func TestAddressAfterLabelOfSession70(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Name: Boitumelo Kgosi\nAddress: Plot 5567, Tsholofelo East, Gaborone\nQuery: I was charged twice", TypeStreetAddress, "Plot 5567, Tsholofelo East, Gaborone"},
		{"Bonjour, mon colis n'est toujours pas arrivé. Adresse : Cité 1200 Logements, Bâtiment 14, Porte 3, Bab Ezzouar, Alger 16024", TypeStreetAddress, "Cité 1200 Logements, Bâtiment 14, Porte 3, Bab Ezzouar, Alger 16024"},
		{"Name: Tashauna Lewis\nAddress: Lot 142, Greater Portmore, St. Catherine\nContact: 876-455-0917", TypeStreetAddress, "Lot 142, Greater Portmore, St. Catherine"},
		{"Installation address is 14 Ashgrove Lawn, Ballincollig, Co. Cork, P31 X2F8 — the eircode sometimes doesn't come up", TypeStreetAddress, "14 Ashgrove Lawn, Ballincollig, Co. Cork, P31 X2F8"},
		{"Delivery address ko: Blk 12 Lot 7, Phase 2, Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102", TypeStreetAddress, "Blk 12 Lot 7, Phase 2, Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102"},
		{"رقم الهوية 784-1993-4913064-3، العنوان: فيلا 12، شارع 8، منطقة الخوانيج 1، دبي", TypeStreetAddress, "فيلا 12، شارع 8، منطقة الخوانيج 1، دبي"},
	})
	wantNoneTyped(t, d, []typedText{
		{"email address: plot 12, lot 7, sector 4", TypeStreetAddress},
		{"server address: rack 12, row 4, hall B", TypeStreetAddress},
		{"Agent: our returns address is Unit 7, Harbour Trade Park, Bristol BS11 9XT", TypeStreetAddress},
		{"the address is from 2 moves ago and the amount is wrong", TypeStreetAddress},
		{"Address: same as before, flat 2", TypeStreetAddress},
		{"Address: Plot 5567 please", TypeStreetAddress},
	})
}

// TestTableNamesOfSession70 checks the given names and surnames of a
// record's columns, each a finding of its own: a row pasted with tabs
// and a record written with bare commas. The control: a name typed with
// a tab for its space in a sentence stays one name.
func TestTableNamesOfSession70(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"First Name\tLast Name\tDOB\tStart Date\nPriya\tRamanathan\t12/04/1991\t02/09/2024", []string{"Priya", "Ramanathan"}},
		{"member_no,first_name,surname,dob\nM-1193,Callum,Fraser,2009-03-17,c.fraser@btinternet.com", []string{"Callum", "Fraser"}},
		{"Agent: Hola,\tsoy Zoë\tPatel, mi correo es nuevo", []string{"Zoë\tPatel"}},
	} {
		require.Equal(t, c.want, valuesOf(t, d, c.text, TypePerson), c.text)
	}
}

// TestJapaneseNamesOfSession70 checks names in Japanese before the
// honorific "様" and "と申します", after a label glued to its "は" or its
// colon, and their readings in kana in brackets; and that an honorific
// glued to a name after a spaced label stays out of it. The controls:
// "様" in "お客様", "担当者様", "様々", "仕様", and "私" after a label.
func TestJapaneseNamesOfSession70(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"オペレーター: 中島様、お問い合わせありがとうございます。", []string{"中島"}},
		{"私は渡辺 由紀子と申します。母の名前は渡辺 ハル、生年月日は昭和14年2月9日です。", []string{"渡辺 由紀子", "渡辺 ハル"}},
		{"予約番号 R-558201、名前は 石川 さくら、電話", []string{"石川 さくら"}},
		{"保育園の入園申込み。申請者：前田 直子（まえだ なおこ）、児童：前田 湊 生年月日", []string{"前田 直子", "まえだ なおこ", "前田 湊"}},
		{"再配達希望日：5月18日\nお名前：小林 大輔様\nご住所：", []string{"小林 大輔"}},
		{"お客様の担当者様へ、様々な仕様についてご案内します。所有者は私です。", nil},
	} {
		require.Equal(t, c.want, valuesOf(t, d, c.text, TypePerson), c.text)
	}
}

// TestKoreanNamesOfSession70 checks Korean names of a surname and two
// syllables glued to "is" or a polite ending, before "고객님", and after
// "저" or a kin's noun. The controls: a common word that starts as a
// surname does glued to "is" (twice: "사용자", "이번주"), and a verb's
// stem.
func TestKoreanNamesOfSession70(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"안녕하세요 국민은행이죠? 저 김도윤입니다. 주민번호 확인", TypePerson, "김도윤"},
		{"서류 뭐 필요해요? 법정대리인은 엄마 신예린이에요", TypePerson, "신예린"},
		{"길태민 고객님 가입하신 요금제 변경 완료되었습니다", TypePerson, "길태민"},
		{"가족관계증명서 필요한가요? 저는 남궁현수라고 합니다", TypePerson, "남궁현수"},
	})
	wantNoneTyped(t, d, []typedText{
		{"사용자입니다 비밀번호를 잊었어요", TypePerson},
		{"요금제 변경하고 싶어요", TypePerson},
		{"배송은 이번주입니다", TypePerson},
	})
}

// TestThaiNamesOfSession70 checks Thai names after a formal title glued
// to them, the surname after one space. The controls: "นายก" (the prime
// minister's and a mayor's word) and a title glued after a word that
// names no one.
func TestThaiNamesOfSession70(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"โอนเงินเข้าบัญชีแล้วค่ะ ชื่อบัญชี นางสาวพิมพ์ชนก วงศ์ไพบูลย์ รบกวนตรวจสอบด้วยค่ะ", TypePerson, "พิมพ์ชนก วงศ์ไพบูลย์"},
		{"ชื่อ นายอนุชา พรหมวงศ์\nเลขบัตรประชาชน", TypePerson, "อนุชา พรหมวงศ์"},
		{"ติดต่อเจ้าหน้าที่ประกันสังคม ดิฉันนางวรรณา เพชรรัตน์ ผู้ประกันตน", TypePerson, "วรรณา เพชรรัตน์"},
	})
	wantNoneTyped(t, d, []typedText{
		{"นายกรัฐมนตรีประกาศวันหยุด", TypePerson},
		{"ยายนางไม่อยู่บ้าน", TypePerson},
	})
}

// TestArabicNamesOfSession70 checks the Maghreb's "my name" and a name
// that "born" follows; the control: "with you" before a sentence, which
// opens no name.
func TestArabicNamesOfSession70(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"السلام، سميتي يوسف بنعلي و عندي مشكل فالكارط", TypePerson, "يوسف بنعلي"},
		{"رقم البطاقة ٢٩٥١١٢٧١٢٣٠٧٤٩ والاسم آية محمد الدسوقي مواليد ٢٧/١١/١٩٩٥", TypePerson, "آية محمد الدسوقي"},
	})
	wantNoneTyped(t, d, []typedText{
		{"السلام عليكم معاك ابغى ارجع جهاز الراوتر", TypePerson},
	})
}

// session70Seeds are FuzzDetect's seeds for the readers of session 70.
var session70Seeds = []string{
	"नाम — ", "नाम —", "திரு.", "ලබන්නා: ප්\u200dරි", "नाम ।", "नाम \u200dक", "नाम: क़\xe0\xa4", "On <support@x.io> wrote:", "On\n", "Le a écrit", "Am schrieb orders@x.de:", ", Abu Dhabi", "Villa 9, Abu Dhabi", "Villa 9,Abu Dhabi", "Address: 1 a — b", "Address: 1,", "address is 12 Co. St. Sec.", "العنوان: ١، ٢", "Adresse:a1,b —", "address: 1 - ", "A\tB\tC", "\tA\tB", "A,B,C,D", ",A,B,", "Ana\tLo\t\n", " जी", "जी।", ": क जी", "नमस्ते जी जी", "श्री", "नाम: श्री ", "様", " 様", "　様", "と申します", "名前は", "名前は（", "中島様（", "中島様（ま", "名前は 様", "ﾊｾｶﾞﾜ 様", "김도윤입니다", "저 김", "입니다", "남궁입니다", " 님", "가나다 고객님", "นาย", "นางสาว ", "ด.ช.", "ชื่อนาย ก", "นายกข คง",
}
