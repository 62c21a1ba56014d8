package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 72 found in its Brazilian and European
// Portuguese blind set: addresses, documents, names and their
// look-alikes. Every name, number and address is invented.

// TestLongStreetNamePortugueseOfSession72 checks a Brazilian address
// whose street's name has five words before Brazil's comma and the
// number, after a designator written out or short: read whole from the
// street to the CEP. The control: four words were read before.
func TestLongStreetNamePortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Endereço: Rua Doutor Aurélio de Moura Campos, 314, apto 21, Jardim Paulista, São Paulo - SP, CEP 01425-030",
			TypeStreetAddress, "Rua Doutor Aurélio de Moura Campos, 314, apto 21, Jardim Paulista, São Paulo - SP, CEP 01425-030"},
		{"entregar na Av. Governador Amaral de Souza Peixoto, 1290, Centro, Niterói - RJ, 24020-072 por favor",
			TypeStreetAddress, "Av. Governador Amaral de Souza Peixoto, 1290, Centro, Niterói - RJ, 24020-072"},
		{"Endereço: Rua Aurélio de Moura Campos, 314, Jardim Paulista, São Paulo - SP, CEP 01425-030",
			TypeStreetAddress, "Rua Aurélio de Moura Campos, 314, Jardim Paulista, São Paulo - SP, CEP 01425-030"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Obrigado pela Ajuda de Todos Vocês Hoje, 314 pessoas", TypeStreetAddress},
	})
}

// TestBackHousePortugueseOfSession72 checks "fundos" after a Brazilian
// house number (the house at the back of the lot), which the address
// goes on past. The controls: "fundos" in prose after a number.
func TestBackHousePortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"eu moro na Rua das Acácias 412 fundos, Vila Nova, Campinas - SP, 13073-110 e nada chegou",
			TypeStreetAddress, "Rua das Acácias 412 fundos, Vila Nova, Campinas - SP, 13073-110"},
	})
	wantNoneTyped(t, d, []typedText{
		{"comprei 3 fundos de investimento ontem", TypeStreetAddress},
		{"tenho 2 fundos, Caixa e Itaú", TypeStreetAddress},
	})
}

// TestBareStatePortugueseOfSession72 checks the state's code bare after
// the town, with the CEP after it, maybe after a comma and its label
// ("Anápolis GO, cep 75110-210"). The control: without the CEP the town
// and the state stay out.
func TestBareStatePortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"moro na Rua dos Ipês 77, Setor Oeste, Anápolis GO, cep 75110-210 faz tempo",
			TypeStreetAddress, "Rua dos Ipês 77, Setor Oeste, Anápolis GO, cep 75110-210"},
		{"moro na Rua dos Ipês 77, Setor Oeste, Anápolis GO 75110-210 faz tempo",
			TypeStreetAddress, "Rua dos Ipês 77, Setor Oeste, Anápolis GO 75110-210"},
		{"moro na Rua dos Ipês 77, Setor Oeste, Anápolis GO faz tempo", TypeStreetAddress, "Rua dos Ipês 77, Setor Oeste"},
	})
}

// TestRGPortugueseOfSession72 checks São Paulo's RG after its word:
// eight digits dotted, a check digit after a dash, X for ten. The
// controls: a wrong check digit, a protocol's word, and Germany's "RG"
// (an invoice) before eight digits.
func TestRGPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"RG: 30.517.762-X SSP/SP", "BR_RG", "30.517.762-X"},
		{"vou mandar minha irmã buscar, RG 61.204.837-8. Pode ser?", "BR_RG", "61.204.837-8"},
		{"meu rg é 48.120.593-7 e o cpf já mandei", "BR_RG", "48.120.593-7"},
	})
	wantNoneTyped(t, d, []typedText{
		{"RG: 30.517.762-9 SSP/SP", "BR_RG"},
		{"protocolo 61.204.837-8", "BR_RG"},
		{"Rechnung RG 88120047 offen", "BR_RG"},
	})
}

