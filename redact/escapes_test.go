package redact

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// escapedSeeds are messages as JSON strings hold them, escaped by Go's
// encoder and by an encoder that writes ASCII only, with escapes that are
// none: an escaped backslash before an "n", a lone surrogate, a '\' at
// the end.
var escapedSeeds = []string{
	`{"msg":"Hi,\nmy name is Zo\u00eb Fern\u00e1ndez\nEmail: zoe@example.com"}`,
	`ip\t192.168.10.24\tuser\tbob@example.com`,
	`to: \u003calice@example.org\u003e, https://shop.example.com/track?id=L7N8\u0026token=abc`,
	`path C:\\new\\table and \ud83d\ude00 then \ud800 alone and \u12`,
	`trailing \`,
}

// jsonBody returns s as encoding/json writes it in a JSON string,
// without the quotes.
func jsonBody(t testing.TB, s string) string {
	b, err := json.Marshal(s)
	require.NoError(t, err)
	return string(b[1 : len(b)-1])
}

// asciiJSONBody returns s as an encoder that writes ASCII only (Python's
// json.dumps by default) writes it in a JSON string, without the quotes:
// every rune beyond ASCII a \u escape, two (a surrogate pair) beyond the
// Basic Multilingual Plane.
func asciiJSONBody(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20:
			fmt.Fprintf(&b, `\u%04x`, r)
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			r -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+r>>10, 0xdc00+r&0x3ff)
		}
	}
	return b.String()
}

// decodeAll decodes the JSON escapes of s whether or not it reads as
// JSON (see jsonEscaped).
func decodeAll(s string) (string, []shift) {
	i := strings.IndexByte(s, '\\')
	if i < 0 {
		return s, nil
	}
	return decodeEscapes(s, i, true)
}

// checkUnescape checks that decodeEscapes decodes body, a JSON string's
// body, to want, and maps it back as checkMapping checks.
func checkUnescape(t *testing.T, body, want string) {
	t.Helper()
	got, shifts := decodeAll(body)
	if got != want {
		t.Fatalf("decoded %d bytes into %d, want %d", len(body), len(got), len(want))
	}
	checkMapping(t, body, got, shifts)
}

// checkMapping checks that the shifts map the character boundaries of
// got, decoded from body, to offsets of body that cut it into the escapes
// (or bytes) of the same characters, from body's start to its end.
func checkMapping(t *testing.T, body, got string, shifts []shift) {
	t.Helper()
	require.Zero(t, unescapedOffset(shifts, 0))
	require.Equal(t, len(body), unescapedOffset(shifts, len(got)))
	for d := 0; d < len(got); {
		_, w := utf8.DecodeRuneInString(got[d:])
		a, b := unescapedOffset(shifts, d), unescapedOffset(shifts, d+w)
		if a >= b || b > len(body) {
			t.Fatalf("character at %d maps to %d..%d of %d bytes", d, a, b, len(body))
		}
		if piece, _ := decodeAll(body[a:b]); piece != got[d:d+w] {
			t.Fatalf("character at %d maps to %d..%d, which decodes to another", d, a, b)
		}
		d += w
	}
}

func TestUnescapeJSONDecodesAsEncodingJSON(t *testing.T) {
	texts := []string{
		"", "plain", "line\nbreak\ttab\r\"quoted\" back\\slash /slash",
		"<a href=\"x\">&amp;</a>", "Zoë Fernández, Łódź, İstanbul", "emoji 😀 and 𝄞",
		"\x00\x01\x1f control", "ends with a backslash \\", "\\n is no break",
	}
	texts = append(texts, softGoldenTexts(t)...)
	for i, s := range texts {
		if !utf8.ValidString(s) {
			continue // encoders replace invalid bytes
		}
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			checkUnescape(t, jsonBody(t, s), s)
			checkUnescape(t, asciiJSONBody(s), s)
		})
	}
}

func TestUnescapeJSONLeavesNonEscapes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`no escape at all`, `no escape at all`},
		{`C:\Users\x`, `C:\Users\x`},             // not escapes in JSON
		{`a \ud800 b`, `a \ud800 b`},             // an unpaired high surrogate
		{`a \udc00\ud800 b`, `a \udc00\ud800 b`}, // halves in the wrong order
		{`cut \u12`, `cut \u12`},                 // too short
		{`bad \u12g4`, `bad \u12g4`},             // not hexadecimal
		{`end \`, `end \`},
		{`\\n`, `\n`}, // an escaped backslash, then the letter
		{`\ud83d\ude00!`, "😀!"},
		{`x\u00E9y`, "xéy"}, // capital hexadecimal digits
	} {
		checkUnescape(t, c.in, c.want)
	}
	got, shifts, _ := unescapeJSON("no escape")
	assert.Equal(t, "no escape", got)
	assert.Nil(t, shifts)
}

// TestUnescapeJSONOnlyInJSON checks that a backslash outside JSON stays
// as written: Windows paths, domain accounts and passwords hold "\n" and
// "\f" that are no escapes.
func TestUnescapeJSONOnlyInJSON(t *testing.T) {
	for _, c := range []struct {
		text string
		json bool
	}{
		{`open \\fileserver\users\nancy.wong@corp.com`, false},
		{`CORP\nkumar cannot log in`, false},
		{`my password is x9\fQ7!mzP2kd`, false},
		{`regex ^\d{3}-\d{2}$`, false},
		{`{"msg":"call me\n+1 202 555 0143"}`, true},
		{`payload={\"email\":\"bob@example.com\"}`, true},
		{`to \u003cbob@example.com\u003e`, true},
		{`Zo\u00EB`, true},
	} {
		got, shifts, _ := unescapeJSON(c.text)
		assert.Equal(t, c.json, shifts != nil, "text %d", len(c.text))
		if !c.json {
			assert.Equal(t, c.text, got)
		}
	}
	// Outside JSON a line break or a tab after punctuation, or between a
	// word and a capitalised one, is one all the same (see breakEscape).
	for _, c := range []struct{ text, want string }{
		{`body="Regards,\nOlusegun Adeyemi"`, "body=\"Regards,\nOlusegun Adeyemi\""},
		{`{'note': 'call me\nMaria Garcia'}`, "{'note': 'call me\nMaria Garcia'}"},
		{`Signed:\tOlusegun`, "Signed:\tOlusegun"},
		{`Thanks,\n\nmaria`, "Thanks,\n\nmaria"},
		{`ip\t192.168.10.24`, "ip\t192.168.10.24"},
		{`Smith\n12 Baker Street`, "Smith\n12 Baker Street"},
		{`Xy7\n12`, `Xy7\n12`}, // after a digit: a password's as often
		{`password: Xy7\nQ9#mLp`, `password: Xy7\nQ9#mLp`},
		{`my password is Summer\t2024!`, "my password is Summer\t2024!"},
		{`my password is Qz\\nR7!kp2x`, `my password is Qz\\nR7!kp2x`},
		{`pwd=Hk2\r\n9vB!x`, `pwd=Hk2\r\n9vB!x`},
		{`Smith\nI live`, "Smith\nI live"},
		{`Thanks\r\nMaria`, "Thanks\r\nMaria"},
		{`C:\new\table`, `C:\new\table`},
		{`token:\nghp_x`, "token:\nghp_x"},
	} {
		got, shifts, _ := unescapeJSON(c.text)
		assert.Equal(t, c.want, got, "text %d", len(c.text))
		checkMapping(t, c.text, got, shifts)
	}
}

