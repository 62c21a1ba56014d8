package redact

import (
	"testing"
)

// TestEmailFileName: an image file scaled for a screen ("icon@2x.png")
// has an '@' and a domain's shape, but its first label is a scale;
// addresses keep theirs.
func TestEmailFileName(t *testing.T) {
	cases := []struct{ text, want string }{
		{"see icon@2x.png in the repo", ""},
		{"logo@3x.webp is blurry", ""},
		{"write to zorvik@example.com", "zorvik@example.com"},
		{"a@b.io", "a@b.io"},
		{"ZT@EXAMPLE.PT", "ZT@EXAMPLE.PT"},
		{"ICON@2X.PNG in the bundle", ""},
		// A host whose first label reads like a scale is still a host.
		{"team@2x.io", "team@2x.io"},
		{"write to john@2x.example.com today", "john@2x.example.com"},
		{"contact rosa@1x.co.uk", "rosa@1x.co.uk"},
		{"schreib an ida@3x.de", "ida@3x.de"},
		{"écrivez à lucie@2x.fr", "lucie@2x.fr"},
		{"HELLO@4X.AGENCY", "HELLO@4X.AGENCY"},
		// Session 52: a service's mailbox written to is the firm's
		// (firmContact); these were "sales@", "info@" and "contact@".
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypeEmailAddress, c.want, "case %d: %s", i, c.text)
	}
}

// TestBareHostHyphenFirstLabel: a bare host whose first label has a
// hyphen is read from the start of that label, not from after the
// hyphen; hyphenated words that end no host stay words.
func TestBareHostHyphenFirstLabel(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Link: acme-shop.de/reset/AbC123xyz", "acme-shop.de/reset/AbC123xyz"},
		{"visit acme-corp.com/help", "acme-corp.com/help"},
		{"x-ray.example.com", "x-ray.example.com"},
		{"please e-mail me", ""},
		{"the follow-up. Next", ""},
	}
	d := defaultDetector(t)
	for i, c := range cases {
		wantValue(t, d, c.text, TypeURL, c.want, "case %d: %s", i, c.text)
	}
}
