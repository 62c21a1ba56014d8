package redact

import "testing"

// Tests of what session 75 found in the gaps of its Brazilian blind set
// (WhatsApp-style support of shops and banks).

// TestVoterCardOfSession75 checks Brazil's voter card number (título de
// eleitor) after its word, in groups of four or glued, with its two
// check digits and its state's code. The controls: a check digit
// wrong, a state's code out of range (29), and the same digits after an
// order's word.
func TestVoterCardOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"pediram o titulo de eleitor, o meu é 2761 0447 0515, zona 12 seção 88", "BR_VOTER_ID", "2761 0447 0515"},
		{"Título eleitoral 509312810400 se precisar", "BR_VOTER_ID", "509312810400"},
		{"meu título de eleitor: 7715 2030 0116", "BR_VOTER_ID", "7715 2030 0116"},
	})
	wantNoneTyped(t, d, []typedText{
		{"pediram o titulo de eleitor, o meu é 2761 0447 0516", "BR_VOTER_ID"},
		{"título de eleitor 2761 0447 2915", "BR_VOTER_ID"},
		{"pedido 2761 0447 0515 saiu hoje", "BR_VOTER_ID"},
	})
}

// TestMobileNineApartOfSession75 checks a Brazilian mobile written with
// its area code and the mobile's 9 set apart, the last four after a
// dash ("21 9 9755-3018"), which no other plan writes: a phone without
// a phone's word. The controls: the same groups without the dash, and
// with a first digit other than 9 in the lone group.
func TestMobileNineApartOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"31 9 8642-1175 é da minha irmã, pode ligar", TypePhoneNumber, "31 9 8642-1175"},
		{"deixa com a portaria ou 11 9 7310-2284", TypePhoneNumber, "11 9 7310-2284"},
	})
	wantNoneTyped(t, d, []typedText{
		{"itens 31 9 8642 1175 no estoque", TypePhoneNumber},
		{"itens 31 5 8642-1175 no estoque", TypePhoneNumber},
	})
}

// TestCodeThatArrivedOfSession75 checks a one-time code of six digits,
// maybe typed one by one, right after a clause that says it came
// ("o código q chegou por sms 5 1 8 2 7 4", "el código que me llegó
// 302918", "the code I got by text 774120"), with chat's "q" for
// "que". The controls: a code that came in a box (no verb of arrival),
// and four digits after the clause.
func TestCodeThatArrivedOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"me pediram o código q chegou por sms 5 1 8 2 7 4, eu passei", TypePassword, "5 1 8 2 7 4"},
		{"o codigo que chegou 604213 não funciona", TypePassword, "604213"},
		{"el código que me llegó 302918 no sirve", TypePassword, "302918"},
		{"the code I got by text 774120 does not work", TypePassword, "774120"},
	})
	wantNoneTyped(t, d, []typedText{
		{"o código que veio na caixa 604213", TypePassword},
		{"o código que chegou 6042 não funciona", TypePassword},
	})
}

// TestUserNameInAppOfSession75 checks a user name after Portuguese "no"
// ("in the") and the app's noun, as after "na": "meu usuário no app é
// ...". The controls: English "no" and a word that is no user name's.
func TestUserNameInAppOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"meu usuario no app é tatizinha_sp07, fiz um pedido", TypeUsername, "tatizinha_sp07"},
		{"o meu login no site é marcos.reis88", TypeUsername, "marcos.reis88"},
	})
	wantNoneTyped(t, d, []typedText{
		{"my password no longer works", TypePassword},
		{"meu usuario no app não funciona", TypeUsername},
	})
}

// TestTradeWordAloneOfSession75 checks that a shop's or a trade's word
// alone names no firm: a bank's branch label before its number
// ("Agência 1473"), "a Farmácia fechou". The control: the word before
// a family name stays a firm ("Pharmacie Mercier").
func TestTradeWordAloneOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"Banco 033\nAgência 2291\nConta corrente 4471-2", TypeOrganization},
		{"ontem a Farmácia fechou cedo", TypeOrganization},
		{"Loja 14 do shopping", TypeOrganization},
	})
	wantTyped(t, d, []typedValue{
		{"Pharmacie Mercier est fermée", TypeOrganization, "Pharmacie Mercier"},
	})
}

// TestTownStateGluedOfSession75 checks a Brazilian address whose town
// has its state glued with a hyphen before a comma or the CEP ("Belo
// Horizonte-MG, CEP ...", "Rio de Janeiro-RJ, ..."), read whole. The
// controls: a hyphenated word that no address's chain reaches, and a
// code that is no state's.
func TestTownStateGluedOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"o novo é Rua Itapeva, 418, apto 52, Savassi, Belo Horizonte-MG, CEP 30140-061. pode alterar?", TypeStreetAddress, "Rua Itapeva, 418, apto 52, Savassi, Belo Horizonte-MG, CEP 30140-061"},
		{"entregar na Rua das Laranjeiras, 77, Centro, Rio de Janeiro-RJ, 20040-020", TypeStreetAddress, "Rua das Laranjeiras, 77, Centro, Rio de Janeiro-RJ, 20040-020"},
	})
	wantNoneTyped(t, d, []typedText{
		{"o modelo Horizonte-MG, da linha nova", TypeStreetAddress},
	})
	wantTyped(t, d, []typedValue{
		{"o novo é Rua Itapeva, 418, apto 52, Savassi, Belo Horizonte-XY, CEP 30140-061. pode alterar?", TypeStreetAddress, "Rua Itapeva, 418, apto 52, Savassi"},
	})
}

// TestSuperquadraOfSession75 checks Brasília's addresses, whose
// superquadra's code and number stand for the street before the block
// and the flat ("SQS 114 Bloco D apto 301, Asa Sul, Brasília-DF, ...").
// The controls: the code and a number without a block (a queue's, a
// model's), and in lower case.
func TestSuperquadraOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Segue meu endereço: SQS 114 Bloco D apto 301, Asa Sul, Brasília-DF, 70377-040. Att", TypeStreetAddress, "SQS 114 Bloco D apto 301, Asa Sul, Brasília-DF, 70377-040"},
		{"moro na SQN 215 bloco A apto 102, Asa Norte, Brasília - DF", TypeStreetAddress, "SQN 215 bloco A apto 102, Asa Norte, Brasília - DF"},
	})
	wantNoneTyped(t, d, []typedText{
		{"the SQS queue holds 308 messages", TypeStreetAddress},
		{"SQS 308 messages were dropped", TypeStreetAddress},
		{"sqs 308 bloco c", TypeStreetAddress},
	})
}

// TestHealthPlanCardWordOfSession75 checks a health plan's member number
// after "carteirinha" alone, the plan's card. The control: the word
// before a day's number.
func TestHealthPlanCardWordOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"carteirinha 00470018824519, titular Marta", TypeMemberID, "00470018824519"},
	})
	wantNoneTyped(t, d, []typedText{
		{"a carteirinha chegou dia 12", TypeMemberID},
	})
}
