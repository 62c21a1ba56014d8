package redact

import "testing"

// Tests of what session 73 found in its European Portuguese support
// chat (AU): documents, plates, supply points and addresses.

// TestCitizenCardPortugueseOfSession73 checks Portugal's citizen card
// written whole in its three groups with no word before it (a customer's
// answer alone on its line), and the civil number with its check digit
// alone after the card's word ("CC 17254039 9"). The controls: a wrong
// civil check digit (with the card's own check made to pass), a wrong
// card check, the number glued with no word, and the civil number with
// a wrong check digit or before the card's version in no shape of the
// card.
func TestCitizenCardPortugueseOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"[11:25] Cliente: 30718426 9 ZX6", "PT_CITIZEN_CARD", "30718426 9 ZX6"},
		{"o do meu filho é 17254039 9 ZX8, serve?", "PT_CITIZEN_CARD", "17254039 9 ZX8"},
		{"NIF 123456789, CC 17254039 9 válido até 03/2031", "PT_CITIZEN_CARD", "17254039 9"},
		{"cartão de cidadão nº 40127763 1, NIF a seguir", "PT_CITIZEN_CARD", "40127763 1"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Cliente: 30718426 8 ZX8", "PT_CITIZEN_CARD"},
		{"Cartão de cidadão 30718426 8 ZX8", "PT_CITIZEN_CARD"},
		{"Cliente: 30718426 9 ZX7", "PT_CITIZEN_CARD"},
		{"Cliente: 307184269ZX6", "PT_CITIZEN_CARD"},
		{"CC 17254039 8 válido até 03/2031", "PT_CITIZEN_CARD"},
		{"CC dele 17254039 9 ZZ1 8. Precisa de autorização?", "PT_CITIZEN_CARD"},
		{"encomenda 17254039 9 enviada", "PT_CITIZEN_CARD"},
	})
	// Colombia's cédula after "CC" keeps its reading.
	wantTyped(t, d, []typedValue{
		{"nombre yeison cc 1036648217 dir Cra 45", "CEDULA", "1036648217"},
	})
}

// TestSocialSecurityPortugueseOfSession73 checks a NISS that opens with
// 2 after the social security's words. The controls: a wrong check
// digit, and the number with no word.
func TestSocialSecurityPortugueseOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"mudei de casa. nº segurança social 20317458625", "PT_NISS", "20317458625"},
		{"NISS 12046388156", "PT_NISS", "12046388156"},
	})
	wantNoneTyped(t, d, []typedText{
		{"nº segurança social 20317458626", "PT_NISS"},
		{"encomenda 20317458625 enviada", "PT_NISS"},
	})
}

// TestThisOnePortugueseOfSession73 checks a health service's user
// number given in the next sentence that asks whether it is this one
// ("pede o nº de utente. é este 291044718?"). The controls: a word
// between "é este" and the number, the question after another kind's
// word, and no number after it.
func TestThisOnePortugueseOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"marquei consulta e pedem o nº de utente. é este 291044718?", TypeMemberID, "291044718"},
		{"O meu número de utente? é esta 291044718", TypeMemberID, "291044718"},
	})
	wantNoneTyped(t, d, []typedText{
		{"pede o nº de utente. é este o problema 291044718", TypeMemberID},
		{"não sei a conta. é este 291044718?", TypeMemberID},
		{"o nº de utente. é este mesmo?", TypeMemberID},
	})
}

// TestCarPlatesPortugueseOfSession73 checks Portugal's plates after the
// car's noun ("carro", "veículo"), the shape since 2020 ("AB-12-CD") and
// the older ones. The controls: a car's model after the noun, three
// pairs of one kind, a plate in lower case, and a rental fleet's
// "viatura".
func TestCarPlatesPortugueseOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"bom dia o meu carro BX-36-TQ passou na portagem", TypeVehicleRegistration, "BX-36-TQ"},
		{"Para o veículo BX-36-TQ confirmamos a devolução", TypeVehicleRegistration, "BX-36-TQ"},
		{"o meu carro 27-LR-45 ficou na garagem", TypeVehicleRegistration, "27-LR-45"},
		{"Para o veículo LR-45-27 foi emitida a fatura", TypeVehicleRegistration, "LR-45-27"},
	})
	wantNoneTyped(t, d, []typedText{
		{"o carro A4 TDI avariou na autoestrada", TypeVehicleRegistration},
		{"o meu carro é um Golf GTI, está na oficina", TypeVehicleRegistration},
		{"o carro AB-CD-EF", TypeVehicleRegistration},
		{"o carro 12-34-56", TypeVehicleRegistration},
		{"o carro bx-36-tq", TypeVehicleRegistration},
		{"danos na viatura BC-12-DE durante o aluguer", TypeVehicleRegistration},
	})
}

