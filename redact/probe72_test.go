package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 72 found in the gaps of its blind sets.

// TestEmailGluedToScriptOfSession72 checks e-mail addresses that touch
// the text of another script: a local part that goes on in digits, '-'
// or '+' after letters glued to Chinese ("邮箱是huangjie0822@163.com"),
// one that a letter beyond ASCII opens ("Éric2@..."), and a host that
// an Arabic or Armenian sign of punctuation ends ("...@yahoo.com،",
// "...@gmail.com։"). The controls: a Hebrew prefix's hyphen stays out of
// the address, and a host's letters beyond ASCII are still read as one
// label.
func TestEmailGluedToScriptOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"绑定邮箱是huangjie0822@163.com 密码我改过了", TypeEmailAddress, "huangjie0822@163.com"},
		{"邮箱是wang-lei@qq.com，谢谢", TypeEmailAddress, "wang-lei@qq.com"},
		{"メールはsato+shop@example.jpです", TypeEmailAddress, "sato+shop@example.jp"},
		{"Contact: Éric2@free.fr", TypeEmailAddress, "Éric2@free.fr"},
		{"والايميل alaa.rubaie@yahoo.com، بطاقة الماستر انرفضت", TypeEmailAddress, "alaa.rubaie@yahoo.com"},
		{"էլ. հասցե՝ tigran.h88@gmail.com։ Վերջին անգամ", TypeEmailAddress, "tigran.h88@gmail.com"},
		{"my mail is anna.müller@bücher.de, thanks", TypeEmailAddress, "anna.müller@bücher.de"},
	})
	require.Equal(t, []string{"orders@delivery-now.co.il"},
		valuesOf(t, d, "שלחתי ל-orders@delivery-now.co.il את הקבלה, מספר לקוח 4471", TypeEmailAddress))
}

// TestPhoneLabelGluedOfSession72 checks a phone's number glued to its
// word by a hyphen, as typed in haste ("my mobile-07384 920 117",
// "Mob-9414087723"), and the codes of references that look alike: a
// phone's word in capitals or inside a code is no label.
func TestPhoneLabelGluedOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"can u resend the code to my mobile-07384 920 117?", TypePhoneNumber, "07384 920 117"},
		{"Full details: Name-Vikram Rathore, Mob-9414087723, Add-Plot 88", TypePhoneNumber, "9414087723"},
		{"SSN-536-22-8726 is mine", TypeUSSSN, "536-22-8726"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Ref no. CS-PH-2024-118402. Pls expect a call", TypePhoneNumber},
		{"got a notice from the Board, file no. TEL-48213-24.", TypePhoneNumber},
		{"Order HP-8812-4410 will be dispatched tomorrow", TypePhoneNumber},
		{"tracking number is JNT-PH-7730018452", TypePhoneNumber},
	})
}

// TestServiceHoursAfterPhoneOfSession72 checks that a number followed by
// a service's hours or tariff in parentheses is the service's line, not
// a person's ("(Mon–Sat 8–20)", "(du lundi au vendredi, 9h-18h)",
// "(appel non surtaxé)"), while a person's number keeps its own words
// of when to call ("(evenings best)", "(abends)"), a range of hours the
// writer calls theirs, and a time that is no range.
func TestServiceHoursAfterPhoneOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"You can drop the parcel at our terminal, or call 627 4400 (Mon–Sat 8–20).", TypePhoneNumber},
		{"Any issues ring the Rochdale depot on 01706 224 900 (Mon–Fri 08:00–18:00).", TypePhoneNumber},
		{"Pour contester, appelez le 01 84 88 32 10 (du lundi au vendredi, 9h-18h).", TypePhoneNumber},
		{"Vérifiez votre connexion ou appelez le 09 69 32 15 00 (appel non surtaxé).", TypePhoneNumber},
		{"Rückfragen unter 0221 4471 2290 (Mo–Fr 9–17 Uhr).", TypePhoneNumber},
		{"Name changes can be done in the app or call 0161 832 4417 (8am–8pm).", TypePhoneNumber},
		{"Bel ons gerust op 030 271 4455 (werkdagen 9:00–17:30).", TypePhoneNumber},
	})
	wantTyped(t, d, []typedValue{
		{"call me on 07700 900123 (evenings best)", TypePhoneNumber, "07700 900123"},
		{"Sie erreichen mich unter 0151 23847106 (abends).", TypePhoneNumber, "0151 23847106"},
		{"my work number is 020 7946 0321 (Mon-Fri 9-5)", TypePhoneNumber, "020 7946 0321"},
		{"text me on 07823 416590 (after 6pm)", TypePhoneNumber, "07823 416590"},
	})
}

