package redact

import (
	"testing"
)

// Tests of what session 71 found in Persian support chats: names given
// without a label, Iranian mobiles without a phone word, addresses from
// the city to the plate, and the credentials' words as Persian types
// them.

// TestNamesPersianOfSession71 checks Persian names read from a given
// name the list knows (persian.go): before a surname's ending anywhere
// ("(بردیا نیک‌نژاد)", "...\nنسرین کاظم‌پور"), before "هستم" (I am)
// with a surname of any ending, and alone where a chat writes a name
// alone: before "خانم" or "هستم", after "فرزند" (child of) or a
// sign-off, alone on the text's last line or after its last full stop.
// The controls: a given name that is a word too ("امید", hope), a noun
// before "هستم" ("کشاورز", farmer), a given name inside a sentence, and
// a name's word with no name of the list after it.
func TestNamesPersianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"سلام وقتتون بخیر، من کامران توکلی هستم و سفارشم نرسیده", TypePerson, "کامران توکلی"},
		{"سفارش ۷۷۱۲۰۹ کنسل شد و پولش برنگشت. سپهر ملک\u200cزاده", TypePerson, "سپهر ملک\u200cزاده"},
		{"کد ملی صاحب کارت ثبت شده (بردیا نیک\u200cنژاد). لطفا بررسی کنید", TypePerson, "بردیا نیک\u200cنژاد"},
		{"لطفا فاکتور رو ایمیل کنید.\nممنون\nنسرین کاظم\u200cپور", TypePerson, "نسرین کاظم\u200cپور"},
		{"اینجانب شهریار دلاوری درخواست انتقال سیمکارت دارم", TypePerson, "شهریار دلاوری"},
		{"سلام من گلناز وفا هستم، رمز دومم کار نمیکنه", TypePerson, "گلناز وفا"},
		{"خط به اسم خودم ترانه صدری ثبت شده", TypePerson, "ترانه صدری"},
	})
	wantTyped(t, d, []typedValue{
		{"سلام نازنین هستم، کارتم مسدود شده", TypePerson, "نازنین"},
		{"اپراتور: سلام مهناز خانم، درخواستتون ثبت شد", TypePerson, "مهناز"},
		{"شماره شناسنامه ۳۱۲ فرزند منوچهر صادره از اراک", TypePerson, "منوچهر"},
		{"تیکت شما ثبت شد. با سپاس، کتایون - پشتیبانی", TypePerson, "کتایون"},
		{"دو روزه منتظر تماس هستم، کسی جواب نمیده. فرهاد", TypePerson, "فرهاد"},
		{"لطفا پیگیری کنید\nبا تشکر\nیعقوب", TypePerson, "یعقوب"},
	})
	wantNoneTyped(t, d, []typedText{
		{"امید دارم زود برسه. ممنون", TypePerson},
		{"من کشاورز هستم و کارت بانکم مسدود شده", TypePerson},
		{"این سفارش برای محمد نیست، برای دفتر است", TypePerson},
		{"سلام، بسته امروز رسید. باران", TypePerson},
		{"با سپاس، واحد پشتیبانی", TypePerson},
	})
}

// TestNameLabelsPersianOfSession71 checks the Persian labels arabic.go
// reads a name after since session 71, a form's "surname:" and "father's
// name:", and the labels it no longer reads one after: a title with a
// comma after it, which follows its name ("سلام خانم، بسته شما ...";
// the name before it is persian.go's), "ثبت نام" (registration) typed
// with a space, and "in the name of" before a kin's word ("به نام
// پدرم"). The controls are those three; the positives must hold the
// label's name.
func TestNameLabelsPersianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"کد ملی ثبت شد\nنام خانوادگی: بهشتیان\nکد پستی", TypePerson, "بهشتیان"},
		{"فرم ثبت\nنام پدر: قدرت\nمحل صدور: کرمان", TypePerson, "قدرت"},
	})
	wantNoneTyped(t, d, []typedText{
		{"اپراتور: سلام خانم، بسته شما با پیک ارسال شد", TypePerson},
		{"وام ازدواج ثبت نام کردم کد رهگیری دادن", TypePerson},
		{"این خط به نام پدرمه، خودش فوت کرده", TypePerson},
		{"به نام شما ثبت شده است", TypePerson},
	})
}

