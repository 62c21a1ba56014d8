package redact

import (
	"testing"
)

// Tests of what session 71 found in the gaps of its Hebrew blind set
// (support chats in Hebrew script). Every name, number and address here
// is invented.

// TestIDAfterQuotedAcronymHebrewOfSession71 checks Israel's identity
// number after 'ת"ז' typed with an ASCII quote for the gershayim, which
// now parts the acronym's letters as the full stop of "ת.ז" does, and
// after a licensed or an exempt dealer's words ("עוסק מורשה", "עוסק
// פטור"), whose number is the owner's. The controls: the quote between
// Latin letters ('t"z'), another acronym ('מק"ט', a product's code), and
// a number whose check digit is wrong.
func TestIDAfterQuotedAcronymHebrewOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{`עדכון פרטים: ת"ז 628194821, תודה`, "IL_ID_NUMBER", "628194821"},
		{`ת"ז: 507529170`, "IL_ID_NUMBER", "507529170"},
		{"מספר עוסק מורשה 993518190 לחשבונית", "IL_ID_NUMBER", "993518190"},
		{"עוסק פטור 543231948", "IL_ID_NUMBER", "543231948"},
	})
	wantNoneTyped(t, d, []typedText{
		{`t"z 628194821`, "IL_ID_NUMBER"},
		{`מק"ט 628194821`, "IL_ID_NUMBER"},
		{`ת"ז 628194822`, "IL_ID_NUMBER"},
	})
}

// TestPhonesHebrewOfSession71 checks a mobile's ten digits with no
// separator after Hebrew's words of a phone ("פלאפון:", "הנייד שלי",
// "בביט", the wallet that pays to a mobile), and a number after a call
// centre's word ("למוקד"), which is the firm's own. The controls: ten
// digits after an order's word, and the customer's own mobile after the
// call centre's word ("מהנייד שלי", from my mobile).
func TestPhonesHebrewOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"פלאפון: 0521234567", TypePhoneNumber, "0521234567"},
		{"הנייד שלי 0549876543 תודה", TypePhoneNumber, "0549876543"},
		{"אפשר לשלם בביט? המספר בביט 0537712409", TypePhoneNumber, "0537712409"},
		{"לקוח: התקשרתי למוקד מהנייד שלי 052-7718264", TypePhoneNumber, "052-7718264"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ההזמנה 0549876543 לא הגיעה", TypePhoneNumber},
		{"אפשר להתקשר למוקד 03-9421100 בכל שעה", TypePhoneNumber},
		{"נציג: המוקד שלנו זמין בטלפון 03-9421100", TypePhoneNumber},
	})
}

// TestMailboxesHebrewOfSession71 checks that a desk's mailbox the agent
// gives in a line its Hebrew label opens ("נציג:") is the firm's: the
// documents' and the payments' desks ("docs@", "pay@") and a service's.
// The control: a person's mailbox in the agent's line.
func TestMailboxesHebrewOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"נציג: את הצילום יש לשלוח ל docs@lev-insure.co.il תודה", TypeEmailAddress},
		{"נציג: אסמכתא לשלוח ל-pay@kal-shipping.co.il", TypeEmailAddress},
		{"נציגה: אפשר גם במייל service@tavlin-shop.co.il", TypeEmailAddress},
	})
	wantTyped(t, d, []typedValue{
		{"נציג: שלחתי למייל dana.levi88@gmail.com", TypeEmailAddress, "dana.levi88@gmail.com"},
	})
}

// TestAddressesHebrewOfSession71 checks Hebrew addresses as one span:
// the street's word ("רחוב", "רח'", "שד'"), the name, the house's number,
// a flat or an entrance, the town after a comma and its postcode; after
// "address" (with a colon, a dash, a qualifier or nothing) without the
// street's word when a town follows. The controls: a clinic's address
// ("במרפאת", at the clinic of), "address" before a sentence's words, the
// street's word glued to "in" ("ברחוב"), "שד" with no geresh, a town
// that the sentence runs on after (the street alone is read).
func TestAddressesHebrewOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"הכתובת החדשה: רחוב הגליל 14 דירה 6, נהריה 2240117. תודה", TypeStreetAddress, "רחוב הגליל 14 דירה 6, נהריה 2240117"},
		{"רח' הרקפת 9, כרמיאל 2161902", TypeStreetAddress, "רח' הרקפת 9, כרמיאל 2161902"},
		{"שד' בן גוריון 31 כניסה ב, גבעתיים", TypeStreetAddress, "שד' בן גוריון 31 כניסה ב, גבעתיים"},
		{"רחוב התמר 5, דירה 2, אור עקיבא 3060000 ליד המכולת", TypeStreetAddress, "רחוב התמר 5, דירה 2, אור עקיבא 3060000"},
		{"כתובת: התאנה 12/4, עפולה\nקומה 3", TypeStreetAddress, "התאנה 12/4, עפולה"},
		{"כתובת הזית 3, נס ציונה 7403511", TypeStreetAddress, "הזית 3, נס ציונה 7403511"},
		{"כתובת חדשה - הדקל 8, יבנה 8122201", TypeStreetAddress, "הדקל 8, יבנה 8122201"},
		{"רחוב הגליל 14, נהריה ליד הסופר", TypeStreetAddress, "רחוב הגליל 14"},
	})
	wantNoneTyped(t, d, []typedText{
		{"במרפאת רחוב הגליל 14, נהריה", TypeStreetAddress},
		{"כתובת המשלוח 2 פעמים, לא הגיע", TypeStreetAddress},
		{"כתובת לא נכונה, תקנו", TypeStreetAddress},
		{"ברחוב הגליל 14, נהריה", TypeStreetAddress},
		{"שד 4 ילדים", TypeStreetAddress},
	})
}