// TestListItemBeforeValueOfSession72 checks a value after the number of
// a list's item ("3. (614) 382-7719", "6. 10.22.0.7"): the item's
// number is not the value's first group. The controls: dates written
// with spaces after their day or month ("6. 10. 1985", "3. 4. 1996")
// stay dates.
func TestListItemBeforeValueOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"1. Sarah Whitfield 2. sarah.whitfield82@gmail.com 3. (614) 382-7719", TypePhoneNumber, "(614) 382-7719"},
		{"6. 10.22.0.7 (that's the terminal's IP if it matters)", TypeIPAddress, "10.22.0.7"},
		{"details: 1. 07700 900123 2. the rest later", TypePhoneNumber, "07700 900123"},
		{"4. 5588 0172 7130 6071 5. 09/29 6. 10.22.0.7 (that's the terminal's IP)", TypeIPAddress, "10.22.0.7"},
		{"narozen 6. 10. 1985, prosím o kontrolu", TypeDateOfBirth, "6. 10. 1985"},
		{"Moje ime je Ana, rođena 3. 4. 1996., zovite poslije 16h", TypeDateOfBirth, "3. 4. 1996"},
	})
}

// TestTagalogPoOfSession72 checks Tagalog's particle of courtesy "po"
// before a number ("Number ko po 0917 845 2231"): no purchase order's
// word. The controls: "our po 4500012345" and "PO Box" read as before.
func TestTagalogPoOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Hi po, yung postpaid ko hindi maka-data. Number ko po 0917 845 2231, account name Maria", TypePhoneNumber, "0917 845 2231"},
		{"PO Box 84089, Springfield", TypeStreetAddress, "PO Box 84089, Springfield"},
	})
	wantNoneTyped(t, d, []typedText{
		{"our po 4500012345 is late, can you check", TypePhoneNumber},
	})
}

// TestSSNThenDateAndSpokenDigitsOfSession72 checks an SSN glued by '/'
// to a date after it ("ssn/dob: 512-56-5055/07/22/1971") and a phone
// read out digit by digit after a phone's word ("text me instead: 0 7 8
// 2 4 5 5 1 3 0 9"). The controls: a reference of the SSN's shape stays
// none, and digits in a row without a phone's word are no phone.
func TestSSNThenDateAndSpokenDigitsOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ssn/dob: 512-56-5055/07/22/1971", TypeUSSSN, "512-56-5055"},
		{"text me instead: 0 7 8 2 4 5 5 1 3 0 9", TypePhoneNumber, "0 7 8 2 4 5 5 1 3 0 9"},
		{"ok my cell is 2 0 6 5 4 7 3 1 9 0, thanks", TypePhoneNumber, "2 0 6 5 4 7 3 1 9 0"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ref 123-45-6789/01/02/2024 for the claim", TypeUSSSN},
		{"lotto picks 1 2 3 4 5 6 7 8 9 this week", TypePhoneNumber},
	})
}

// TestFrenchPlateOfSession72 checks a French plate of the SIV system
// read by its shape, with a car's, a plate's or a fine's word anywhere in
// the text ("la voiture AB-317-QZ était vendue", "avis de contravention
// ... EK-293-RA"); a product's code of the same shape in a text of no
// car stays none ("Tastatur KB-880-DE"), and so do shapes the system
// does not issue.
func TestFrenchPlateOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"j'ai été flashé mais la voiture AB-317-QZ était vendue depuis le 02/10/2024", TypeVehicleRegistration, "AB-317-QZ"},
		{"j'ai reçu un avis de contravention pour EK-293-RA, ce n'était pas moi", TypeVehicleRegistration, "EK-293-RA"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Gibt es die Tastatur KB-880-DE auch mit deutschem Layout?", TypeVehicleRegistration},
		{"la voiture AB-000-QZ", TypeVehicleRegistration},
		{"la voiture AI-317-QZ", TypeVehicleRegistration},
	})
}

