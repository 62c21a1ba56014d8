package evaluate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLoweredKeepsPastedValues(t *testing.T) {
	line := "Hi, I'm Anna Berg. Key AKIAABCDEFGHIJKLMNOP, IBAN DE89 3704 0044 0532 0130 00, Straße É Øst"
	spans := []ChatSpan{
		{Start: 8, End: 17, Type: "PERSON", PII: true},
		{Start: 23, End: 43, Type: "AWS_ACCESS_KEY", PII: true},
		{Start: 50, End: 77, Type: "IBAN", PII: true},
	}
	c := &ChatCorpus{Lines: []string{line}, Spans: [][]ChatSpan{spans}}
	l := c.Lowered()
	got := l.Lines[0]
	assert.Equal(t, "hi, i'm anna berg. key AKIAABCDEFGHIJKLMNOP, iban DE89 3704 0044 0532 0130 00, straße é øst", got)
	assert.Len(t, got, len(line), "offsets do not move")
	assert.Equal(t, spans, l.Spans[0])
	assert.Equal(t, line, c.Lines[0], "the corpus itself is left alone")
}

func TestLoweredKeepsInvalidBytes(t *testing.T) {
	c := &ChatCorpus{Lines: []string{"A\xffB\xc3"}, Spans: [][]ChatSpan{nil}}
	assert.Equal(t, "a\xffb\xc3", c.Lowered().Lines[0])
}

func TestUpperedKeepsPastedValues(t *testing.T) {
	line := "Hi, I'm Anna Berg. Key sk_live_abcDEF123, IBAN de89 3704 0044 0532 0130 00, Straße é øst"
	spans := []ChatSpan{
		{Start: 8, End: 17, Type: "PERSON", PII: true},
		{Start: 23, End: 40, Type: "STRIPE_KEY", PII: true},
		{Start: 47, End: 74, Type: "IBAN", PII: true},
	}
	c := &ChatCorpus{Lines: []string{line}, Spans: [][]ChatSpan{spans}}
	u := c.Uppered()
	got := u.Lines[0]
	assert.Equal(t, "HI, I'M ANNA BERG. KEY sk_live_abcDEF123, IBAN de89 3704 0044 0532 0130 00, STRAßE É ØST", got)
	assert.Len(t, got, len(line), "offsets do not move")
	assert.Equal(t, spans, u.Spans[0])
	assert.Equal(t, line, c.Lines[0], "the corpus itself is left alone")
}

func TestTitledCapitalisesWords(t *testing.T) {
	line := "hi, i'm anna berg. key sk_live_abcdef123, my order (no. 5) isn't here\nyet"
	spans := []ChatSpan{{Start: 23, End: 40, Type: "STRIPE_KEY", PII: true}}
	c := &ChatCorpus{Lines: []string{line}, Spans: [][]ChatSpan{spans}}
	got := c.Titled().Lines[0]
	assert.Equal(t, "Hi, I'm Anna Berg. Key sk_live_abcdef123, My Order (No. 5) Isn't Here\nYet", got)
	assert.Len(t, got, len(line))
}