// TestNamesAfterSelfHebrewOfSession71 checks a known given name and its
// surname after "I" ("אני"), "registered to" ("רשום על") and a kin's or
// a role's word, past a possessive ("אמא שלי", "הבן שלי"), that the
// clause's end, an age or an acronym's letter follows; after a kin's
// word the given name alone before the sentence's verb. The controls:
// "I" before a verb or an adjective and a comma, a given name before
// the sentence's words after "I", "registered to" the company, a kin's
// word before no known name.
func TestNamesAfterSelfHebrewOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"היי, אני דליה אברמוב, לקוחה ותיקה", TypePerson, "דליה אברמוב"},
		{"אני עידו בן 34 ורוצה לבטל", TypePerson, "עידו"},
		{"הקו רשום על גיל ברקוביץ", TypePerson, "גיל ברקוביץ"},
		{"החשבון על שם אמא שלי רבקה זילברמן ת.ז 628194821", TypePerson, "רבקה זילברמן"},
		{"הבן שלי יואב צריך תור", TypePerson, "יואב"},
		{"השליח יואב יגיע מחר", TypePerson, "יואב"},
	})
	wantNoneTyped(t, d, []typedText{
		{"אני מבינה, אבל זה לא עוזר", TypePerson},
		{"אני דן בזה עם הבנק", TypePerson},
		{"הקו רשום על החברה", TypePerson},
		{"אמא שלי חולה מאוד", TypePerson},
	})
}

// TestNamesAfterLabelHebrewOfSession71 checks names after "שם" with no
// colon at a clause's start or before a noun with the article or "on
// the ..." ("שם הלקוחה", "ושם האב", "שם על הכרטיס"), after "they call
// me" ("קוראים לי") and after 'ע"ש' (on the name of) typed with an ASCII
// quote. The controls: "שם" as "there" before a verb, "שם" before a
// noun and the sentence's words, "user name".
func TestNamesAfterLabelHebrewOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"לקוח: שם דנה פלג, טלפון 052-7718264", TypePerson, "דנה פלג"},
		{"שם הלקוחה מירב אלמוג", TypePerson, "מירב אלמוג"},
		{"ת.ז 628194821 ושם האב ראובן", TypePerson, "ראובן"},
		{"שם על הכרטיס עומר פלד", TypePerson, "עומר פלד"},
		{"קוראים לי אסף גולן ואני לקוח", TypePerson, "אסף גולן"},
		{`סניף 12, חשבון 4417. ע"ש רונן ביטון`, TypePerson, "רונן ביטון"},
	})
	wantNoneTyped(t, d, []typedText{
		{"שם היה תור ארוך, לא חיכיתי", TypePerson},
		{"שם הקובץ לא נפתח", TypePerson},
		{"אין לי שם משתמש", TypePerson},
	})
}

// TestAgentAndGreetingsHebrewOfSession71 checks the customer's known
// given name that the agent's line opens with ("נציג: ...", "Agent:
// ..."), past a word of assent and before a comma or "hello", and one
// word after "good evening", "have a good day", "hi" spelled short and
// "Mr". The controls: the agent's words of assent and thanks, and a
// greeting of everyone ("לכולם").
func TestAgentAndGreetingsHebrewOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"נציג: בטח יעל, לאיזה סניף?", TypePerson, "יעל"},
		{"Agent: מתן, שלחתי קישור", TypePerson, "מתן"},
		{"נציג: נועם שלום, ההזמנה יצאה", TypePerson, "נועם"},
		{"ערב טוב שקד, ההזמנה מוכנה", TypePerson, "שקד"},
		{"ההזמנה נשלחה. יום טוב מיכל", TypePerson, "מיכל"},
		{"תודה מר אלמוג", TypePerson, "אלמוג"},
		{"הי אורנה, מה שלומך?", TypePerson, "אורנה"},
	})
	wantNoneTyped(t, d, []typedText{
		{"נציג: בסדר, אבדוק", TypePerson},
		{"נציג: תודה על הסבלנות, נבדוק", TypePerson},
		{"ערב טוב לכולם, יש עדכון", TypePerson},
	})
}

// TestLoneNamesHebrewOfSession71 checks a known given name and its
// surname that stand alone: on a message's last line, before a dash and
// the writer's team, after a sentence's end before a phone's digits, and
// after a comma at the text's end. The controls: a given name that is a
// word ("אור", light; "גל", a wave) opening a line of the sentence, and
// "שי" (a gift) before a comma.
func TestLoneNamesHebrewOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"ההזמנה לא הגיעה.\nאסף גולן", TypePerson, "אסף גולן"},
		{"הזיכוי יצא.\nמתן - מחלקת גבייה", TypePerson, "מתן"},
		{"לא ענו!!! רונית אלמוג 052-7718264 הזמנה 5521", TypePerson, "רונית אלמוג"},
		{"אפשר לאשר את החיוב? נא לאשר, עדי", TypePerson, "עדי"},
	})
	wantNoneTyped(t, d, []typedText{
		{"שלום\nאור השמש חזק היום", TypePerson},
		{"היי\nגל חום ביום ראשון", TypePerson},
		{"שי לחג, תודה", TypePerson},
	})
}