// TestPhoneShapesOfSession72 checks three shapes of a person's number:
// after a phone's kind and a bare "number" it labels ("I've noted 9819
// 330 472 as your WhatsApp number"), before a hyphenated word after a
// sentence's stop ("07911 482305. 2-series Mastercard"), and with its
// trunk's 0 set apart after a phone's word ("my wife's number is 0 535
// 882 14 60"). The controls: "as your order number" names no phone,
// parts' numbers of the same shape without a phone's word stay none,
// and a free line's "0 800" stays the firm's.
func TestPhoneShapesOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Hi, I've noted 9819 330 472 as your WhatsApp number.", TypePhoneNumber, "9819 330 472"},
		{"Sheffield S10 1DH is where the card should go, my number is 07911 482305. 2-series Mastercard", TypePhoneNumber, "07911 482305"},
		{"Customer: my wife's number is 0 535 882 14 60, she placed the order", TypePhoneNumber, "0 535 882 14 60"},
		{"email hai x@example.com aur number 0 98140 55721", TypePhoneNumber, "0 98140 55721"},
	})
	wantNoneTyped(t, d, []typedText{
		{"I've noted 4471 2290 as your order number.", TypePhoneNumber},
		{"Agent: parts have arrived - front pads 0 986 494 823, fitted tomorrow", TypePhoneNumber},
		{"Гаряча лінія: 0 800 503 353, дзвінки безкоштовні", TypePhoneNumber},
	})
}

// TestPasswordWordsOfSession72 checks a password after the words of
// Chinese, Japanese, Korean, Vietnamese and Hebrew, and that a
// capitalised word right after the word, with no joiner, is what the
// password is for. The controls: a sentence that only names the word,
// and "the password Netflix gave me".
func TestPasswordWordsOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"一直收不到验证码，原来的密码是 zq19900312 我记得", TypePassword, "zq19900312"},
		{"認証ID: taro\nパスワード: hT5kq9Wm\nファームウェア Ver 1.4", TypePassword, "hT5kq9Wm"},
		{"아이디: maple_kid\n비번 Asdf5678!! 이었는데 누가 로그인함", TypePassword, "Asdf5678!!"},
		{"Mật khẩu ví của mình là Hue@2023 có bị lộ không shop", TypePassword, "Hue@2023"},
		{"הסיסמה הזמנית שקיבלתי היא Kp4#xW9z אבל היא לא עובדת", TypePassword, "Kp4#xW9z"},
		{"my password is Bluebell", TypePassword, "Bluebell"},
	})
	wantNoneTyped(t, d, []typedText{
		{"我的密码忘了，订单号 20240613", TypePassword},
		{"the app password Netflix gave me is not working", TypePassword},
		{"mật khẩu Shopee Seller của mình bị lộ", TypePassword},
	})
}

// TestCyrillicPasswordsOfSession72 checks a password of Cyrillic letters
// and digits after its word, a bank's code word in Russian and
// Ukrainian, and a dash between spaces as the joiner ("Кодовое слово —
// Барсик2011"). The controls: Cyrillic words without a digit, and a
// dash before words that are no password.
func TestCyrillicPasswordsOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"пароль: Мурзик2015", TypePassword, "Мурзик2015"},
		{"Кодовое слово — Тюльпан1999, карта заблокирована", TypePassword, "Тюльпан1999"},
		{"кодове слово Калина1988, д.н. 03.02.1990", TypePassword, "Калина1988"},
		{"password - Sunflower#88", TypePassword, "Sunflower#88"},
	})
	wantNoneTyped(t, d, []typedText{
		{"пароль: смените его, пожалуйста", TypePassword},
		{"password - reset it please", TypePassword},
	})
}

// session72Seeds are FuzzDetect's seeds for the readers of session 72.
var session72Seeds = []string{
	"邮箱是huangjie0822@163.com",
	"éh0@gmail.com",
	"x@gmail.com، y",
	"ל-pay@x.co.il",
	"my mobile-07384 920 117",
	"CS-PH-2024-118402",
	"call 627 4400 (Mon–Sat 8–20)",
	"1. a 2. b 3. (614) 382-7719",
	"6. 10. 1985",
	"5. 09/29 6. 10.22.0.7",
	"ko po 0917 845 2231",
	"ssn 512-56-5055/07/22/1971",
	"call 0 7 8 2 4 5 5 1 3 0 9",
	"voiture AB-317-QZ",
	"noted 9819 330 472 as your WhatsApp number",
	"number 0 535 882 14 60",
	"07911 482305. 2-series",
	"原来的密码是 wl19880606",
	"비번 Qwer1234!!",
	"Кодовое слово — Барсик2011",
	"0161 832 4417 (8am–8pm",
	"01 84 88 32 10 (du lundi au vendredi, 9h-",
}
