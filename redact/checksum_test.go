package redact

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The values below are synthetic or published specimen numbers (the test
// numbers of the issuing schemes), never real people's identifiers.

func TestChecksumPrimitives(t *testing.T) {
	assert.True(t, luhn("79927398713"))
	assert.False(t, luhn("79927398710"))
	assert.False(t, luhn("7992739871a"))
	assert.True(t, verhoeff("2363"))
	assert.False(t, verhoeff("2364"))
	assert.True(t, iso7064Mod1110("12345678903"))
	assert.False(t, iso7064Mod1110("12345678901"))
	assert.True(t, icaoCheck("L01X00T44"))
	assert.False(t, icaoCheck("L01X00T47"))
	assert.True(t, validDate(2000, 2, 29))
	assert.False(t, validDate(1900, 2, 29))
	assert.True(t, validDate(0, 2, 29))
	assert.False(t, validDate(0, 4, 31))
	assert.False(t, validDate(0, 13, 1))
	assert.Equal(t, "AB12", compact("ab-1.2"))
	assert.Equal(t, "", compact("ab#12"))
	assert.True(t, consistentSeparators("046 454 286"))
	assert.False(t, consistentSeparators("046-454 286"))
}

func TestChecksumValidators(t *testing.T) {
	cases := []struct {
		name    string
		fn      func(string) bool
		valid   []string
		invalid []string
	}{
		{"aba", validABARouting, []string{"121000358", "3222-7162-7", "011000015"}, []string{"421042111", "1234-0000-0", "121000359", "921000358"}},
		{"npi", validUSNPI, []string{"1234567893", "1245319599", "1234 567 893"}, []string{"1234567890", "3234567893", "1234-567 893"}},
		{"dea", validDEA, []string{"GL0285191", "BB1388568"}, []string{"BG8207031", "GL0285192", "1L0285191"}},
		{"uk_nhs", validUKNHS, []string{"401-023-2137", "0032698674", "943 476 5919"}, []string{"401-023-2138", "0000000000", "401-023 2137"}},
		{"uk_nino", validUKNINO, []string{"AA 12 34 56 B", "tw987654a", "PR 123612C"}, []string{"AA 12 34 56 H", "FQ 00 00 00 C", "BG123612A", "NT998877A", "AO123456A"}},
		{"uk_dl", validUKDrivingLicence, []string{"MORGA607054SM9IJ", "FO999512018AA1AB", "SMITH862310AB1CD"}, []string{"MORGA613054SM9IJ", "MORGA601004SM9IJ", "99999657054SM9IJ", "MO9G9657054SM9IJ"}},
		{"ca_sin", validCASIN, []string{"130 692 544", "347-677-452", "550090112"}, []string{"130 692 545", "046 454 286", "812 345 678", "111 111 111"}},
		{"au_abn", validAUABN, []string{"51 824 753 556", "51824753556"}, []string{"52 824 753 556", "00000000560"}},
		{"au_acn", validAUACN, []string{"000 000 019", "005 499 981", "006249976"}, []string{"824 753 557", "005 499 982"}},
		{"au_tfn", validAUTFN, []string{"876 543 210", "876543210"}, []string{"824 753 557", "876 543 211"}},
		{"au_medicare", validAUMedicare, []string{"2123 45670 1", "2123456701", "21234567011"}, []string{"2123 25870 1", "7123456701", "212345670221"}},
		{"de_tax_id", validDETaxID, []string{"12345678903", "98765432106"}, []string{"12345678901", "02345678903", "11111111111", "11112345678"}},
		{"de_vat_strict", validDEVATIDStrict, []string{"DE136695976", "de 136-695.976", "DE111111117"}, []string{"DE123456789", "AT123456789", "DE12345678"}},
		{"de_document", validDEDocument, []string{"C01234565", "F12345671", "CZ6311T03", "c01x00t41"}, []string{"C01234567", "A01234567", "901234567", "C0123456A"}},
		{"de_kvnr", validDEHealthInsurance, []string{"A000500015", "Z999999997", "a123456780"}, []string{"A123456787", "1123456780", "A12345678"}},
		{"de_rvnr", validDESocialSecurity, []string{"15070649C103", "65070803A019", "38551285K051"}, []string{"15070649C100", "15420649C103", "15071349C103", "150706491103"}},
		{"de_lanr", validDELANR, []string{"123456601", "987654401", "999999901"}, []string{"123456901", "234567601", "12345660a"}},
		{"de_bsnr", validDEBSNR, []string{"021234568", "991234567"}, []string{"000000000", "02123456A", "0212345689"}},
		{"de_tax_number", validDETaxNumber, []string{"0281508150123", "123/456/78901"}, []string{"1781508150001", "0081508150001"}},
		{"de_plz", validDEPLZ, []string{"10115", "01001", "99998"}, []string{"00000", "01000", "99999"}},
		{"es_nif", validESNIF, []string{"12345678Z", "55555555-K", "1111111-G"}, []string{"12345678A", "1234567"}},
		{"es_nie", validESNIE, []string{"X9613851N", "Y8063915-Z", "z8078221m"}, []string{"Y8063915Q", "W8063915Q"}},
		{"it_fiscal", validITFiscalCode, []string{"RSSMRA85T10A562S", "AAAAAA00B11C333Y", "RSSMRA85T1LA562S"}, []string{"RSSMRA85T00A562S", "RSSMRA85K10A562S", "A55AAA00B11C333N"}},
		{"it_vat", validITVAT, []string{"01333550323", "01333550_323"}, []string{"00000000000", "01333550324"}},
		{"pl_pesel", validPLPESEL, []string{"44051401458", "02070803628", "11111111116"}, []string{"44051401459", "11110021111", "44-051401458"}},
		{"se_pnr", validSEPersonnummer, []string{"189004119807", "871220-2384", "19910924-2397", "9201232387"}, []string{"19001309-2393", "200504422381", "871220-2385"}},
		{"se_org", validSEOrgNumber, []string{"212000-0142", "5567037485"}, []string{"556703-7486", "871220-2384"}},
		{"fi_hetu", validFIHETU, []string{"131052-308T", "010594Y9032", "020594X903P", "010516B903X"}, []string{"111111-111A", "310289-211C", "012245A110G", "131052/308T"}},
		{"es_nss", validESSocialSecurity, []string{"28/41920375/19", "281234567840", "28/1234567/42"}, []string{"28/41920375/18", "99/41920375/19", "2841920375"}},
		{"at_svnr", validATSocialSecurity, []string{"1798 120590", "1237010180"}, []string{"1238010180", "0237010180", "1237013280"}},
		{"fr_spi", validFRTaxID, []string{"37 05 044 357 021", "3705044357021"}, []string{"3705044357022", "4705044357021"}},
		{"be_eid", validBEIDCard, []string{"373-2535509-50", "373253550950"}, []string{"373-2535509-51", "000000000000"}},
		{"nl_vat_id", validNLVATID, []string{"NL526018159B18", "nl 083016613 b40", "NL0830.16.613.B40"}, []string{"NL526018159B19", "NL001234567B01", "NL000000000B01", "DE526018159B18"}},
		{"nl_id_doc", validNLIDDocument, []string{"XHH8D3JJ8", "nw3k81lp4"}, []string{"XHH8DOJJ8", "XHHHDXJJ8", "X11234567", "XHH8D3JJX"}},
		{"de_fs_card", validDEFuehrerscheinCard, []string{"B072RRE2I55", "J3E04H7KT93", "n10158y3121"}, []string{"B072RRE2I65", "Q072RRE2I55", "B072RRE2I5", "B072RRE2I5_"}},
		{"no_fnr", validNOFodselsnummer, []string{"15038512363", "230477 31097", "55107512488", "02020202001"}, []string{"15038512364", "15038512373", "32038512363", "1503851236"}},
		{"dk_cpr", validDKCPR, []string{"010190-1234", "2902001234", "3112991234"}, []string{"320190-1234", "011390-1234", "010190-123"}},
		{"pl_nip", validPLNIP, []string{"5260250920", "779-241-12-30", "123-45-63-218"}, []string{"5260250921", "0000000000", "526025092"}},
		{"pl_id_card", validPLIDCard, []string{"ABA300000", "AYD 412345", "cbl156789"}, []string{"ABA300001", "AB1300000", "ABA30000", "ABA3000000"}},
		{"nl_bsn", validNLBSN, []string{"111222333", "1234.56.782"}, []string{"111222334", "111111111"}},
		{"fr_nir", validFRNIR, []string{"255081416802538", "2 55 08 14 168 025 38", "1 84 12 2A 123 456 97"}, []string{"255081416802539", "355081416802538"}},
		{"in_aadhaar", validINAadhaar, []string{"312345678909", "3998 7654 3211", "3123:4567:8909"}, []string{"123456789012", "312345678908", "3123 4567-8909"}},
		{"in_gstin", validINGSTIN, []string{"27AAPFU0939F1ZV", "37ABCDE1234F1ZZ"}, []string{"00ABCDE1234F1Z5", "38ABCDE1234F1Z5", "27ABCDE1234F1Y5", "27AAPFU0939F1ZW"}},
		{"in_gstin_shape", validINGSTINShape, []string{"27ABCDE1234F1Z5", "07PQRST6789K1Z2"}, []string{"00ABCDE1234F1Z5", "38ABCDE1234F1Z5", "27ABCDE1234F1Y5", "27ABCD11234F1Z5"}},
		{"kr_rrn", validKRRRN, []string{"960121-1234567", "0005053637892"}, []string{"001332-1234567", "760413-5212134", "051102-9234110"}},
		{"kr_frn", validKRFRN, []string{"911124-5678901", "0509126000012"}, []string{"960121-1021413", "000402-2214431"}},
		{"kr_brn", validKRBRN, []string{"104-86-56659", "1048656659", "104-82-13138"}, []string{"104-86-56658", "123-45-67890", "104-8656659", "10486-56659"}},
		{"kr_dl", validKRDriverLicense, []string{"11-22-123456-12", "28 22 123456 12"}, []string{"99-22-123456-12", "11-22 123456-12"}},
		{"sg_nric", validSGNRIC, []string{"S2740116C", "F2346401L", "M4332674T"}, []string{"S2740116D", "A1234567Z"}},
		{"sg_plate", validSGPlate, []string{"SKV 2048 D", "FBA12L", "GBC 7 S"}, []string{"SKV 2048 E", "SKV 20481 D", "S 2048 D"}},
		{"sg_uen", validSGUEN, []string{"53125226D", "201434292D", "T16RF0037C"}, []string{"53125226E", "201434292E", "T16ZZ0037C"}},
		{"th_tnin", validTHTNIN, []string{"1234567890121", "1-2345-67890-12-1"}, []string{"1234567890123", "0234567890124", "1284567890124"}},
		{"tr_id", validTRNationalID, []string{"10000000146", "76543210794"}, []string{"10000000145", "02531814694", "00000000000"}},
		{"tr_plate", validTRPlateText, []string{"34 ABC 1234", "06 A 123", "34ABC1234", "34 abc 1234"}, []string{"82 ABC 123", "14 FEB 2024", "10 to 20", "34 WXQ 123", "34abc1234", "02aa1966"}},
		{"za_id", validZAID, []string{"8001015009087", "0002294321191"}, []string{"8001015009086", "9902294321191", "9913326789285"}},
		{"ph_tin", validPHTIN, []string{"000-123-456-000", "000123456"}, []string{"000-123-457-000", "600-000-000"}},
		{"br_cpf", validBRCPF, []string{"529.982.247-25", "11144477735"}, []string{"529.982.247-26", "111.111.111-11"}},
		{"br_cnpj", validBRCNPJ, []string{"11.222.333/0001-81", "11222333000181"}, []string{"11.222.333/0001-82", "00000000000000"}},
		{"it_id_card", validITIdentityCard, []string{"AA 1234567", "CA12345AB"}, []string{"is 5551234", "my 1234567"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, v := range c.valid {
				assert.True(t, c.fn(v), "want valid: %s", v)
			}
			for _, v := range c.invalid {
				assert.False(t, c.fn(v), "want invalid: %s", v)
			}
		})
	}
}

// TestChecksumPresidioVectors checks the validators against Presidio's
// validate_result vectors. null (no opinion) is skipped; for DE_VAT_ID,
// true must hold for the lenient and strict validators and false for the
// strict one, because Presidio's default mode returns null there.
func TestChecksumPresidioVectors(t *testing.T) {
	path := filepath.Join(corpusDir, "presidio", "presidio_validate_result_vectors.jsonl")
	f, err := os.Open(path)
	if err != nil {
		skipWithoutCorpus(t, path, err)
	}
	defer f.Close()

	validators := map[string][]func(string) bool{
		"DE_BSNR":             {validDEBSNR},
		"DE_HEALTH_INSURANCE": {validDEHealthInsurance},
		"DE_ID_CARD":          {validDEDocument},
		"DE_LANR":             {validDELANR},
		"DE_PASSPORT":         {validDEDocument},
		"DE_SOCIAL_SECURITY":  {validDESocialSecurity},
		"DE_TAX_ID":           {validDETaxID},
		"IN_GSTIN":            {validINGSTINShape},
		"PL_PESEL":            {validPLPESEL},
		"ZA_ID_NUMBER":        {validZAID},
		"TH_TNIN":             {validTHTNIN},
		"TR_LICENSE_PLATE":    {validTRLicensePlate},
		"TR_NATIONAL_ID":      {validTRNationalID},
	}
	sc := bufio.NewScanner(f)
	checked := 0
	for idx := 0; sc.Scan(); idx++ {
		var c struct {
			Entity   string `json:"entity"`
			Input    string `json:"input"`
			Expected *bool  `json:"expected"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c), "line %d", idx)
		if c.Expected == nil {
			continue
		}
		fns := validators[c.Entity]
		if c.Entity == "DE_VAT_ID" {
			if *c.Expected {
				fns = []func(string) bool{validDEVATID, validDEVATIDStrict}
			} else {
				fns = []func(string) bool{validDEVATIDStrict}
			}
		}
		for _, fn := range fns {
			checked++
			// Case index and type only: the inputs are PII-shaped.
			assert.Equal(t, *c.Expected, fn(c.Input), "%s case %d", c.Entity, idx)
		}
	}
	require.NoError(t, sc.Err())
	t.Logf("checked %d validate_result vectors", checked)
}

// FuzzChecksumValidators makes sure no validator panics on any input.
func FuzzChecksumValidators(f *testing.F) {
	f.Add("15070649C103")
	f.Add("DE 136-695.976")
	f.Add("")
	f.Add("ü1")
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range nationalRules {
			if r.Validate != nil {
				r.Validate(s)
			}
		}
	})
}