// TestSupplyPointPortugueseOfSession73 checks Portugal's electricity
// supply point (CPE) after its word, in groups of four or glued. The
// controls: wrong control letters, no word, and spaces in some groups
// only.
func TestSupplyPointPortugueseOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"quero mudar o contrato. CPE PT 0002 0000 7143 8210 PY, potência 6,9 kVA", TypeUtilityMeter, "PT 0002 0000 7143 8210 PY"},
		{"o código CPE é PT0002000093016654PB", TypeUtilityMeter, "PT0002000093016654PB"},
	})
	wantNoneTyped(t, d, []typedText{
		{"CPE PT 0002 0000 7143 8210 PF", TypeUtilityMeter},
		{"referência PT 0002 0000 7143 8210 PY", TypeUtilityMeter},
		{"CPE PT 0002 00007143 8210 PY", TypeUtilityMeter},
	})
}

// TestNewAddressPortugueseOfSession73 checks an address after "nova
// morada" or "novo endereço" with no colon, which opens with no street's
// word ("Urbanização ..."). The controls: the label before a word in
// lower case, before a capitalised word of the sentence, and "morada"
// with no "nova" and no colon.
func TestNewAddressPortugueseOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"mudei de casa. nova morada Urbanização Vale do Sol, Lote 7, 2.º Dto, 2790-045 Carnaxide. obrigado", TypeStreetAddress, "Urbanização Vale do Sol, Lote 7, 2.º Dto, 2790-045 Carnaxide"},
		{"novo endereço Condomínio Vale Verde, Bloco 4, 4450-001 Matosinhos", TypeStreetAddress, "Condomínio Vale Verde, Bloco 4, 4450-001 Matosinhos"},
	})
	wantNoneTyped(t, d, []typedText{
		{"a nova morada fica perto do centro", TypeStreetAddress},
		{"já tenho nova morada Obrigado pela ajuda", TypeStreetAddress},
		{"a morada Urbanização Vale do Sol está certa?", TypeStreetAddress},
	})
}

// TestDrivingLicencePortugueseOfSession73 checks Portugal's driving
// licence (a district's letters, a hyphen, digits and a digit apart)
// after "carta" or "carta de condução". The controls: no licence's
// word, and another group of digits after it.
func TestDrivingLicencePortugueseOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"tenho de atualizar os dados no seguro. nova carta P-3045187 2", "DRIVER_LICENSE", "P-3045187 2"},
		{"Carta de condução n.º AV-204518 6, válida até 2031", "DRIVER_LICENSE", "AV-204518 6"},
	})
	wantNoneTyped(t, d, []typedText{
		{"referência P-3045187 2", "DRIVER_LICENSE"},
		{"carta de condução P-3045187 2 3", "DRIVER_LICENSE"},
	})
}

// TestLoginAsPortugueseOfSession73 checks a username after "login como"
// and "entrar como" ("log in as"). The controls: a role or a name after
// the same words.
func TestLoginAsPortugueseOfSession73(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"estou a tentar fazer login como rita_m1987 e diz que a conta está bloqueada", TypeUsername, "rita_m1987"},
		{"tentei entrar como nuno.alves77 mas não dá", TypeUsername, "nuno.alves77"},
	})
	wantNoneTyped(t, d, []typedText{
		{"consegui entrar como convidado", TypeUsername},
		{"fiz login como administrador mas", TypeUsername},
		{"login como Maria Silva", TypeUsername},
	})
}
