package redact

import "testing"

// Tests of session 74's work on its Latin American Spanish set (s74_BO):
// customers in Mexico, Colombia, Argentina, Chile and Peru.

// TestCBUWithoutWordLatinOfSession74 checks an Argentine CBU whose word
// stands in the sentence before it or not at all, in a sentence that
// names an account, its holder or a transfer: twenty-two digits whose two
// check digits hold (ar_cbu). The controls: a check digit wrong, no word
// of a bank near, an order's number.
func TestCBUWithoutWordLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"para la devolución te pido el CBU. Listo, es 0140999800000123456784, titular Rocío Benítez", TypeBankAccount, "0140999800000123456784"},
		{"transferí a la cuenta 1910012400000987654326 y todavía no aparece", TypeBankAccount, "1910012400000987654326"},
	})
	wantNoneTyped(t, d, []typedText{
		{"transferí a la cuenta 1910012400000987654327 y todavía no aparece", TypeBankAccount},
		{"el código de barras 0140999800000123456784 no se lee", TypeBankAccount},
		{"pedido 0140999800000123456784 en camino", TypeBankAccount},
	})
}

// TestCBUAliasLatinOfSession74 checks the alias of an Argentine account,
// words joined by dots or hyphens after "alias", in a sentence that
// names the CBU, a wallet's CVU, an account or a transfer. The controls:
// an e-mail address after "alias", an alias with no account's word near,
// a shell's alias.
func TestCBUAliasLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Te transferí $ 12.000 a la cuenta (alias: techo.nube.silla) y no llegó", TypeBankAccount, "techo.nube.silla"},
		{"mi CVU no lo tengo a mano, usá el alias GATO-RIO-PAN", TypeBankAccount, "GATO-RIO-PAN"},
	})
	wantNoneTyped(t, d, []typedText{
		{"transferime y avisá al alias tomas.vidal@correo.com.ar", TypeBankAccount},
		{"mi apodo en el juego es alias: techo.nube.silla", TypeBankAccount},
		{"alias gs=git.status en la cuenta de prueba", TypeBankAccount},
	})
}

// TestCCILatinOfSession74 checks Peru's interbank account code after
// "CCI", whole or parted by hyphens into its bank, branch, account and
// check digits. The controls: a check digit wrong, other hyphens, no
// word.
func TestCCILatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"para la devolución mi CCI es 003-110-000987654321-47, a nombre de Raúl Quispe", TypeBankAccount, "003-110-000987654321-47"},
		{"CCI: 00311000098765432147", TypeBankAccount, "00311000098765432147"},
	})
	wantNoneTyped(t, d, []typedText{
		{"mi CCI es 003-110-000987654321-48", TypeBankAccount},
		{"mi CCI es 0031-10000-987654321-47", TypeBankAccount},
		{"guía 00311000098765432147 en tránsito", TypeBankAccount},
	})
}

// TestForeignerCardLatinOfSession74 checks Peru's carné de extranjería,
// nine digits after its words with or without their accents. The
// controls: too few digits, an order's number, no word.
func TestForeignerCardLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"soy colombiano y mi carné de extranjería es 000734519, para la línea", "PE_CARNE_EXTRANJERIA", "000734519"},
		{"Carnet de extranjeria N° 002904417", "PE_CARNE_EXTRANJERIA", "002904417"},
	})
	wantNoneTyped(t, d, []typedText{
		{"carné de extranjería 7345190", "PE_CARNE_EXTRANJERIA"},
		{"carné de extranjería listo, pedido 000734519", "PE_CARNE_EXTRANJERIA"},
		{"mi número es 000734519", "PE_CARNE_EXTRANJERIA"},
	})
}

// TestChileanIDSerialLatinOfSession74 checks the serial of Chile's
// identity card, nine digits in dotted threes, after "serie" or "número
// de documento". The controls: an amount of the same shape, a fourth
// group, no word.
func TestChileanIDSerialLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Tomás Ignacio Fuentes, serie 512.087.346, nací el 3 de mayo", "CL_ID_SERIAL", "512.087.346"},
		{"el número de documento de mi carnet es 600.214.907.", "CL_ID_SERIAL", "600.214.907"},
	})
	wantNoneTyped(t, d, []typedText{
		{"la deuda es de 512.087.346 pesos", "CL_ID_SERIAL"},
		{"serie 512.087.346.2", "CL_ID_SERIAL"},
		{"la serie de Netflix cuesta 12.990", "CL_ID_SERIAL"},
	})
}