// TestDetectReadsEscapedJSON runs Detect over messages and over the same
// messages inside an escaped JSON string, as a log line holds them: every
// finding of the message is found in the escaped one, its span covering
// the escapes of the same characters, and nothing else.
func TestDetectReadsEscapedJSON(t *testing.T) {
	msgs := []string{
		"Name: Zoë Fernández\nEmail: zoe.fernandez@example.com\nPhone: +44 20 7946 0958",
		"ip\t192.168.10.24\tuser\tbob@example.com",
		"Hi,\nmy name is John Smith\nI live at 12 Main Street, Springfield, IL 62704\nThanks",
		"Bonjour, je m'appelle Joseph Søndergaard, j'habite 4804 Pine Place, Columbus, OH 37352.",
		"token:\nghp_16C7e42F292c6912E7710c838347Ae178B4a\nplease rotate",
		"Please mail <alice@example.org> the link https://shop.example.com/track?id=L7N84396JZ&lang=en",
		"Kontoinhaber: Jürgen Groß, IBAN DE89 3704 0044 0532 0130 00 😀",
	}
	d := defaultDetector(t)
	ctx := context.Background()
	for i, m := range msgs {
		want, err := d.Detect(ctx, m)
		require.NoError(t, err)
		require.NotEmpty(t, want, "message %d", i)
		for k, body := range []string{jsonBody(t, m), asciiJSONBody(m)} {
			// A JSON log line, and for the messages with no tab before a
			// word in lower case one of key=value pairs, which holds no
			// JSON's marks when the message has no quote and, as Go
			// escapes it, no letter beyond ASCII (see breakEscape).
			// Outside JSON the text as written is read too, and a
			// finding may take in the letter of an escape before it
			// ("\nghp_..."): there it must hold the value.
			line := `{"time":"2026-11-30T10:00:00Z","level":"INFO","body":"` + body + `"}`
			inJSON := true
			if k == 0 && !strings.Contains(m, "\tb") {
				line = `time=2026-11-30T10:00:00Z level=INFO body="` + body + `"`
				inJSON = false
			}
			got, err := d.Detect(ctx, line)
			require.NoError(t, err)
			checkInvariants(t, line, got)
			require.Len(t, got, len(want), "message %d", i)
			for k, f := range got {
				var v string
				require.NoError(t, json.Unmarshal([]byte(`"`+line[f.Start:f.End]+`"`), &v), "message %d finding %d", i, k)
				if w := m[want[k].Start:want[k].End]; (v != w && (inJSON || !strings.Contains(v, w))) || f.Type != want[k].Type {
					t.Errorf("message %d finding %d: %s at %d..%d, want %s at %d..%d of the message", i, k, f.Type, f.Start, f.End, want[k].Type, want[k].Start, want[k].End)
				}
			}
		}
	}
}

