package redact

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSupportChatDecoys checks that order, booking, logistics, product and
// log numbers a support chat quotes are not taken for national
// identifiers. Each value passes the named rule's pattern and checksum;
// only the word beside it (a negative context word) tells it apart.
func TestSupportChatDecoys(t *testing.T) {
	d := defaultDetector(t)
	cases := []struct{ rule, text string }{
		{"aba_routing_number", "room 106, booking 704488164"},
		{"au_abn", "Bestellnummer 42762029913"},
		{"au_acn", "barcode 361119833"},
		{"au_medicare", "timestamp 6639389330"},
		{"au_tfn", "room 846, booking 575278669"},
		{"ca_sin", "PO 938097045"},
		{"de_health_insurance", "the P138551680 variant"},
		{"de_id_card", "the L46393404 variant"},
		{"de_id_card", "(94) pieces, lot G10989247"},
		{"de_lanr", "Bestellnummer 345655304"},
		{"de_tax_id", "Kundennummer 24736275461"},
		{"de_tax_number", "EAN 1380081854885 on the box"},
		{"in_aadhaar", "UPC 349955692090"},
		{"in_aadhaar", "booking 2845-4841-0098"},
		{"it_vat_code", "receipt no 52669729098"},
		{"kr_brn", "DHL waybill 7016895008 is stuck in customs"},
		{"kr_brn", "Klant: factuurnummer 2024100384"},
		{"kr_brn", "número de cliente 2024100384"},
		{"se_organisationsnummer", "numéro de dossier 8444671146"},
		{"de_lanr", "trackingnummer 719239692"},
		{"de_tax_id", "trackingnummer: 28057889145"},
		{"in_aadhaar", "pakketnummer 854659255176"},
		{"pl_pesel", "pakketnummer: 64032004847"},
		{"ca_sin", "Transaktionsnummer 272052143"},
		{"ca_sin", "transactienummer: 472737287"},
		{"au_medicare", "número de localizador 4933633878"},
		{"uk_nhs", "número de encomenda 3254282116"},
		{"kr_driver_license", "Claim 152311368070 is pending"},
		{"kr_driver_license", "UPC 143950129519"},
		{"kr_driver_license", "> MAC 123456789012"},
		{"kr_driver_license", "router mac address: 121234567890"},
		{"de_tax_number", "ts=1632900000123"},
		{"de_tax_number", `{"created_at": 1632900000123, "id": 7}`},
		{"th_tnin", "created_at: 1612345678901"},
		{"de_tax_number", "timestamp 1632900000123"},
		{"kr_frn", "barcode 5503176250962"},
		{"kr_rrn", "epoch ms 8502081626549"},
		{"se_organisationsnummer", "DHL waybill 8444671146 is stuck in customs"},
		{"se_personnummer", "membership number 3312161817"},
		{"th_tnin", "epoch ms 2233407883557"},
		{"uk_nhs", "loyalty card 2721925288"},
		{"uk_nino", "MH368931B is the model"},
		{"uk_postcode", "Booking reference B3C5NZ for the flight"},
		{"us_npi", "membership number 1875244950"},
		// Payment, refund and subscription numbers, and "<noun> id".
		{"ph_tin", "order ID: 158-314-708-1397"},
		{"ph_tin", "user id 125-642-895-5031"},
		{"ph_tin", "account ID 385-033-321-6650"},
		{"th_tnin", "payment 2225027916391 declined"},
		{"th_tnin", "payment ID 8754664209745"},
		{"de_tax_number", "subscription 1164867949533 renewed"},
		{"de_tax_number", "delivery 9574087297639"},
		{"de_tax_number", "request 1174815841895 failed"},
		{"kr_rrn", "quote 5608304426848 attached"},
	}
	rules := map[string]Rule{}
	for _, r := range DefaultRules() {
		rules[r.Name] = r
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			// A decoy is one only if the rule would take it without the
			// word beside it.
			r, ok := rules[c.rule]
			require.True(t, ok, "no rule %s", c.rule)
			m := newNationalMatcher(t, r)
			assert.NotEmpty(t, m.findAt(c.text, 0), "%s does not match %q: no decoy of it", c.rule, c.text)
			fs, err := d.Detect(context.Background(), c.text)
			require.NoError(t, err)
			for _, f := range fs {
				assert.NotEqual(t, c.rule, f.Recognizer, "decoy %q taken for an identifier", c.text)
			}
		})
	}
}

// TestSupportChatDecoysKeepIdentifiers checks that an identifier next to
// its own context word is still found when a decoy word is near too.
func TestSupportChatDecoysKeepIdentifiers(t *testing.T) {
	d := defaultDetector(t)
	cases := []struct{ typ, text, want string }{
		{"UK_NHS", "about my booking: my NHS number is 401-023-2137", "401-023-2137"},
		{"AU_TFN", "for the claim, my TFN is 876 543 210", "876 543 210"},
		{"UK_NINO", "re the order, nino: PR 123612C", "PR 123612C"},
		{"IN_AADHAAR", "aadhaar 3123-4567-8909", "3123-4567-8909"},
		{"AU_MEDICARE", "Medicare card 2123 45670 1", "2123 45670 1"},
		{"KR_BRN", "factuurnummer 12, BRN 1048656659", "1048656659"},
		{"PL_PESEL", "pakketnummer 12, PESEL 64032004847", "64032004847"},
		{"KR_DRIVER_LICENSE", "new Mac, driver's license 13-22-123456-12", "13-22-123456-12"},
		{"DE_TAX_NUMBER", "ts ok, Steuernummer 1681508150001", "1681508150001"},
		{"PH_TIN", "for the refund, my TIN is 000-123-456-000", "000-123-456-000"},
		{"PH_TIN", "order 12: Tax ID 000-123-456-001", "000-123-456-001"},
	}
	for _, c := range cases {
		t.Run(c.typ, func(t *testing.T) {
			assert.Equal(t, []string{c.want}, valuesOf(t, d, c.text, c.typ))
		})
	}
}

func TestGroupedAsWritten(t *testing.T) {
	for s, want := range map[string]bool{
		"4010232137":   true,
		"401 023 2137": true,
		"401-023-2137": true,
		"401023-2137":  false,
		"401 023-2137": false,
		"401 0232137":  false,
	} {
		assert.Equal(t, want, groupedAsWritten(s, 3), s)
	}
}
