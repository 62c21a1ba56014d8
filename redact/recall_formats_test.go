package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPhoneExt(t *testing.T) {
	cases := []struct {
		text string
		end  int // end of the number
		want int // end with the extension
	}{
		{"555-0132x12 ok", 8, 11},
		{"555-0132 ext. 204", 8, 17},
		// One digit after a space is an extension only after a word that
		// means nothing else: "x 2" is a product, "int 3" and "poste 2"
		// an integer or a post, "interno 2" a flat in an Italian address.
		{"555-0132 ext 2", 8, 14},
		{"555-0132 Ext. 2", 8, 15},
		{"555-0132 extension 3", 8, 20},
		{"555-0132 Durchwahl 7", 8, 20},
		{"555-0132 x 2", 8, 8},
		{"555-0132 int 2", 8, 8},
		{"555-0132 interno 2", 8, 8},
		{"555-0132 ext 2x", 8, 8},
		{"555-0132 x 204", 8, 14},
		{"555-0132xyz", 8, 8},
		{"555-0132x1234567", 8, 8},
		{"555-0132", 8, 8},
		{"555-0132 poste 204", 8, 18},
		{"555-0132 int. 22", 8, 16},
		{"555-0132 Durchwahl: 12", 8, 22},
		{"555-0132 toestel 12", 8, 19},
		{"555-0132 ramal 2045", 8, 19},
		{"555-0132 extensión 204", 8, 23},
		{"555-0132 poste 2", 8, 8},
		{"555-0132 postes 204", 8, 8},
		{"555-0132 interior 204", 8, 8},
		{"555-0132 int 3 times", 8, 8},
	}
	for i, c := range cases {
		assert.Equal(t, c.want, phoneExt(c.text, c.end), "case %d", i)
	}
	// Every extension word is read, in any case.
	for _, w := range phoneExtWords {
		for _, text := range []string{"555-0132 " + w + " 204", "555-0132 " + strings.ToUpper(w[:1]) + w[1:] + ". 204"} {
			assert.Equal(t, len(text), phoneExt(text, 8), text)
		}
	}
}

func TestPhoneContextWords(t *testing.T) {
	for _, c := range []struct {
		text            string
		labelled, phone bool
	}{
		{"12 34 56 office", true, false}, {"12 34 56-Fax", true, true}, {"12 34 56 (mobile)", true, true},
		{"12 34 56 offices", false, false}, {"12 34 56office", false, false}, {"12 34 56 Desk: 99", false, false},
	} {
		labelled, phone, next := phoneLabelAfter(c.text, 8)
		assert.False(t, next, "%q", c.text)
		assert.Equal(t, c.labelled, labelled, "%q", c.text)
		assert.Equal(t, c.phone, phone, "%q", c.text)
	}
	// After a comma, a phone word before another number introduces it:
	// it labels the number before, but does not own it.
	labelled, phone, next := phoneLabelAfter("12 34 56, phone 415", 8)
	assert.True(t, labelled && !phone && next)
	labelled, phone, next = phoneLabelAfter("12 34 56, phone not available", 8)
	assert.True(t, labelled && !phone && !next)
	assert.True(t, phonePhraseBefore("nobody is answering at 12", 23, false))
	assert.True(t, phonePhraseBefore("Phone: 12", 7, false))
	assert.False(t, phonePhraseBefore("call 5 at 12", 10, false), "a number between the word and the candidate")
	assert.False(t, phonePhraseBefore("call one two three four five 12", 29, false), "more than four words back")
	// As a label: only words that join a label to its value between.
	assert.True(t, phonePhraseBefore("call me on #0770", 11, true))
	assert.True(t, phonePhraseBefore("Phone #555", 6, true))
	assert.False(t, phonePhraseBefore("my phone shows #0580", 15, true), "a verb between")
	assert.True(t, phonePhraseBefore("my phone shows #0580", 15, false))
}

// TestOptInDatesStayOptIn checks that the generous DATE_TIME forms (day
// names, lone years) neither appear by default nor become dates of birth.
func TestOptInDatesStayOptIn(t *testing.T) {
	texts := []string{
		"I was born in 1980, on a Monday.",
		"We met on Friday; the firm was founded in 1999.",
	}
	def := defaultDetector(t)
	all, err := NewDetector(WithTypes(TypeDateTime, TypeDateOfBirth))
	require.NoError(t, err)
	for i, text := range texts {
		fs, err := def.Detect(context.Background(), text)
		require.NoError(t, err)
		assert.Empty(t, spans(fs), "text %d: default detector", i)
		fs, err = all.Detect(context.Background(), text)
		require.NoError(t, err)
		assert.Len(t, fs, 2, "text %d: %v", i, spans(fs))
		for _, f := range fs {
			assert.Equal(t, TypeDateTime, f.Type, "text %d", i)
		}
	}
}

// TestWordMonthsNeedContext: month abbreviations that are also English
// words ("out", "set", "gen", "mag", "ago") make no date on their own
// when every date type is on, but a birth word still makes a date of
// birth of them, and a period marks the abbreviation.
func TestWordMonthsNeedContext(t *testing.T) {
	all, err := NewDetector(WithTypes(TypeDateTime, TypeDateOfBirth))
	require.NoError(t, err)
	for _, c := range []struct{ text, typ, want string }{
		{"we sold 15 out 2000 units", "", ""},
		{"please set 10 1990 as the year", "", ""},
		{"version gen 2 2021", "", ""},
		{"mag 5 2020 lens", "", ""},
		{"they got 5 out 1999", "", ""},
		{"nata il 5 set 1980", TypeDateOfBirth, "5 set 1980"},
		{"nacido el 5 ago 1990", TypeDateOfBirth, "5 ago 1990"},
		{"data de nascimento 3 out 1985", TypeDateOfBirth, "3 out 1985"},
		{"riunione il 5 set. 2024", TypeDateTime, "5 set. 2024"},
		{"meeting on 5 Mar 2024", TypeDateTime, "5 Mar 2024"},
	} {
		fs, err := all.Detect(context.Background(), c.text)
		require.NoError(t, err)
		if c.want == "" {
			assert.Empty(t, spans(fs), c.text)
			continue
		}
		if assert.Len(t, fs, 1, c.text) {
			assert.Equal(t, c.typ, fs[0].Type, c.text)
			assert.Equal(t, c.want, c.text[fs[0].Start:fs[0].End], c.text)
		}
	}
}
