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
	d, err := NewDetector()
	require.NoError(t, err)
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
	d, err := NewDetector()
	require.NoError(t, err)
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

// session72Seeds are FuzzDetect's seeds for the readers of session 72.
var session72Seeds = []string{
	"邮箱是huangjie0822@163.com",
	"éh0@gmail.com",
	"x@gmail.com، y",
	"ל-pay@x.co.il",
	"my mobile-07384 920 117",
	"CS-PH-2024-118402",
}