// TestCNSPortugueseOfSession72 checks Brazil's health card (CNS, "cartão
// SUS") after its word: fifteen digits whose sum, weighted 15 down to 1,
// is a multiple of 11. The controls: a wrong check, an order's word.
func TestCNSPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"o cartão SUS dele é 702 4513 9688 0000, nasceu em 2020", "BR_CNS", "702 4513 9688 0000"},
		{"CNS: 165307248190002", "BR_CNS", "165307248190002"},
	})
	wantNoneTyped(t, d, []typedText{
		{"o cartão SUS dele é 702 4513 9688 0001", "BR_CNS"},
		{"pedido 702 4513 9688 0000", "BR_CNS"},
	})
}

// TestNISPortugueseOfSession72 checks Brazil's worker's number (NIS,
// PIS) after its word: eleven digits dotted 3-5-2-1, the last a check
// of the first ten weighted 3, 2, 9, 8, 7, 6, 5, 4, 3, 2. The controls: a
// wrong check digit, an order's word.
func TestNISPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"o app pede meu NIS, é esse aqui 205.44178.03-8 ?", "BR_NIS", "205.44178.03-8"},
		{"meu PIS 129.66083.14-1 tá com erro", "BR_NIS", "129.66083.14-1"},
	})
	wantNoneTyped(t, d, []typedText{
		{"meu PIS 129.66083.14-2 tá com erro", "BR_NIS"},
		{"pedido 129.66083.14-1", "BR_NIS"},
	})
}

// TestNameSuffixPortugueseOfSession72 checks a full name with the
// suffix that names a son after his grandfather, father or uncle
// ("Neto", "Júnior", "Sobrinho"), in capitals too as a passport prints
// it. The control: a name without one keeps its words.
func TestNameSuffixPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"nome igual no passaporte RENATO VIEIRA NETO. passagem comprada", TypePerson, "RENATO VIEIRA NETO"},
		{"o titular é Caio Mendes Júnior, cpf enviado", TypePerson, "Caio Mendes Júnior"},
		{"favorecido Paulo Henrique Castro Sobrinho, agência 0101", TypePerson, "Paulo Henrique Castro Sobrinho"},
		{"o titular é Caio Mendes, cpf enviado", TypePerson, "Caio Mendes"},
	})
}

// TestWordSurnamePortugueseOfSession72 checks a surname that the lists
// hold as a word ("Sales") after a known surname, at the clause's end.
// The control: the same word before a noun ("Sales team").
func TestWordSurnamePortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"favorecido Bruno Ribeiro Sales. comprovante anexo", TypePerson, "Bruno Ribeiro Sales"},
		{"favorecida Lúcia Rocha Sales, conta poupança", TypePerson, "Lúcia Rocha Sales"},
		{"please talk to Brian Walsh Sales team first", TypePerson, "Brian Walsh"},
	})
}

// TestVerbsAfterTitleAndHerePortugueseOfSession72 checks two Portuguese verbs
// that open a sentence and are no names: one after a title written in
// full and its full stop ("Perfeito, senhor. Confirmo ..."), and one
// before "aqui" that a conjunction or an article follows ("Vi aqui que
// ...", "Vimos aqui o pedido"). The controls: a name after an
// abbreviated title ("sra. Fernanda"), and a name before "aqui" that
// ends the clause or before Portugal's "aqui a falar".
func TestVerbsAfterTitleAndHerePortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Agente: Perfeito, senhor. Confirmo o cadastro.", TypePerson},
		{"Certo, senhora. Anotei o pedido.", TypePerson},
		{"Agente: Vi aqui que o seu limite mudou em 01/06.", TypePerson},
		{"Vimos aqui o pedido de ontem", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"falei com a sra. Fernanda ontem", TypePerson, "Fernanda"},
		{"Oi, Marcela aqui, tudo bem?", TypePerson, "Marcela"},
		{"Bom dia, Marcela aqui a falar", TypePerson, "Marcela"},
	})
}

