package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 71 found in the gaps of its blind sets.

// TestScriptNamesFollowLanguagesOfSession71 checks that the names read
// from Japanese, Korean and Thai marks (an honorific, an ending, a title)
// follow WithLanguages as the other scripts' names follow their words: a
// detector of English alone reads none of them, one that lists the
// language reads its own and not the others'.
func TestScriptNamesFollowLanguagesOfSession71(t *testing.T) {
	texts := map[string]string{
		"ja": "田中様、ご注文ありがとうございます。",
		"ko": "김도윤입니다. 주문 확인 부탁드려요",
		"th": "สวัสดีครับ นายสมชาย ใจดี ขอสอบถามค่ะ",
	}
	names := map[string]string{"ja": "田中", "ko": "김도윤", "th": "สมชาย ใจดี"}
	all, err := NewDetector()
	require.NoError(t, err)
	en, err := NewDetector(WithLanguages("en"))
	require.NoError(t, err)
	for lang, text := range texts {
		require.Equal(t, []string{names[lang]}, valuesOf(t, all, text, TypePerson), lang)
		require.Nil(t, valuesOf(t, en, text, TypePerson), lang)
		own, err := NewDetector(WithLanguages(lang))
		require.NoError(t, err)
		for other, text := range texts {
			got := valuesOf(t, own, text, TypePerson)
			if other == lang {
				require.Equal(t, []string{names[lang]}, got, lang)
			} else {
				require.Nil(t, got, "%s reads %s", lang, other)
			}
		}
	}
}