// TestMobilesPersianOfSession71 checks Iranian mobiles ("09", a range of
// the operators, nine digits) with no phone word in a text of Persian
// script, in ASCII or Persian digits, in one run or in groups of four,
// three and four. The controls: the same shape in a text without
// Persian letters, "094" (no mobile range), and a run of twelve digits.
func TestMobilesPersianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"شماره فعلیم 09127734518 هست، هزینش چقدره؟", TypePhoneNumber, "09127734518"},
		{"کامران توکلی ۰۹۳۵۸۸۲۱۴۰۷", TypePhoneNumber, "۰۹۳۵۸۸۲۱۴۰۷"},
		{"موجود شد به 09021845563 پیامک بدید", TypePhoneNumber, "09021845563"},
		{"پیک شماره 0991 402 7716 رو داد ولی خاموشه", TypePhoneNumber, "0991 402 7716"},
	})
	wantNoneTyped(t, d, []typedText{
		{"order 09127734518 shipped yesterday", TypePhoneNumber},
		{"کد رهگیری 09412345678 هست", TypePhoneNumber},
		{"سفارش 091277345180 رسید", TypePhoneNumber},
	})
}

// TestAddressesPersianOfSession71 checks Iranian addresses read from the
// plate's word (persianaddr.go): back to a label, a colon, the line's
// start or a phone's digits, forward over the unit, the floor, the bell
// and the postcode after its word or a dash. The controls: a car's
// plate, which has no street's word before it, and a firm's address
// after its label ("آدرس شعبه مرکزی:", the head branch's address).
func TestAddressesPersianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"لطفا به این آدرس بفرستید: یزد، خیابان کاشانی، کوچه یاس، پلاک ۱۴، واحد ۲، کد پستی ۸۹۱۶۷۴۳۵۲۱ ممنون",
			TypeStreetAddress, "یزد، خیابان کاشانی، کوچه یاس، پلاک ۱۴، واحد ۲، کد پستی ۸۹۱۶۷۴۳۵۲۱"},
		{"موبایل ۰۹۱۷۴۴۲۸۸۱۶، قزوین خیابان نادری کوچه ۹ پلاک ۳۱ کدپستی ۳۴۱۵۷۶۶۲۹۰",
			TypeStreetAddress, "قزوین خیابان نادری کوچه ۹ پلاک ۳۱ کدپستی ۳۴۱۵۷۶۶۲۹۰"},
		{"گیرنده کوثر بهشتیان\nاراک، خ شریعتی، کوچه ۲۲، پلاک ۶، طبقه سوم\nتحویل عصر",
			TypeStreetAddress, "اراک، خ شریعتی، کوچه ۲۲، پلاک ۶، طبقه سوم"},
		{"سفارش رو به آدرس ساری، بلوار طالقانی، پلاک ۸ - ۴۸۱۵۶۳۲۷۴۹ بفرستید",
			TypeStreetAddress, "ساری، بلوار طالقانی، پلاک ۸ - ۴۸۱۵۶۳۲۷۴۹"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ماشینم با پلاک ۱۲ ب ۳۴۵ ایران ۶۷ تو پارکینگ خط افتاده", TypeStreetAddress},
		{"آدرس شعبه مرکزی: تهران، خیابان انقلاب، پلاک ۱۲", TypeStreetAddress},
	})
}

// TestCredentialsPersianOfSession71 checks the Persian words of a user
// name ("یوزرم", "نام کاربری"), a password ("پسورد", "رمزمم") and a
// national code with the possessive glued ("کدملیم"). The controls: the
// same words before a word of the sentence, and a national code whose
// check digit is wrong.
func TestCredentialsPersianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"یوزرم kian.rahbar هست ولی وارد نمیشه", TypeUsername, "kian.rahbar"},
		{"نام کاربری: mina_sadr90 ، پیغام خطا میده", TypeUsername, "mina_sadr90"},
		{"برای ورود: یوزرنیم nsadri پسورد Sadr#4471 لطفا چک کنید", TypePassword, "Sadr#4471"},
		{"رمزمم Tavakoli@1368 گذاشته بودم", TypePassword, "Tavakoli@1368"},
		{"کدملیم 0048271934 هست شماره فعلیم", "IR_NATIONAL_ID", "0048271934"},
	})
	wantNoneTyped(t, d, []typedText{
		{"یوزرم قفل شده چکار کنم", TypeUsername},
		{"رمزم رو فراموش کردم", TypePassword},
		{"کدملیم 0048271935 هست", "IR_NATIONAL_ID"},
	})
}