// TestBankTransferAcronymPortugueseOfSession72 checks Brazil's bank transfers in
// capitals ("TED", "DOC") after an article or "via", which name no one.
// The controls: "TED" after the masculine article that Portuguese puts
// before a man's name, and as a signature's name.
func TestBankTransferAcronymPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"fiz uma TED de R$ 900,00 pra conta errada", TypePerson},
		{"mandei a TED ontem", TypePerson},
		{"paguei via DOC ontem", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"falei com o TED ontem", TypePerson, "TED"},
		{"Thanks, TED", TypePerson, "TED"},
	})
}

// TestJobTitleNounFirstPortugueseOfSession72 checks a signature's job title whose
// noun comes first, as Portuguese and Spanish write it ("Analista de
// Relacionamento", "Gerente de Cuentas"), which names no one. The
// controls: the name above the title, and a name after the job's noun.
func TestJobTitleNounFirstPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	sig := "Atenciosamente,\nRenata Tavares\nAnalista de Relacionamento\nBanco Exemplo S.A."
	require.Equal(t, []string{"Renata Tavares"}, valuesOf(t, d, sig, TypePerson))
	wantTyped(t, d, []typedValue{
		{"Renata Tavares\nConsultora de Atendimento\nBanco Exemplo S.A.", TypePerson, "Renata Tavares"},
		{"Inés Ortega\nGerente de Cuentas\nBanco Ejemplo S.A.", TypePerson, "Inés Ortega"},
		{"minha gerente Marta Lopes ligou hoje", TypePerson, "Marta Lopes"},
	})
}

// TestMercosulPlatePortugueseOfSession72 checks a Brazilian plate in one group
// (the Mercosul shape "RKT4B19" or the older "QSD7021") read whole
// before the car's model after it. The control: a first group that is
// no such plate before a longer run.
func TestMercosulPlatePortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"o motorista estava com o carro placa RKT4B19 Onix prata", TypeVehicleRegistration, "RKT4B19"},
		{"carro placa QSD7021 HB20 branco", TypeVehicleRegistration, "QSD7021"},
	})
	wantNoneTyped(t, d, []typedText{
		{"placa RKT4B19X 2024 nova", TypeVehicleRegistration},
		{"placa RK4B19 HB20 2024", TypeVehicleRegistration},
	})
}

// TestBrazilianPhoneShapesPortugueseOfSession72 checks Brazil's phones written
// with the trunk and the carrier's "xx" before the area code ("0xx31
// 3224-5071"), and a mobile with its 9 apart and the last four after a
// space ("11 9 7412 3380") after a phone's word. The controls: the
// carrier's "xx" before a short number, and the spaced mobile after an
// order's word.
func TestBrazilianPhoneShapesPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"me liga no 0xx31 3224-5071 depois das 18h", TypePhoneNumber, "0xx31 3224-5071"},
		{"fixo: 0XX11 3355-2187", TypePhoneNumber, "0XX11 3355-2187"},
		{"meu numero novo é 11 9 7412 3380, favor atualizar", TypePhoneNumber, "11 9 7412 3380"},
	})
	wantNoneTyped(t, d, []typedText{
		{"ref 0xx31 3224", TypePhoneNumber},
		{"pedido 11 9 7412 3380", TypePhoneNumber},
	})
}

// TestCEPAfterVerbPortugueseOfSession72 checks a CEP after "cep é" ("my CEP is").
// The control: Turkey's "cep" (a mobile) before a number that no CEP's
// eight digits make.
func TestCEPAfterVerbPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Oi, vcs entregam em Belém? Meu cep é 66055-140", TypeZipCode, "66055-140"},
	})
	wantNoneTyped(t, d, []typedText{{"cep é 0532 418 27 90", TypeZipCode}})
}

// TestCurrentAccountAfterCCPortugueseOfSession72 checks that Brazil's current
// account and its check digit after "cc" ("cc 0031275-6") are no
// Colombian cédula. The control: Colombia's "cc" before the number.
func TestCurrentAccountAfterCCPortugueseOfSession72(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{{"Bradesco ag 4410 cc 0031275-6, favorecido", "CEDULA"}})
	wantTyped(t, d, []typedValue{{"nombre y cc 1036648217 por favor", "CEDULA", "1036648217"}})
}