// TestDetectReadsEscapedChat is TestDetectReadsEscapedJSON for the chat
// corpus, two messages at a time joined by a line break.
func TestDetectReadsEscapedChat(t *testing.T) {
	lines := loadChat(t)
	d := defaultDetector(t)
	ctx := context.Background()
	differ := 0
	for i := 0; i+1 < len(lines); i += 2 {
		m := lines[i] + "\n" + lines[i+1]
		want, err := d.Detect(ctx, m)
		require.NoError(t, err)
		for _, body := range []string{jsonBody(t, m), asciiJSONBody(m)} {
			line := `{"msg":"` + body + `"}`
			got, err := d.Detect(ctx, line)
			require.NoError(t, err)
			same := len(got) == len(want)
			for k := 0; same && k < len(got); k++ {
				var v string
				same = json.Unmarshal([]byte(`"`+line[got[k].Start:got[k].End]+`"`), &v) == nil &&
					v == m[want[k].Start:want[k].End] && got[k].Type == want[k].Type
			}
			if !same {
				differ++
				t.Errorf("lines %d and %d: %d findings escaped, %d as they are", i, i+1, len(got), len(want))
			}
		}
	}
	assert.Zero(t, differ)
}

// FuzzUnescapeJSON checks, for arbitrary bytes, that a text escaped as a
// JSON string decodes back to itself with its offsets mapped, and that
// decoding the bytes themselves, escapes or not, maps every character
// back to bytes that decode to it.
func FuzzUnescapeJSON(f *testing.F) {
	for _, s := range escapedSeeds {
		f.Add(s)
	}
	f.Add("Zoë 😀 \x00 \"q\" \\ </>")
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := decodeAll(s)
		checkUnescape(t, s, got)
		u, shifts, _ := unescapeJSON(s)
		checkMapping(t, s, u, shifts)
		if i := strings.IndexByte(s, '\\'); i >= 0 && jsonEscaped(s, i) && u != got {
			t.Fatalf("unescapeJSON decoded %d bytes of JSON otherwise than decodeEscapes", len(s))
		}
		if utf8.ValidString(s) {
			checkUnescape(t, jsonBody(t, s), s)
			checkUnescape(t, asciiJSONBody(s), s)
		}
	})
}