// TestEsSaludAutogeneradoLatinOfSession74 checks the number EsSalud
// gives an insured person after "autogenerado": a date of birth, a
// digit, five capitals and three digits. The controls: a month that is
// none, no word.
func TestEsSaludAutogeneradoLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"mi autogenerado es 8104227QSVLM002 para sacar cita", TypeMemberID, "8104227QSVLM002"},
	})
	wantNoneTyped(t, d, []typedText{
		{"mi autogenerado es 8134227QSVLM002", TypeMemberID},
		{"el lote 8104227QSVLM002 llegó", TypeMemberID},
	})
}

// TestFonoLatinOfSession74 checks Chile's "Fono" as a phone's word and
// label, before a landline whose area code stands in brackets. The
// controls: a firm's 600 line after it, a number with no word.
func TestFonoLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Nombre: Ana Rojas\nFono: (2) 2718 4406\nCorreo: ana.r@correo.cl", TypePhoneNumber, "(2) 2718 4406"},
		{"fono 2718 4406 por si no contesto", TypePhoneNumber, "2718 4406"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Mesa central: Fono 600 410 2200.", TypePhoneNumber},
		{"caja (2) 2718 4406", TypePhoneNumber},
	})
}

// TestChileMobileLatinOfSession74 checks a Chilean mobile with its 9 set
// apart and two groups of four after a phone's word. The controls: the
// shape without a phone's word, another first digit.
func TestChileMobileLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"mi número es 9 7734 2210, llámame después", TypePhoneNumber, "9 7734 2210"},
		{"celular 9 5081 3369", TypePhoneNumber, "9 5081 3369"},
	})
	wantNoneTyped(t, d, []typedText{
		{"son 9 7734 2210 unidades", TypePhoneNumber},
		{"celular 8 7734 2210", TypePhoneNumber},
	})
}

// TestArgentineFifteenLatinOfSession74 checks an Argentine mobile whose
// 15 stands apart between the area code and the number ("11 15
// 4820-3316"), after a phone's word or a calling phrase. The controls:
// the shape without a word, groups of two at the end.
func TestArgentineFifteenLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"llamen al 11 15 4820-3316 cuando lleguen", TypePhoneNumber, "11 15 4820-3316"},
		{"cel 351 15 628-4417", TypePhoneNumber, "351 15 628-4417"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ref 11 15 4820-3316", TypePhoneNumber},
		{"cel 11 15 48-20-33", TypePhoneNumber},
	})
}

// TestPrepagaMemberLatinOfSession74 checks a member's number of an
// Argentine health plan in its four groups after "n° de socio" with the
// degree sign. The controls: four short groups, a date.
func TestPrepagaMemberLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"soy afiliada a la prepaga, n° de socio 08 771342 5 02, necesito", TypeMemberID, "08 771342 5 02"},
		{"n° de afiliado 61234567801", TypeMemberID, "61234567801"},
	})
	wantNoneTyped(t, d, []typedText{
		{"n° de socio 12 34 56 78", TypeMemberID},
		{"n° de socio desde 2019 03 12", TypeMemberID},
	})
}

// TestDistrictWordsLatinOfSession74 checks the districts that a word
// leads after the street and the flat, before the town and its postcode:
// Colombia's "barrio", Peru's "Urb.", Chile's "Villa". The controls:
// "villa" in lower case, a barrio's word in prose, where the address
// stops as before.
func TestDistrictWordsLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"la dirección es Cra 12 # 45-30 apto 201, barrio El Prado, Medellín 050012, preguntar", TypeStreetAddress, "Cra 12 # 45-30 apto 201, barrio El Prado, Medellín 050012"},
		{"Envíen a Calle Las Begonias 412, Urb. San Roque, Surco, Lima 15038, gracias", TypeStreetAddress, "Calle Las Begonias 412, Urb. San Roque, Surco, Lima 15038"},
		{"despacho a Calle Los Olmos 880, Villa Las Araucarias, Puente Alto, Santiago y avisen", TypeStreetAddress, "Calle Los Olmos 880, Villa Las Araucarias, Puente Alto, Santiago"},
	})
	wantTyped(t, d, []typedValue{
		{"vivo en Calle Los Olmos 880, villa bonita la verdad", TypeStreetAddress, "Calle Los Olmos 880"},
	})
}

// TestPasajeLatinOfSession74 checks "Pasaje" and its short forms as a
// street's designator. The control: "pasaje" as a ticket in prose.
func TestPasajeLatinOfSession74(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"la dirección es Pasaje Las Acacias 1290, Maipú, Santiago y el pedido", TypeStreetAddress, "Pasaje Las Acacias 1290, Maipú, Santiago"},
		{"entregar en Pje. Arica 221, Ñuñoa", TypeStreetAddress, "Pje. Arica 221, Ñuñoa"},
	})
	wantNoneTyped(t, d, []typedText{
		{"compré el pasaje 1290 para Santiago", TypeStreetAddress},
	})
}
