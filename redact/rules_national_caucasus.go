package redact

// rulesNationalCaucasus covers Georgia, Armenia and Azerbaijan (session
// 69): numbers of a person that customers give banks and telecoms in
// Georgian, Armenian, Azerbaijani, Russian and English, each after its
// word (none carries a published check digit).
var rulesNationalCaucasus = []Rule{
	{
		// Georgia's personal number: eleven digits.
		Name:           "ge_personal_number",
		Type:           "GE_PERSONAL_NUMBER",
		Pattern:        numStart + `(?P<v>\d{11})\b`,
		Score:          0.7,
		Keywords:       gePersonalWords,
		Context:        gePersonalWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "ბარათის ნომერი 4408 2884 6181 1383, პირადი ნომერი 01024085713. ნინო", Want: "01024085713"},
			{Text: "from +995 599 12 34 56 to +995 551 98 76 54. personal no 01017034582, dob 14.07.1988", Want: "01017034582"},
			{Text: "ФИО: Гоголадзе Саломе Георгиевна, ЛН 01008025619.", Want: "01008025619"},
			{Text: "contract 01017034582 renewed", Want: ""},
			{Text: "personal no 0101703458", Want: ""},
		},
	},
	{
		// Azerbaijan's FIN, the personal code on the identity card:
		// seven letters and digits, both. (Azerbaijani's "FİN" is not
		// read as "fin": the keyword table folds no capital beyond
		// Latin-1 byte by byte, and "İ" lower-cases to two characters.)
		Name:           "az_fin",
		Type:           "AZ_FIN",
		Pattern:        `\b(?P<v>[0-9A-Z]{7})\b`,
		Score:          0.7,
		Validate:       validAZFIN,
		Keywords:       azFINWords,
		Context:        azFINWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Kart nömrəsi 4169284182685932, FIN kodum 5ZK8R2M. Əlaqə üçün", Want: "5ZK8R2M"},
			{Text: "получатель Рашад Гусейнов, FIN 2WX5T7P. Сумма 1 200 AZN", Want: "2WX5T7P"},
			{Text: "FIN kodu: 7HB3N9D", Want: "7HB3N9D"},
			{Text: "FIN PAYMENT due", Want: ""},
			{Text: "order 5ZK8R2M", Want: ""},
		},
	},
	{
		// Azerbaijan's taxpayer's number (VÖEN): ten digits.
		Name:           "az_voen",
		Type:           "AZ_VOEN",
		Pattern:        numStart + `(?P<v>\d{10})\b`,
		Score:          0.7,
		Keywords:       azVOENWords,
		Context:        azVOENWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "fərdi sahibkar kimi hesab açmaq istəyirəm. VÖEN: 1803627451, ad soyad", Want: "1803627451"},
			{Text: "voen 2004518731 olan fərdi sahibkar", Want: "2004518731"},
			{Text: "sifariş 1803627451", Want: ""},
			{Text: "VÖEN 180362745", Want: ""},
		},
	},
	{
		// Armenia's social card (ՀԾՀ, the public services number): ten
		// digits.
		Name:           "am_social_card",
		Type:           "AM_SOCIAL_CARD",
		Pattern:        numStart + `(?P<v>\d{10})\b`,
		Score:          0.7,
		Keywords:       amSocialWords,
		Context:        amSocialWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Lilit Avetisyan, social card 3109870452, lilit.avetisyan92@mail.ru", Want: "3109870452"},
			{Text: "ծննդյան ամսաթիվ՝ 03.11.1992, ՀԾՀ՝ 3109870452, էլ. փոստ՝", Want: "3109870452"},
			{Text: "Нарек Григорян, номер соц. карты 2705912318, тел. +374 99 48 12 07", Want: "2705912318"},
			{Text: "заказ 2705912318", Want: ""},
			{Text: "social card 310987045", Want: ""},
		},
	},
}

var (
	gePersonalWords = []string{"personal no", "personal number", "personal id", "პირადი ნომერი", "პირადი", "პ/ნ", "личный номер", "лн", "piradi nomeri"}
	azFINWords      = []string{"fin", "fin kod", "fin kodu", "fin kodum", "фин"}
	azVOENWords     = []string{"vöen", "voen", "vöen-i", "вöен", "воен"}
	amSocialWords   = []string{"հծհ", "social card", "соц. карты", "соц карты", "социальной карты", "социальная карта", "սոցիալական քարտ", "hcch"}
)

// validAZFIN asks an Azerbaijani FIN for a digit and a letter both: seven
// capitals are a word, seven digits a number.
func validAZFIN(match string) bool {
	digits := 0
	for i := 0; i < len(match); i++ {
		if isDigit(match[i]) {
			digits++
		}
	}
	return digits > 0 && digits < len(match)
}