// TestDetectOutsideJSONCoversRaw checks that a text that does not read as
// JSON loses nothing to its decoded breaks: every finding of the text read
// as written, after a decoded escape's letter it starts on, lies inside
// findings of Detect. The texts are the chat
// corpus's lines with "\n", "\r" or "\t" written into them at random
// places, and passwords and paths with backslashes.
func TestDetectOutsideJSONCoversRaw(t *testing.T) {
	e := defaultDetector(t)
	ctx := context.Background()
	texts := []string{
		`password: abc\nRoar99`, `pwd=hunter\rWord1!`, `password: Tiger\tXyz!9`, `password: Xy7\n\nNx`,
		`pwd=Hk2\r\nVbx!9`, `password: Ab!\nRoar99`, `password: zz.\t2024!`, `pwd=x;\nQ9#mLp`,
		`login user .\rsmith@corp.com failed`, `\\fs\Shared (HR)\nancy.wong@corp.com.pst`,
		`note=Regards,\nMaria Garcia\n`, `body="Thanks, Maria Garcia\t4111 1111 1111 1111"`,
	}
	rnd := rand.New(rand.NewPCG(14, 14))
	for _, l := range loadChat(t) {
		if strings.ContainsAny(l, "\\\"") {
			continue
		}
		b := []byte(l)
		for range 3 {
			p := rnd.IntN(len(b) + 1)
			b = append(b[:p], append([]byte{'\\', "nrt"[rnd.IntN(3)]}, b[p:]...)...)
		}
		texts = append(texts, string(b))
	}
	for i, text := range texts {
		got, err := e.Detect(ctx, text)
		require.NoError(t, err)
		checkInvariants(t, text, got)
		raw, err := e.detect(ctx, text)
		require.NoError(t, err)
		_, shifts, _ := unescapeJSON(text)
		for _, r := range raw {
			if breakLetterAt(shifts, r.Start) {
				r.Start++ // an escape's letter read as a word's
			}
			p := r.Start // covered up to p
			for _, f := range got {
				if f.Start <= p && f.End > p {
					p = f.End
				}
			}
			covered := p >= r.End
			if !covered {
				t.Errorf("text %d: %s at %d..%d, read as written, is not covered", i, r.Type, r.Start, r.End)
			}
		}
	}
}

func TestAddUncovered(t *testing.T) {
	fs := []Finding{{Type: "PASSWORD", Start: 10, End: 18, Score: 0.7}, {Type: "PERSON", Start: 21, End: 31, Score: 0.85}}
	raw := []Finding{
		{Type: "PASSWORD", Start: 10, End: 25, Score: 0.7}, // bridges both
		{Type: "PHONE_NUMBER", Start: 70, End: 80, Score: 0.6},
	}
	assert.Equal(t, []Finding{
		{Type: "PASSWORD", Start: 10, End: 21, Score: 0.7},
		{Type: "PERSON", Start: 21, End: 31, Score: 0.85},
		{Type: "PHONE_NUMBER", Start: 70, End: 80, Score: 0.6},
	}, addUncovered(fs, raw))
	assert.Equal(t, fs, addUncovered(fs, nil))
	shifts := []shift{{at: 41, by: 1}} // an escape at 40..42 decoded to one byte: its letter at 41
	assert.True(t, breakLetterAt(shifts, 41))
	assert.False(t, breakLetterAt(shifts, 40))
	assert.False(t, breakLetterAt(shifts, 42))
}

// TestDetectOutsideJSONKeepsTypes checks what the second reading of a
// text outside JSON may not do: change a finding's type, bring back a
// value of the allow list, or start a finding on an escape's letter.
func TestDetectOutsideJSONKeepsTypes(t *testing.T) {
	ctx := context.Background()
	e := defaultDetector(t)
	text := `password: Hunter2!,\nJohn Smith`
	got, err := e.Detect(ctx, text)
	require.NoError(t, err)
	require.Len(t, got, 2)
	assert.Equal(t, TypePassword, got[0].Type)
	assert.Equal(t, TypePerson, got[1].Type)
	assert.Equal(t, "John Smith", text[got[1].Start:got[1].End])

	allow, err := NewDetector(WithAllowList("support@example.com"))
	require.NoError(t, err)
	for _, text := range []string{`Thanks,\nsupport@example.com`, `Thanks,\tsupport@example.com`} {
		got, err := allow.Detect(ctx, text)
		require.NoError(t, err)
		assert.Empty(t, got, "text %d", len(text))
	}
	// A value the decoded reading does not find keeps what the other
	// found after the escape's letter.
	text = `Ausweis Nr. \t09117759 by mistake.`
	got, err = e.Detect(ctx, text)
	require.NoError(t, err)
	require.NotEmpty(t, got)
	assert.Equal(t, strings.Index(text, "09117759"), got[len(got)-1].Start)

	text = `Regards,\tbob@example.com`
	got, err = e.Detect(ctx, text)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "bob@example.com", text[got[0].Start:got[0].End])
}
