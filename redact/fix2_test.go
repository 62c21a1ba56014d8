package redact

import (
	"context"
	"fmt"
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
	d, err := NewDetector()
	require.NoError(t, err)
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

// TestFix2TableHeader: the header of a table is the line of header
// cells nearest above the rows, not prose above the table, and a header
// cell is read as its phrase.
func TestFix2TableHeader(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	for _, c := range []struct{ text, want string }{
		// Prose above the table is no header.
		{"Hi, here is the order list:\nname,phone\nJane,0612345678", "0612345678"},
		{"Tom, about the order:\nname,phone\nJane,0612345678", "0612345678"},
		{"Hola, ¿te paso el pedido?\nnombre;teléfono\nLucía;612345678", "612345678"},
		{"Hi, Tom\norder,phone\n0612345678,", ""},
		{"Hi, here is the list:\norder,phone\n0612345678,\n", ""},
		{"Hallo, hier die Bestellungen:\n| Bestellung | Telefon |\n|---|---|\n| 0612345678 | – |", ""},
		// A cell of several words is read as its phrase: "customer
		// number" names a customer's number, not a phone's.
		{"name,Customer number\nJane,4481229133", ""},
		{"name,Member number\nJane,4481229133", ""},
		{"name,ID number\nJane,4481229133", ""},
		{"name,Account number\nJane,4481229133", ""},
		{"Name;Kunden Nummer\nLena;4481229133", ""},
		{"name,Phone number\nJane,0612345678", "0612345678"},
		{"name,Mobile number\nJane,0612345678", "0612345678"},
		{"name,Contact number\nJane,0612345678", "0612345678"},
		{"Nom;Numéro client\nLéa;4481229133", ""},
		// Other shapes of a header: quoted, CRLF, counted cells, a
		// value missing in the row above.
		{"\"name\",\"order\",\"phone\"\r\n\"Jane\",\"0612345678\",\"\"\r\n", ""},
		{"Name,Given Name,Phone 1 - Type,Phone 1 - Value\nKim Berg,Kim,Mobile,0612345678", "0612345678"},
		{"Name,Phone 1 - Type,Order 1 - Value\nKim Berg,Mobile,0612345678", ""},
		{"order,phone,total\n,,12.00\n0612345678,,129.99", ""},
		// A row of words above is a row, not the header, when the header
		// is above it.
		{"| Bestellung | Telefon |\n|---|---|\n| 0612345679 | – |\n| 0612345678 | – |", ""},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "%q", c.text)
	}
	// Every row of a long file reaches its header.
	var order, phone strings.Builder
	order.WriteString("order,phone,total\n")
	phone.WriteString("name,phone,city\n")
	for k := 0; k < 24; k++ {
		fmt.Fprintf(&order, "06123456%02d,,129.99\n", k)
		fmt.Fprintf(&phone, "Kim %c,06123456%02d,Lyon\n", 'A'+k, k)
	}
	got := valuesOf(t, d, order.String(), TypePhoneNumber)
	assert.Empty(t, got, "order numbers of a long file")
	got = valuesOf(t, d, phone.String(), TypePhoneNumber)
	assert.Len(t, got, 24, "phones of a long file")
}

// TestFix2HeaderLine: what reads as the header of a table and what as
// prose or a row of values.
func TestFix2HeaderLine(t *testing.T) {
	for _, c := range []struct {
		line string
		d    byte
		want bool
	}{
		{"name,phone", ',', true},
		{"Name;Kunden Nr.;Telefon", ';', true},
		{"| Bestellung | Telefon | Betrag |", '|', true},
		{"Name,Phone 1 - Type,Phone 1 - Value", ',', true},
		{"\"Nom\",\"Téléphone\"", ',', true},
		{"Hi, here is the order list:", ',', false},
		{"Tom, about the order.", ',', false},
		{"Hola, ¿te paso el pedido?", ',', false},
		{"Hi, Tom", ',', false},
		{"Thanks for the order, Tom", ',', false},
		{"Hallo, anbei die Liste", ',', false},
		{"Jane,0612345678", ',', false},
		{"|---|---|", '|', false},
		{"2025-03-03,Lyon", ',', false},
	} {
		assert.Equal(t, c.want, headerLine(c.line, 0, len(c.line), c.d, 1), "%q", c.line)
	}
}

// TestFix2PrivateKeyEnd: a private key ends at the footer of its own
// label, or without one at the end of its base64 lines: it takes in no
// other block and no prose after its header.
func TestFix2PrivateKeyEnd(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	const body = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun"
	for _, c := range []struct {
		text string
		want map[string]string
	}{
		{"paste -----BEGIN RSA PRIVATE KEY----- then my password is Hunter2x and my email jane.doe@example.com",
			map[string]string{TypePassword: "Hunter2x", TypeEmailAddress: "jane.doe@example.com", TypePrivateKey: "-----BEGIN RSA PRIVATE KEY-----"}},
		{"-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n(cut here)\nmail jane.doe@example.com\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
			map[string]string{TypeEmailAddress: "jane.doe@example.com", TypePrivateKey: "-----BEGIN RSA PRIVATE KEY-----\n" + body}},
		{"-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n...\n-----END RSA PRIVATE KEY-----",
			map[string]string{TypePrivateKey: "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n...\n-----END RSA PRIVATE KEY-----"}},
		{"-----BEGIN EC PRIVATE KEY----- " + body + " " + body[:20],
			map[string]string{TypePrivateKey: "-----BEGIN EC PRIVATE KEY----- " + body + " " + body[:20]}},
		{"-----BEGIN EC PRIVATE KEY----- " + body + " -----END EC PRIVATE KEY----- thanks",
			map[string]string{TypePrivateKey: "-----BEGIN EC PRIVATE KEY----- " + body + " -----END EC PRIVATE KEY-----"}},
	} {
		for typ, want := range c.want {
			assert.Equal(t, []string{want}, valuesOf(t, d, c.text, typ), "%s in %q", typ, c.text)
		}
	}
}
