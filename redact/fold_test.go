package redact

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// session49Seeds are FuzzDetect's seeds for the folded forms and the
// addresses glued to Chinese, Japanese and Korean text.
var session49Seeds = []string{
	"連絡は０９０－５５１２－７７０３、メールはｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐまで",
	"رقم الموبايل ٠١١٥٣٨٢٧٤٦٠ و ۰۹۱۲۳۴۵۶۷۸۹",
	"my number is ९८७६५४३२१० or ০১৭১২৩৪৫৬৭৮",
	"이메일은minji.kim@naver.com입니다",
	"\xef\xbc\x90\xef\xbc\xd9\xa0\xd9\xdb\xb0\xe0\xa5\xa6\xe0\xa5",
	"ＤＥ８９　３７０４　００４４　０５３２　０１３０　００",
}

// TestFoldForms checks the folding alone: every folded character becomes
// its ASCII byte, every other byte stays, and each offset of the folded
// text at a character's start maps back to the start of the character
// it came from, so that a span of the folded text maps to the span of
// the text that folds to it.
func TestFoldForms(t *testing.T) {
	for _, text := range append([]string{"no forms here", "", "ｘ", "٩", "a\xef\xbc"}, session49Seeds...) {
		view, shifts := foldForms(text)
		var want strings.Builder
		var starts []int // where each of view's characters starts in text
		for i := 0; i < len(text); {
			if a, w := foldAt(text, i); w > 0 {
				want.WriteByte(a)
				starts = append(starts, i)
				i += w
				continue
			}
			_, w := utf8.DecodeRuneInString(text[i:])
			want.WriteString(text[i : i+w])
			for k := 0; k < w; k++ {
				starts = append(starts, i+k)
			}
			i += w
		}
		require.Equal(t, want.String(), view, "%q", text)
		for d := 0; d < len(view); d++ {
			assert.Equal(t, starts[d], unescapedOffset(shifts, d), "%q at %d", text, d)
		}
		assert.Equal(t, len(text), unescapedOffset(shifts, len(view)), "%q at its end", text)
		assert.Equal(t, view != text, foldable(text), "%q", text)
	}
}

// TestFoldedDetection: values typed in full-width forms or in Arabic-
// Indic, Persian, Devanagari or Bengali digits are found as their ASCII
// forms are, with their offsets in the text as written.
func TestFoldedDetection(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, typ, want string }{
		{"連絡は０９０－５５１２－７７０３、よろしく", TypePhoneNumber, "０９０－５５１２－７７０３"},
		{"メールはｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐまで", TypeEmailAddress, "ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ"},
		{"رقم الموبايل ٠١١٥٣٨٢٧٤٦٠ لو سمحت", TypePhoneNumber, "٠١١٥٣٨٢٧٤٦٠"},
		{"my number is ۰۷۷۰۰ ۹۰۰۱۲۳, thanks", TypePhoneNumber, "۰۷۷۰۰ ۹۰۰۱۲۳"},
		{"my number is ९८७६५४३२१०", TypePhoneNumber, "९८७६५४३२१०"},
		// Their own words name the phone (see contextWords).
		{"मेरा नंबर ९८७६५४३२१० है", TypePhoneNumber, "९८७६५४३२१०"},
		{"شماره موبایل من ۰۹۱۲۳۴۵۶۷۸۹ است", TypePhoneNumber, "۰۹۱۲۳۴۵۶۷۸۹"},
		{"میرا نمبر 03001234567 ہے", TypePhoneNumber, "03001234567"},
		{"আমার নম্বর ০১৭১২৩৪৫৬৭৮", TypePhoneNumber, "০১৭১২৩৪৫৬৭৮"},
		{"card ৪১১১ ১১১১ ১১১১ ১১১১ please", TypeCreditCard, "৪১১১ ১১১১ ১১১১ ১১১১"},
		{"IBAN：ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００", TypeIBAN, "ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００"},
		// An order number stays one in any digits.
		{"order number ٤٠٠٢٨٧١٩ shipped", TypePhoneNumber, ""},
	} {
		wantValue(t, d, c.text, c.typ, c.want, "%q", c.text)
	}
}

// TestEmailGluedToCJK: Chinese, Japanese and Korean write no space
// before or after an address; it is found between their characters, and
// a Latin letter before it still takes part in the address.
func TestEmailGluedToCJK(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"メールはtanaka@example.jpまで", "tanaka@example.jp"},
		{"我的邮箱wanglei_sh@163.com一直收不到", "wanglei_sh@163.com"},
		{"이메일은minji.kim@naver.com입니다", "minji.kim@naver.com"},
		{"josé@example.com", "josé@example.com"},
		{"メールはab@example.jpまで", "ab@example.jp"},
		// No ASCII local part: no address.
		{"ユーザー名@example.jpです", ""},
	} {
		wantValue(t, d, c.text, TypeEmailAddress, c.want, "%q", c.text)
	}
}
