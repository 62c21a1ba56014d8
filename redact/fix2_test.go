package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFix2PEMBlocks: only a whole block of published data (a public
// key, a certificate, a signature: base64 lines up to the footer of its
// own label) is passed over; another header is passed over alone, and
// the text after it is read as any other.
func TestFix2PEMBlocks(t *testing.T) {
	d := defaultDetector(t)
	token := "ghp_" + strings.Repeat("aB3dE6gH9k", 3) + "Zq7Xw2"
	cases := []struct {
		text string
		want map[string]string // type -> value that must be found
	}{
		{"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nHi, call me at +49 171 1234567 or mail jane.doe@example.com\n-----BEGIN PGP SIGNATURE-----\niQEz...\n-----END PGP SIGNATURE-----",
			map[string]string{TypePhoneNumber: "+49 171 1234567", TypeEmailAddress: "jane.doe@example.com"}},
		{"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nBitte ruft mich an: 0171 2345678, Lena Vogt\n-----BEGIN PGP SIGNATURE-----\n\niHUEARYKAB0WIQTbLh8kQm5nX2pVdWx3YzRtQ2ZhMQAKCRA\n=Xy7k\n-----END PGP SIGNATURE-----",
			map[string]string{TypePhoneNumber: "0171 2345678"}},
		{"-----BEGIN CERTIFICATE-----\nMIIB...\n(truncated)\n\nand the key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----",
			map[string]string{TypePrivateKey: "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"}},
		{"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\nwrite to jane.doe@example.com\n-----END PUBLIC KEY-----",
			map[string]string{TypeEmailAddress: "jane.doe@example.com"}},
		{"-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END PUBLIC KEY-----\nmail jane.doe@example.com",
			map[string]string{TypeEmailAddress: "jane.doe@example.com"}},
		{"The file starts with -----BEGIN CERTIFICATE----- and my token is " + token,
			map[string]string{TypeGitHubToken: token}},
		{"paste -----BEGIN PUBLIC KEY----- then my password is Hunter2x and my email jane.doe@example.com",
			map[string]string{TypePassword: "Hunter2x", TypeEmailAddress: "jane.doe@example.com"}},
		{"-----BEGIN X509 CRL----- then mail marco.rossi@example.it -----END X509 CRL-----",
			map[string]string{TypeEmailAddress: "marco.rossi@example.it"}},
		{"-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: see below\n\nmQENBGVkZXYBCAC7vbqajDhA2xGfYpNq8kR3L5mZcW9sT0uE1iH2oP4dJ6gF7yX8\nmy phone 06 12 34 56 78\n-----END PGP PUBLIC KEY BLOCK-----",
			map[string]string{TypePhoneNumber: "06 12 34 56 78"}},
		// An armor comment may name a person: it is read.
		{"-----BEGIN PGP SIGNATURE-----\nComment: ring me 06 12 34 56 78\n\niHUEARYKAB0WIQTbLh8kQm5nX2pVdWx3YzRtQ2ZhMQAKCRA\n-----END PGP SIGNATURE-----",
			map[string]string{TypePhoneNumber: "06 12 34 56 78"}},
		{"-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Jane Doe <jane.doe@example.com>\n\nmQENBGVkZXYBCAC7vbqajDhA2xGfYpNq8kR3L5mZcW9sT0uE1iH2oP4dJ6gF7yX8\n-----END PGP PUBLIC KEY BLOCK-----",
			map[string]string{TypeEmailAddress: "jane.doe@example.com"}},
		{"-----BEGIN PGP SIGNATURE-----\nComment: call me +49 171 2345678\n\niHUEARYKAB0WIQTbLh8kQm5nX2pVdWx3YzRtQ2ZhMQAKCRA\n-----END PGP SIGNATURE-----",
			map[string]string{TypePhoneNumber: "+49 171 2345678"}},
	}
	for _, c := range cases {
		for typ, want := range c.want {
			assert.Contains(t, valuesOf(t, d, c.text, typ), want, "%s in %q", typ, c.text)
		}
	}
	// Whole blocks of published data are passed over: nothing in them.
	for _, text := range []string{
		"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n-----END PUBLIC KEY-----",
		"-----BEGIN CERTIFICATE-----\r\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\r\nRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD\r\n-----END CERTIFICATE-----",
		`{"cert": "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\nRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD\n-----END CERTIFICATE-----\n"}`,
		"tls:\n  cert: |\n    -----BEGIN CERTIFICATE-----\n    MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n    RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD\n    -----END CERTIFICATE-----",
		"-----BEGIN PGP SIGNATURE-----\nVersion: GnuPG v2\n\niQEzBAEBCAAdFiEEu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u\n=Xy7k\n-----END PGP SIGNATURE-----",
		"-----BEGIN PGP SIGNATURE-----\nComment: GPGTools - https://gpgtools.org\n\niQEzBAEBCAAdFiEEu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n=Xy7k\n-----END PGP SIGNATURE-----",
		"-----BEGIN CERTIFICATE REQUEST-----\nMIICvDCCAaQCAQAwdzELMAkGA1UEBhMCVVMxDTALBgNVBAgMBFV0YWgxDzANBgNV\n-----END CERTIFICATE REQUEST-----",
		"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nThe release 2.14.3 is signed.\n-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEEu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n=Xy7k\n-----END PGP SIGNATURE-----",
		"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n(truncated)",
		"-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n",
		"-----BEGIN CERTIFICATE----- MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3Jl -----END CERTIFICATE-----",
	} {
		fs, err := d.Detect(context.Background(), text)
		require.NoError(t, err)
		assert.Empty(t, fs, "%q", text)
	}
}

// TestFormLabelsNoSpeaker: a form's field labels before ':' at a line's
// start name no speaker.
func TestFormLabelsNoSpeaker(t *testing.T) {
	d := defaultDetector(t)
	for _, label := range []string{"Comment", "Comments", "Remarks", "Feedback", "Description", "Details", "Summary", "Reason"} {
		text := label + ": nice tool, works well"
		assert.Empty(t, valuesOf(t, d, text, TypePerson), "%q", text)
	}
	assert.Equal(t, []string{"Jane"}, valuesOf(t, d, "Jane: nice tool, works well", TypePerson))
}
