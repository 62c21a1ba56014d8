package redact

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Support-chat lines as customers in Germany, France, Spain, Italy, the
// Netherlands, Portugal and Brazil write them, with a few English ones
// to compare: birth dates in local words and formats beside order,
// delivery, invoice and appointment dates; phone numbers in national
// writing beside order, customer and tracking numbers, amounts with a
// decimal comma and postcodes; IBANs grouped and run together; national
// identifiers after their local names; e-mail addresses, cards, names
// and postal addresses. Every value is invented; those with a checksum
// pass it. The shape field of probe7Case holds the language here.
var probe8Values = []probe7Case{
	// German.
	{"de", "Kunde: ich bin am 3. März 1985 geboren", []string{"DATE_OF_BIRTH=3. März 1985"}},
	{"de", "Kunde: geboren am 03.03.1985, falls Sie das brauchen", []string{"DATE_OF_BIRTH=03.03.1985"}},
	{"de", "[10:12] Kunde: Geburtsdatum 14.07.1979", []string{"DATE_OF_BIRTH=14.07.1979"}},
	{"de", "user> mein Geburtstag ist der 21.11.1990", []string{"DATE_OF_BIRTH=21.11.1990"}},
	{"de", "Kunde: Geb. 02.06.1988, PLZ 10115", []string{"DATE_OF_BIRTH=02.06.1988"}},
	{"de", "Kunde: Mein Geburtsdatum ist der 5.8.1972.", []string{"DATE_OF_BIRTH=5.8.1972"}},
	{"de", "> geb. am 17. Januar 1969 in Köln", []string{"DATE_OF_BIRTH=17. Januar 1969"}},
	{"de", "Kunde: Telefon 030 12345678", []string{"PHONE_NUMBER=030 12345678"}},
	{"de", "Kunde: Handy: 0152 34567890", []string{"PHONE_NUMBER=0152 34567890"}},
	{"de", "> erreichbar unter +49 (0)30 1234 5678", []string{"PHONE_NUMBER=+49 (0)30 1234 5678"}},
	{"de", "Kunde: Tel. 089/12345678", []string{"PHONE_NUMBER=089/12345678"}},
	{"de", "Kunde: ruf mich an: 0176-12345678", []string{"PHONE_NUMBER=0176-12345678"}},
	{"de", "Kunde: Festnetz: 040 98765432, mobil 0160 98765432", []string{"PHONE_NUMBER=040 98765432", "PHONE_NUMBER=0160 98765432"}},
	{"de", "Kunde: Rückruf bitte unter 0221 / 987 654 32", []string{"PHONE_NUMBER=0221 / 987 654 32"}},
	{"de", "[14:02] Kunde: meine Handynummer lautet +49 170 1234567", []string{"PHONE_NUMBER=+49 170 1234567"}},
	{"de", "Kunde: Kontoverbindung DE67 3562 3012 3836 0777 67", []string{"IBAN_CODE=DE67 3562 3012 3836 0777 67"}},
	{"de", "Kunde: bitte auf DE32936173048676141169 überweisen", []string{"IBAN_CODE=DE32936173048676141169"}},
	{"de", "Kunde: meine Steuer-ID ist 85630597541", []string{"DE_TAX_ID=85630597541"}},
	{"de", "Kunde: Steueridentifikationsnummer: 36 241 950 806", []string{"DE_TAX_ID=36 241 950 806"}},
	{"de", "Kunde: Bitte schicken Sie die Bestätigung an jürgen.weiß@beispiel.de", []string{"EMAIL_ADDRESS=jürgen.weiß@beispiel.de"}},
	{"de", "Kunde: E-Mail: lena.schaefer@beispiel.de, danke schön", []string{"EMAIL_ADDRESS=lena.schaefer@beispiel.de"}},
	{"de", "Kunde: Kartennummer 4472 4788 8439 8628, gültig bis 09/27", []string{"CREDIT_CARD=4472 4788 8439 8628"}},
	{"de", "Kunde: Kartenprüfnummer 482", []string{"CARD_SECURITY_CODE=482"}},
	{"de", "Kunde: ich heiße Jana Schmidt", []string{"PERSON=Jana Schmidt"}},
	{"de", "Kunde: Mein Name ist Lukas Becker", []string{"PERSON=Lukas Becker"}},
	{"de", "Kunde: Lieferadresse: Lindenstraße 24, 80331 München", []string{"STREET_ADDRESS=Lindenstraße 24, 80331 München"}},
	{"de", "Kunde: ich wohne in der Goethestr. 5, 60313 Frankfurt am Main", []string{"STREET_ADDRESS=Goethestr. 5, 60313 Frankfurt am Main"}},

	// French.
	{"fr", "Client : je suis né le 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"fr", "Client : née le 3 mars 1985", []string{"DATE_OF_BIRTH=3 mars 1985"}},
	{"fr", "Client : date de naissance : 12 mai 1978", []string{"DATE_OF_BIRTH=12 mai 1978"}},
	{"fr", "user> ma date de naissance c'est le 07/11/1992", []string{"DATE_OF_BIRTH=07/11/1992"}},
	{"fr", "Client : ma date de naissance : 1978-05-12", []string{"DATE_OF_BIRTH=1978-05-12"}},
	{"fr", "> né le 1er avril 1983 à Lyon", []string{"DATE_OF_BIRTH=1er avril 1983"}},
	{"fr", "Client : mon portable : 06 12 34 56 78", []string{"PHONE_NUMBER=06 12 34 56 78"}},
	{"fr", "Client : vous pouvez m'appeler au +33 7 81 23 45 67", []string{"PHONE_NUMBER=+33 7 81 23 45 67"}},
	{"fr", "Client : tél. 01.42.68.53.00", []string{"PHONE_NUMBER=01.42.68.53.00"}},
	{"fr", "Client : mon numéro c'est le 0612345678", []string{"PHONE_NUMBER=0612345678"}},
	{"fr", "Client : fixe 04 91 23 45 67 et portable 07 81 23 45 68", []string{"PHONE_NUMBER=04 91 23 45 67", "PHONE_NUMBER=07 81 23 45 68"}},
	{"fr", "[09:40] Client : joignable au 06-12-34-56-79 après 18h", []string{"PHONE_NUMBER=06-12-34-56-79"}},
	{"fr", "Client : voici mon RIB : FR22 8392 9180 7329 7974 8562 291", []string{"IBAN_CODE=FR22 8392 9180 7329 7974 8562 291"}},
	{"fr", "Client : IBAN FR534646261203A241065296326", []string{"IBAN_CODE=FR534646261203A241065296326"}},
	{"fr", "Client : mon numéro de sécurité sociale est 1 51 09 80 560 450 10", []string{"FR_NIR=1 51 09 80 560 450 10"}},
	{"fr", "Client : NIR 258044758851310", []string{"FR_NIR=258044758851310"}},
	{"fr", "Client : écrivez-moi à claire.dubois@exemple.fr, merci d'avance", []string{"EMAIL_ADDRESS=claire.dubois@exemple.fr"}},
	{"fr", "Client : mon adresse électronique : hélène.lefèvre@exemple.fr", []string{"EMAIL_ADDRESS=hélène.lefèvre@exemple.fr"}},
	{"fr", "Client : numéro de carte 5177 1460 0584 5604, expire fin 09/27", []string{"CREDIT_CARD=5177 1460 0584 5604"}},
	{"fr", "Client : cryptogramme visuel 739", []string{"CARD_SECURITY_CODE=739"}},
	{"fr", "Client : je m'appelle Camille Lefèvre", []string{"PERSON=Camille Lefèvre"}},
	{"fr", "Client : mon nom est Julien Moreau", []string{"PERSON=Julien Moreau"}},
	{"fr", "Client : adresse : 12 rue des Lilas, 75011 Paris", []string{"STREET_ADDRESS=12 rue des Lilas, 75011 Paris"}},
	{"fr", "Client : j'habite 8 avenue Jean Jaurès, 69007 Lyon", []string{"STREET_ADDRESS=8 avenue Jean Jaurès, 69007 Lyon"}},

	// Spanish.
	{"es", "Cliente: fecha de nacimiento 12-05-1978", []string{"DATE_OF_BIRTH=12-05-1978"}},
	{"es", "Cliente: nací el 5 de mayo de 1980", []string{"DATE_OF_BIRTH=5 de mayo de 1980"}},
	{"es", "Cliente: nacido el 23/07/1979", []string{"DATE_OF_BIRTH=23/07/1979"}},
	{"es", "user> mi fecha de nacimiento es 03/11/1969", []string{"DATE_OF_BIRTH=03/11/1969"}},
	{"es", "Cliente: F. nacimiento: 14/02/1982", []string{"DATE_OF_BIRTH=14/02/1982"}},
	{"es", "Cliente: mi móvil es 612 34 56 78", []string{"PHONE_NUMBER=612 34 56 78"}},
	{"es", "Cliente: llámame al +34 612 345 678", []string{"PHONE_NUMBER=+34 612 345 678"}},
	{"es", "Cliente: teléfono fijo 91 123 45 67", []string{"PHONE_NUMBER=91 123 45 67"}},
	{"es", "Cliente: mi número: 678901234", []string{"PHONE_NUMBER=678901234"}},
	{"es", "[11:05] Cliente: Tlf. 934 567 890", []string{"PHONE_NUMBER=934 567 890"}},
	{"es", "Cliente: mi cuenta es ES22 1188 5287 2913 0256 9145", []string{"IBAN_CODE=ES22 1188 5287 2913 0256 9145"}},
	{"es", "Cliente: IBAN ES9155073090922567113937", []string{"IBAN_CODE=ES9155073090922567113937"}},
	{"es", "Cliente: mi DNI es 15975796L", []string{"ES_NIF=15975796L"}},
	{"es", "Cliente: NIE Y0355163B", []string{"ES_NIE=Y0355163B"}},
	{"es", "Cliente: NIF 38892280-Q", []string{"ES_NIF=38892280-Q"}},
	{"es", "Cliente: mi correo es jose.garcia@ejemplo.es, gracias", []string{"EMAIL_ADDRESS=jose.garcia@ejemplo.es"}},
	{"es", "Cliente: número de tarjeta 4809 5515 1723 7597", []string{"CREDIT_CARD=4809 5515 1723 7597"}},
	{"es", "Cliente: código de seguridad 318", []string{"CARD_SECURITY_CODE=318"}},
	{"es", "Cliente: me llamo Lucía Fernández", []string{"PERSON=Lucía Fernández"}},
	{"es", "Cliente: dirección: Calle Mayor 5, 28013 Madrid", []string{"STREET_ADDRESS=Calle Mayor 5, 28013 Madrid"}},
	{"es", "Cliente: vivo en Avenida de la Constitución 12, 41001 Sevilla", []string{"STREET_ADDRESS=Avenida de la Constitución 12, 41001 Sevilla"}},

	// Italian.
	{"it", "Cliente: data di nascita 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"it", "Cliente: sono nato il 5 maggio 1980", []string{"DATE_OF_BIRTH=5 maggio 1980"}},
	{"it", "Cliente: nata il 23.07.1979", []string{"DATE_OF_BIRTH=23.07.1979"}},
	{"it", "user> la mia data di nascita è il 03/11/1969", []string{"DATE_OF_BIRTH=03/11/1969"}},
	{"it", "Cliente: il mio cellulare è 333 123 4567", []string{"PHONE_NUMBER=333 123 4567"}},
	{"it", "Cliente: chiamatemi al +39 06 1234 5678", []string{"PHONE_NUMBER=+39 06 1234 5678"}},
	{"it", "Cliente: tel. 02 12345678", []string{"PHONE_NUMBER=02 12345678"}},
	{"it", "Cliente: cell 3471234567", []string{"PHONE_NUMBER=3471234567"}},
	{"it", "Cliente: il mio conto: IT78 B772 6119 7278 1796 5730 307", []string{"IBAN_CODE=IT78 B772 6119 7278 1796 5730 307"}},
	{"it", "Cliente: IBAN IT40A1309905681989383586830", []string{"IBAN_CODE=IT40A1309905681989383586830"}},
	{"it", "Cliente: codice fiscale RSSMRA85T10A562S", []string{"IT_FISCAL_CODE=RSSMRA85T10A562S"}},
	{"it", "Cliente: il mio CF è bncmrc82b14h501x", []string{"IT_FISCAL_CODE=bncmrc82b14h501x"}},
	{"it", "Cliente: email: giulia.rossi@esempio.it, grazie mille", []string{"EMAIL_ADDRESS=giulia.rossi@esempio.it"}},
	{"it", "Cliente: numero della carta 5292 0127 9269 9150", []string{"CREDIT_CARD=5292 0127 9269 9150"}},
	{"it", "Cliente: mi chiamo Giulia Rossi", []string{"PERSON=Giulia Rossi"}},
	{"it", "Cliente: indirizzo: Via Roma 10, 20121 Milano", []string{"STREET_ADDRESS=Via Roma 10, 20121 Milano"}},
	{"it", "Cliente: abito in Corso Vittorio Emanuele 45, 10123 Torino", []string{"STREET_ADDRESS=Corso Vittorio Emanuele 45, 10123 Torino"}},

	// Dutch.
	{"nl", "Klant: geboortedatum 12-05-1978", []string{"DATE_OF_BIRTH=12-05-1978"}},
	{"nl", "Klant: ik ben geboren op 3 maart 1985", []string{"DATE_OF_BIRTH=3 maart 1985"}},
	{"nl", "Klant: mijn geboortedatum is 23-07-1979", []string{"DATE_OF_BIRTH=23-07-1979"}},
	{"nl", "Klant: mijn telefoonnummer is 06-12345678", []string{"PHONE_NUMBER=06-12345678"}},
	{"nl", "Klant: bel me op +31 20 123 4567", []string{"PHONE_NUMBER=+31 20 123 4567"}},
	{"nl", "Klant: mobiel 0612345678", []string{"PHONE_NUMBER=0612345678"}},
	{"nl", "Klant: vast nummer 020-1234567", []string{"PHONE_NUMBER=020-1234567"}},
	{"nl", "Klant: rekeningnummer NL10 RABO 3469 6859 95", []string{"IBAN_CODE=NL10 RABO 3469 6859 95"}},
	{"nl", "Klant: IBAN NL77TRIO3788142174", []string{"IBAN_CODE=NL77TRIO3788142174"}},
	{"nl", "Klant: mijn BSN is 168212596", []string{"NL_BSN=168212596"}},
	{"nl", "Klant: burgerservicenummer 1167.69.075", []string{"NL_BSN=1167.69.075"}},
	{"nl", "Klant: e-mail: sanne.dejong@voorbeeld.nl", []string{"EMAIL_ADDRESS=sanne.dejong@voorbeeld.nl"}},
	{"nl", "Klant: kaartnummer 4947 4467 7177 5296", []string{"CREDIT_CARD=4947 4467 7177 5296"}},
	{"nl", "Klant: ik heet Sanne de Jong", []string{"PERSON=Sanne de Jong"}},
	{"nl", "Klant: adres: Keizersgracht 100, 1015 AA Amsterdam", []string{"STREET_ADDRESS=Keizersgracht 100, 1015 AA Amsterdam"}},
	{"nl", "Klant: ik woon op Dorpsstraat 12, 3511 AB Utrecht", []string{"STREET_ADDRESS=Dorpsstraat 12, 3511 AB Utrecht"}},

	// Portuguese, of Portugal and of Brazil.
	{"pt", "Cliente: data de nascimento 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"pt", "Cliente: nasci em 5 de maio de 1980", []string{"DATE_OF_BIRTH=5 de maio de 1980"}},
	{"pt", "Cliente: nascido a 23/07/1979", []string{"DATE_OF_BIRTH=23/07/1979"}},
	{"pt", "Cliente: o meu telemóvel é 912 345 678", []string{"PHONE_NUMBER=912 345 678"}},
	{"pt", "Cliente: liguem para +351 912 345 679", []string{"PHONE_NUMBER=+351 912 345 679"}},
	{"pt", "Cliente: meu celular é (11) 91234-5678", []string{"PHONE_NUMBER=(11) 91234-5678"}},
	{"pt", "Cliente: telefone fixo 21 123 4567", []string{"PHONE_NUMBER=21 123 4567"}},
	{"pt", "Cliente: o meu NIB / IBAN: PT56 9341 1774 9129 5150 1251 3", []string{"IBAN_CODE=PT56 9341 1774 9129 5150 1251 3"}},
	{"pt", "Cliente: IBAN PT56095345518195622462611", []string{"IBAN_CODE=PT56095345518195622462611"}},
	{"pt", "Cliente: meu CPF é 982.380.551-21", []string{"BR_CPF=982.380.551-21"}},
	{"pt", "Cliente: CPF 28586423629", []string{"BR_CPF=28586423629"}},
	{"pt", "Cliente: CNPJ da empresa: 48.617.416/0001-80", []string{"BR_CNPJ=48.617.416/0001-80"}},
	{"pt", "Cliente: o meu e-mail é joao.pereira@exemplo.pt, obrigado", []string{"EMAIL_ADDRESS=joao.pereira@exemplo.pt"}},
	{"pt", "Cliente: número do cartão 3755 650250 03855", []string{"CREDIT_CARD=3755 650250 03855"}},
	{"pt", "Cliente: código de segurança 204", []string{"CARD_SECURITY_CODE=204"}},
	{"pt", "Cliente: chamo-me João Pereira", []string{"PERSON=João Pereira"}},
	{"pt", "Cliente: meu nome é Ana Souza", []string{"PERSON=Ana Souza"}},
	{"pt", "Cliente: morada: Rua Augusta 25, 1100-048 Lisboa", []string{"STREET_ADDRESS=Rua Augusta 25, 1100-048 Lisboa"}},
	{"pt", "Cliente: moro na Rua das Flores 120, 4050-262 Porto", []string{"STREET_ADDRESS=Rua das Flores 120, 4050-262 Porto"}},

	// English, to compare.
	{"en", "Customer: I was born on 12 May 1978", []string{"DATE_OF_BIRTH=12 May 1978"}},
	{"en", "Customer: call me on +44 7700 900123", []string{"PHONE_NUMBER=+44 7700 900123"}},
	{"en", "Customer: my IBAN is DE47 6105 3178 3929 1807 32", []string{"IBAN_CODE=DE47 6105 3178 3929 1807 32"}},
	{"en", "Customer: card 6011 7578 2424 0740", []string{"CREDIT_CARD=6011 7578 2424 0740"}},
	{"en", "Customer: my name is Emma Clarke", []string{"PERSON=Emma Clarke"}},
	{"en", "Customer: ship it to 42 Elm Street, Springfield, IL 62704", []string{"STREET_ADDRESS=42 Elm Street, Springfield, IL 62704"}},

	// Harder writing: two-digit years, abbreviations, lower case, verb
	// last, national prefixes, dots in identifiers.
	{"de", "Kunde: Geburtsdatum: 3.3.85", []string{"DATE_OF_BIRTH=3.3.85"}},
	{"de", "Kunde: geb. 03.03.85", []string{"DATE_OF_BIRTH=03.03.85"}},
	{"de", "Kunde: mein geburtsdatum is 12.3.1985", []string{"DATE_OF_BIRTH=12.3.1985"}},
	{"de", "Kunde: Ich bin am 12.03.1985 geboren und wohne in Berlin", []string{"DATE_OF_BIRTH=12.03.1985"}},
	{"de", "Kunde: ich wurde am 12. März 1985 geboren", []string{"DATE_OF_BIRTH=12. März 1985"}},
	{"de", "Kunde: Handy 0171/2345678", []string{"PHONE_NUMBER=0171/2345678"}},
	{"de", "Kunde: meine Nummer: 0171 23 45 678", []string{"PHONE_NUMBER=0171 23 45 678"}},
	{"de", "Kunde: Tel.: +49 171 2345679 (mobil)", []string{"PHONE_NUMBER=+49 171 2345679"}},
	{"de", "Kunde: 0049 171 2345670 ist meine Nummer", []string{"PHONE_NUMBER=0049 171 2345670"}},
	{"de", "Kunde: erreichbar unter 030-123 456 78", []string{"PHONE_NUMBER=030-123 456 78"}},
	{"de", "Kunde: IBAN: de67 3562 3012 3836 0777 67", []string{"IBAN_CODE=de67 3562 3012 3836 0777 67"}},
	{"de", "Kunde: Steuernummer 12/345/67890", []string{"DE_TAX_NUMBER=12/345/67890"}},
	{"de", "Kunde: Meine Steuer-Identifikationsnummer lautet 35668201764", []string{"DE_TAX_ID=35668201764"}},
	{"de", "Kunde: Kreditkarte: 4472478884398628", []string{"CREDIT_CARD=4472478884398628"}},
	{"de", "Kunde: CVC 123", []string{"CARD_SECURITY_CODE=123"}},
	{"de", "Kunde: Hallo, hier ist Jana Schmidt", []string{"PERSON=Jana Schmidt"}},
	{"de", "Kunde: meine Partnerin Lena zahlt per Karte 4472 4788 8439 8628", []string{"PERSON=Lena", "CREDIT_CARD=4472 4788 8439 8628"}},
	{"de", "Kunde: mein Lebensgefährte Jonas Weber hat bestellt", []string{"PERSON=Jonas Weber"}},
	{"de", "Kunde: Mein Mann hat gestern angerufen, seine Nummer ist 0171 2345678", []string{"PHONE_NUMBER=0171 2345678"}},
	{"de", "Kunde: die Karte gehört meinem Mann", nil},
	{"de", "Kunde: Thomas Mann hat bestellt", []string{"PERSON=Thomas Mann"}},
	{"de", "Kunde: Schillerstraße 12a, 01069 Dresden", []string{"STREET_ADDRESS=Schillerstraße 12a, 01069 Dresden"}},

	{"fr", "Client : née le 03/03/85", []string{"DATE_OF_BIRTH=03/03/85"}},
	{"fr", "Client : DDN : 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"fr", "user> nom: Dubois, ddn 03.03.1985", []string{"DATE_OF_BIRTH=03.03.1985", "PERSON=Dubois"}},
	{"fr", "Client : ma date de naissance est le 12.05.1978", []string{"DATE_OF_BIRTH=12.05.1978"}},
	{"fr", "Client : mon tel 0612345670", []string{"PHONE_NUMBER=0612345670"}},
	{"fr", "Client : +33 (0)6 12 34 56 71", []string{"PHONE_NUMBER=+33 (0)6 12 34 56 71"}},
	{"fr", "Client : 0033 6 12 34 56 72 c'est mon numéro", []string{"PHONE_NUMBER=0033 6 12 34 56 72"}},
	{"fr", "Client : rappelez-moi au 01 42 68 53 01 svp", []string{"PHONE_NUMBER=01 42 68 53 01"}},
	{"fr", "Client : mon RIB c'est fr22 8392 9180 7329 7974 8562 291", []string{"IBAN_CODE=fr22 8392 9180 7329 7974 8562 291"}},
	{"fr", "Client : n° sécu 2 58 04 47 588 513 10", []string{"FR_NIR=2 58 04 47 588 513 10"}},
	{"fr", "Client : carte vitale 189027070800138", []string{"FR_NIR=189027070800138"}},
	{"fr", "Client : ma CB : 5177146005845604", []string{"CREDIT_CARD=5177146005845604"}},
	{"fr", "Client : date d'expiration 09/27 et cryptogramme 739", []string{"CARD_SECURITY_CODE=739"}},
	{"fr", "Client : Bonjour, ici Camille Lefèvre", []string{"PERSON=Camille Lefèvre"}},
	{"fr", "Client : 3 bis rue Victor Hugo, 33000 Bordeaux", []string{"STREET_ADDRESS=3 bis rue Victor Hugo, 33000 Bordeaux"}},
	{"fr", "Client : 45, boulevard Haussmann 75009 Paris", []string{"STREET_ADDRESS=45, boulevard Haussmann 75009 Paris"}},

	{"es", "Cliente: nací el 05/05/80", []string{"DATE_OF_BIRTH=05/05/80"}},
	{"es", "Cliente: fecha nac.: 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"es", "Cliente: nacida el 3 de marzo de 1985", []string{"DATE_OF_BIRTH=3 de marzo de 1985"}},
	{"es", "Cliente: mi tlf es 612345679", []string{"PHONE_NUMBER=612345679"}},
	{"es", "Cliente: mi whatsapp: +34 612 34 56 79", []string{"PHONE_NUMBER=+34 612 34 56 79"}},
	{"es", "Cliente: 0034 612 345 670 es mi número", []string{"PHONE_NUMBER=0034 612 345 670"}},
	{"es", "Cliente: iban es22 1188 5287 2913 0256 9145", []string{"IBAN_CODE=es22 1188 5287 2913 0256 9145"}},
	{"es", "Cliente: dni 15975796l", []string{"ES_NIF=15975796l"}},
	{"es", "Cliente: NIE X-0029440-T", []string{"ES_NIE=X-0029440-T"}},
	{"es", "Cliente: DNI: 18.432.643-Y", []string{"ES_NIF=18.432.643-Y"}},
	{"es", "Cliente: NIF 10.073.550X", []string{"ES_NIF=10.073.550X"}},
	{"es", "Cliente: tarjeta 4809551517237597 caducidad 09/27", []string{"CREDIT_CARD=4809551517237597"}},
	{"es", "Cliente: CVV 318", []string{"CARD_SECURITY_CODE=318"}},
	{"es", "Cliente: soy Lucía Fernández", []string{"PERSON=Lucía Fernández"}},
	{"es", "Cliente: mi nombre es Javier Martín", []string{"PERSON=Javier Martín"}},
	{"es", "Cliente: C/ Alcalá 45, 28014 Madrid", []string{"STREET_ADDRESS=C/ Alcalá 45, 28014 Madrid"}},
	{"es", "Cliente: Calle de Serrano 12, 28001 Madrid", []string{"STREET_ADDRESS=Calle de Serrano 12, 28001 Madrid"}},

	{"it", "Cliente: nato il 05/05/80", []string{"DATE_OF_BIRTH=05/05/80"}},
	{"it", "Cliente: data di nascita: 5/5/1980", []string{"DATE_OF_BIRTH=5/5/1980"}},
	{"it", "Cliente: sono nata il 3 marzo 1985 a Roma", []string{"DATE_OF_BIRTH=3 marzo 1985"}},
	{"it", "Cliente: cell. 347 1234568", []string{"PHONE_NUMBER=347 1234568"}},
	{"it", "Cliente: il mio numero è 0039 333 1234567", []string{"PHONE_NUMBER=0039 333 1234567"}},
	{"it", "Cliente: tel 06 12345678", []string{"PHONE_NUMBER=06 12345678"}},
	{"it", "Cliente: +39 333 123 4568", []string{"PHONE_NUMBER=+39 333 123 4568"}},
	{"it", "Cliente: iban it78 b772 6119 7278 1796 5730 307", []string{"IBAN_CODE=it78 b772 6119 7278 1796 5730 307"}},
	{"it", "Cliente: C.F. RSSMRA85T10A562S", []string{"IT_FISCAL_CODE=RSSMRA85T10A562S"}},
	{"it", "Cliente: partita IVA 01333550323", []string{"IT_VAT_CODE=01333550323"}},
	{"it", "Cliente: carta di credito 5292012792699150", []string{"CREDIT_CARD=5292012792699150"}},
	{"it", "Cliente: CVV 571", []string{"CARD_SECURITY_CODE=571"}},
	{"it", "Cliente: sono Marco Bianchi", []string{"PERSON=Marco Bianchi"}},
	{"it", "Cliente: il mio nome è Francesca Romano", []string{"PERSON=Francesca Romano"}},
	{"it", "Cliente: Via Garibaldi 7, 40121 Bologna", []string{"STREET_ADDRESS=Via Garibaldi 7, 40121 Bologna"}},
	{"it", "Cliente: Piazza del Duomo 1, 50122 Firenze", []string{"STREET_ADDRESS=Piazza del Duomo 1, 50122 Firenze"}},
	{"it", "Cliente: Viale Europa 23/B, 00144 Roma", []string{"STREET_ADDRESS=Viale Europa 23/B, 00144 Roma"}},

	{"nl", "Klant: geb. datum 12-05-1978", []string{"DATE_OF_BIRTH=12-05-1978"}},
	{"nl", "Klant: geboren 12 mei 1978", []string{"DATE_OF_BIRTH=12 mei 1978"}},
	{"nl", "Klant: geboortedatum: 3-3-1985", []string{"DATE_OF_BIRTH=3-3-1985"}},
	{"nl", "Klant: mijn 06 is 06 12 34 56 78", []string{"PHONE_NUMBER=06 12 34 56 78"}},
	{"nl", "Klant: +31 6 12345670", []string{"PHONE_NUMBER=+31 6 12345670"}},
	{"nl", "Klant: 0031 6 1234 5671 is mijn nummer", []string{"PHONE_NUMBER=0031 6 1234 5671"}},
	{"nl", "Klant: tel. 010 - 123 45 67", []string{"PHONE_NUMBER=010 - 123 45 67"}},
	{"nl", "Klant: iban nl10rabo3469685995", []string{"IBAN_CODE=nl10rabo3469685995"}},
	{"nl", "Klant: BSN: 762 123 734", []string{"NL_BSN=762 123 734"}},
	{"nl", "Klant: creditcardnummer 4947446771775296", []string{"CREDIT_CARD=4947446771775296"}},
	{"nl", "Klant: CVC 112", []string{"CARD_SECURITY_CODE=112"}},
	{"nl", "Klant: mijn naam is Pieter van den Berg", []string{"PERSON=Pieter van den Berg"}},
	{"nl", "Klant: Kerkstraat 5, 1017 GB Amsterdam", []string{"STREET_ADDRESS=Kerkstraat 5, 1017 GB Amsterdam"}},

	{"pt", "Cliente: data de nasc.: 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"pt", "Cliente: nasci no dia 5 de maio de 1980", []string{"DATE_OF_BIRTH=5 de maio de 1980"}},
	{"pt", "Cliente: nascida em 03/03/1985", []string{"DATE_OF_BIRTH=03/03/1985"}},
	{"pt", "Cliente: dt. nascimento 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"pt", "Cliente: +55 11 91234-5679", []string{"PHONE_NUMBER=+55 11 91234-5679"}},
	{"pt", "Cliente: celular 11 91234 5670", []string{"PHONE_NUMBER=11 91234 5670"}},
	{"pt", "Cliente: tlm 912345670", []string{"PHONE_NUMBER=912345670"}},
	{"pt", "Cliente: o meu número é +351 21 123 4568", []string{"PHONE_NUMBER=+351 21 123 4568"}},
	{"pt", "Cliente: iban pt56 9341 1774 9129 5150 1251 3", []string{"IBAN_CODE=pt56 9341 1774 9129 5150 1251 3"}},
	{"pt", "Cliente: cpf: 091.231.227-06", []string{"BR_CPF=091.231.227-06"}},
	{"pt", "Cliente: cartão de crédito 375565025003855", []string{"CREDIT_CARD=375565025003855"}},
	{"pt", "Cliente: CVV 204", []string{"CARD_SECURITY_CODE=204"}},
	{"pt", "Cliente: aqui é a Ana Souza", []string{"PERSON=Ana Souza"}},
	{"pt", "Cliente: o meu nome é Rui Costa", []string{"PERSON=Rui Costa"}},
	{"pt", "Cliente: Av. da Liberdade 110, 1250-146 Lisboa", []string{"STREET_ADDRESS=Av. da Liberdade 110, 1250-146 Lisboa"}},
	{"pt", "Cliente: Rua Oscar Freire 379, São Paulo - SP, 01426-001", []string{"STREET_ADDRESS=Rua Oscar Freire 379, São Paulo - SP, 01426-001"}},

	// A birthplace between the birth word and the date; marks and
	// abbreviations of forms.
	{"de", "Kunde: geboren in Köln am 12.03.1985", []string{"DATE_OF_BIRTH=12.03.1985"}},
	{"de", "Kunde: Geb.-Datum: 12.03.1985", []string{"DATE_OF_BIRTH=12.03.1985"}},
	{"de", "Kunde: Geburtsdatum meiner Tochter: 12.03.2015", []string{"DATE_OF_BIRTH=12.03.2015"}},
	{"de", "Kunde: Mobil: 0151 / 234 567 89", []string{"PHONE_NUMBER=0151 / 234 567 89"}},
	{"de", "Kunde: Steuer-ID 85 630 597 541", []string{"DE_TAX_ID=85 630 597 541"}},
	{"de", "Kunde: ich heiße Jürgen Weiß", []string{"PERSON=Jürgen Weiß"}},
	{"fr", "Client : né à Lyon le 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"fr", "Client : né(e) le : 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"fr", "Client : je suis née le 1er mars 1985", []string{"DATE_OF_BIRTH=1er mars 1985"}},
	{"fr", "Client : portable 06.12.34.56.70", []string{"PHONE_NUMBER=06.12.34.56.70"}},
	{"fr", "Client : je m'appelle Ève Dupont", []string{"PERSON=Ève Dupont"}},
	{"es", "Cliente: nacido en Madrid el 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"es", "Cliente: fecha de nacimiento: 12 de mayo de 1978", []string{"DATE_OF_BIRTH=12 de mayo de 1978"}},
	{"es", "Cliente: F. de nac. 14/02/1982", []string{"DATE_OF_BIRTH=14/02/1982"}},
	{"es", "Cliente: NIF: X0029440T", []string{"ES_NIE=X0029440T"}},
	{"es", "Cliente: me llamo José Ángel Núñez", []string{"PERSON=José Ángel Núñez"}},
	{"es", "Cliente: Calle Mayor, 5, 3º B, 28013 Madrid", []string{"STREET_ADDRESS=Calle Mayor, 5, 3º B, 28013 Madrid"}},
	{"it", "Cliente: nato a Milano il 5 maggio 1980", []string{"DATE_OF_BIRTH=5 maggio 1980"}},
	{"it", "Cliente: nata a Roma il 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"it", "Cliente: cell: 333-1234569", []string{"PHONE_NUMBER=333-1234569"}},
	{"it", "Cliente: mi chiamo Niccolò Ricci", []string{"PERSON=Niccolò Ricci"}},
	{"nl", "Klant: geboren te Utrecht op 12-05-1978", []string{"DATE_OF_BIRTH=12-05-1978"}},
	{"nl", "Klant: geb. 12-05-1978", []string{"DATE_OF_BIRTH=12-05-1978"}},
	{"nl", "Klant: mobiel 06 - 123 456 78", []string{"PHONE_NUMBER=06 - 123 456 78"}},
	{"nl", "Klant: bsn nummer: 116769075", []string{"NL_BSN=116769075"}},
	{"nl", "Klant: ik heet Jan-Willem de Boer", []string{"PERSON=Jan-Willem de Boer"}},
	{"pt", "Cliente: nascido em Lisboa a 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"pt", "Cliente: data nasc. 12/05/1978", []string{"DATE_OF_BIRTH=12/05/1978"}},
	{"pt", "Cliente: +55 (11) 91234-5671", []string{"PHONE_NUMBER=+55 (11) 91234-5671"}},
	{"pt", "Cliente: meu zap é (21) 98765-4321", []string{"PHONE_NUMBER=(21) 98765-4321"}},
	{"pt", "Cliente: fixo (11) 3456-7890", []string{"PHONE_NUMBER=(11) 3456-7890"}},
	{"pt", "Cliente: pode me mandar mensagem no (31) 9 8876-5432 depois das 18h", []string{"PHONE_NUMBER=(31) 9 8876-5432"}},
	{"pt", "Cliente: celular 21 98765-4320", []string{"PHONE_NUMBER=21 98765-4320"}},
	{"pt", "Cliente: meu zap é 21 98765-4322", []string{"PHONE_NUMBER=21 98765-4322"}},
	{"pt", "Cliente: wpp 11 9 7654-3210", []string{"PHONE_NUMBER=11 9 7654-3210"}},
	{"pt", "Cliente: fixo: 61 3456-7891", []string{"PHONE_NUMBER=61 3456-7891"}},
	{"pt", "Cliente: CPF nº 982.380.551-21", []string{"BR_CPF=982.380.551-21"}},
	{"pt", "Cliente: chamo-me Inês Gonçalves", []string{"PERSON=Inês Gonçalves"}},
	{"pt", "Cliente: Rua da Prata, 80, 1100-420 Lisboa", []string{"STREET_ADDRESS=Rua da Prata, 80, 1100-420 Lisboa"}},

	// Whole messages in lower case, as many type in chat.
	{"de", "user> ich heiße jana schmidt und wohne in der lindenstraße 24, 80331 münchen", []string{"PERSON=jana schmidt", "STREET_ADDRESS=lindenstraße 24, 80331 münchen"}},
	{"de", "user> geboren am 03.03.1985, handy 0171 2345678", []string{"DATE_OF_BIRTH=03.03.1985", "PHONE_NUMBER=0171 2345678"}},
	{"fr", "user> je m'appelle camille lefèvre, mon portable 06 12 34 56 78", []string{"PERSON=camille lefèvre", "PHONE_NUMBER=06 12 34 56 78"}},
	{"es", "user> me llamo lucía fernández y mi dni es 15975796L", []string{"PERSON=lucía fernández", "ES_NIF=15975796L"}},
	{"es", "user> hola soy luz, mi móvil es 612 34 56 78", []string{"PERSON=luz", "PHONE_NUMBER=612 34 56 78"}},
	{"it", "user> mi chiamo giulia rossi, cellulare 333 123 4567", []string{"PERSON=giulia rossi", "PHONE_NUMBER=333 123 4567"}},
	{"it", "user> mi chiamo mia costa, data di nascita 03/11/1969", []string{"PERSON=mia costa", "DATE_OF_BIRTH=03/11/1969"}},
	{"nl", "user> ik heet sanne de jong, geboren op 12-05-1978", []string{"PERSON=sanne de jong", "DATE_OF_BIRTH=12-05-1978"}},
	{"pt", "user> meu nome é ana costa e o meu telemóvel é 912 345 678", []string{"PERSON=ana costa", "PHONE_NUMBER=912 345 678"}},
	{"pt", "user> a minha data de nascimento é 12-03-1985", []string{"DATE_OF_BIRTH=12-03-1985"}},
}

// probe8LookAlikes carry nothing of a counted type: dates that are not
// birth dates, numbers that are not phone numbers, amounts, postcodes,
// times and versions.
var probe8LookAlikes = []probe7Case{
	{"de", "Kunde: Meine Bestellung vom 12.05.2024 ist noch nicht da", nil},
	{"de", "Agent: Die Lieferung kommt am 14.05.2024 zwischen 8 und 12 Uhr", nil},
	{"de", "Kunde: Rechnung vom 03.04.2024, Rechnung Nr. 2024-00123", nil},
	{"de", "Agent: Ihr Termin ist am 20.06.2024 um 14:30 Uhr", nil},
	{"de", "Kunde: Kundennummer 30081245, Bestellnummer 4481229133", []string{"CUSTOMER_NUMBER=30081245"}},
	{"de", "Agent: Der Betrag von 1.234,56 € wird erstattet.", nil},
	{"de", "Kunde: PLZ 10115", nil},
	{"de", "Agent: Ihre Sendungsnummer lautet 00340434161094042557", nil},
	{"de", "Kunde: Version 2.4.1 stürzt ab", nil},
	{"de", "Kunde: Ich habe am 12.05.2024 um 14:30 Uhr angerufen", nil},
	{"de", "Kunde: Auftragsnummer 2024-05-1234", nil},
	{"de", "Kunde: Preis 49,99 € statt 39,99 €", nil},
	{"de", "Kunde: Ich bin seit 12.03.2015 Kunde, Vertragsnummer 0301234567", []string{"CUSTOMER_NUMBER=0301234567"}},
	{"de", "Kunde: Karte gültig bis 09/27", nil},
	{"fr", "Client : commande du 12/05/2024, toujours pas reçue", nil},
	{"fr", "Agent : livraison le 14/05/2024 entre 8h et 12h", nil},
	{"fr", "Client : facture du 03/04/2024 n° FA-2024-00123", nil},
	{"fr", "Agent : votre rendez-vous est fixé au 20/06/2024 à 14h30", nil},
	{"fr", "Client : numéro de commande 1234567890", nil},
	{"fr", "Agent : montant remboursé : 1 234,56 €", nil},
	{"fr", "Client : code postal 75011", nil},
	{"fr", "Agent : numéro de suivi 6A12345678901", nil},
	{"fr", "Client : l'appli version 3.2.1 plante", nil},
	{"fr", "Client : j'ai appelé à 14h30 le 12/05", nil},
	{"fr", "Client : prix 29,90 € TTC", nil},
	{"fr", "Client : DDNS mis à jour le 12/05/2024", nil},
	{"fr", "Client : commande n° 0612345678", nil},
	{"es", "Cliente: pedido del 12/05/2024 sin llegar", nil},
	{"es", "Agente: la entrega será el 14/05/2024", nil},
	{"es", "Cliente: factura del 03-04-2024", nil},
	{"es", "Agente: su cita es el 20/06/2024 a las 10:30", nil},
	{"es", "Cliente: número de pedido 612345678", nil},
	{"es", "Agente: importe: 1.234,56 €", nil},
	{"es", "Cliente: código postal 28013", nil},
	{"es", "Cliente: la app versión 5.1.0 falla", nil},
	{"es", "Cliente: el precio es 19,99 €", nil},
	{"es", "Cliente: llamé a las 14:30", nil},
	{"es", "Agente: vendimos 18.432.643 y el resto llega mañana", nil},
	{"es", "Agente: total 18.432.643 Y", nil},
	{"it", "Cliente: ordine del 12/05/2024", nil},
	{"it", "Operatore: consegna prevista il 14/05/2024", nil},
	{"it", "Cliente: fattura del 03/04/2024 n. 2024/00123", nil},
	{"it", "Operatore: appuntamento il 20/06/2024 alle 15:00", nil},
	{"it", "Cliente: numero d'ordine 3471234567", nil},
	{"it", "Operatore: importo 1.234,56 €", nil},
	{"it", "Cliente: CAP 20121", nil},
	{"it", "Cliente: versione 4.2 dell'app", nil},
	{"it", "Cliente: prezzo 24,90 €", nil},
	{"nl", "Klant: bestelling van 12-05-2024", nil},
	{"nl", "Medewerker: levering op 14-05-2024", nil},
	{"nl", "Klant: factuur van 03-04-2024, factuurnummer 2024-00123", nil},
	{"nl", "Medewerker: uw afspraak is op 20-06-2024 om 14:30", nil},
	{"nl", "Klant: ordernummer 0612345678", nil},
	{"nl", "Medewerker: bedrag € 1.234,56", nil},
	{"nl", "Klant: postcode 1015 AA", nil},
	{"nl", "Klant: versie 2.3.1", nil},
	{"nl", "Klant: prijs € 19,95", nil},
	{"nl", "Klant: trackingcode 3SABCD1234567", nil},
	{"pt", "Cliente: encomenda de 12/05/2024", nil},
	{"pt", "Agente: entrega prevista para 14/05/2024", nil},
	{"pt", "Cliente: fatura de 03/04/2024", nil},
	{"pt", "Cliente: pedido do dia 12/05/2024", nil},
	{"pt", "Cliente: número da encomenda 912345678", nil},
	{"pt", "Agente: valor R$ 1.234,56", nil},
	{"pt", "Cliente: código postal 1100-048", nil},
	{"pt", "Cliente: CEP 01310-100", nil},
	{"pt", "Cliente: versão 1.8.2", nil},
	{"pt", "Cliente: preço 29,99 €", nil},
	{"de", "Kunde: Bestellung 0171234567 storniert", nil},
	{"de", "Kunde: Artikelnummer 030123456", nil},
	{"de", "Kunde: Paket 1Z999AA10123456784", nil},
	{"de", "Kunde: Rechnungsnummer RE-2024-0815", nil},
	{"de", "Kunde: Vertragskonto 301234567890", []string{"CUSTOMER_NUMBER=301234567890"}},
	{"de", "Kunde: Summe 1.299,00 EUR", nil},
	{"de", "Kunde: Karte endet auf 8628", nil},
	{"de", "Kunde: Zählerstand 04512,3 am 01.03.2024", nil},
	{"fr", "Client : référence client 0142685300", nil},
	{"fr", "Client : colis n° 8R01234567890", nil},
	{"fr", "Client : montant 1 299,00 €", nil},
	{"fr", "Client : commandé le 03/03/2024, reçu le 05/03/2024", nil},
	{"es", "Cliente: referencia 934567890", nil},
	{"es", "Cliente: importe total 1.299,00 €", nil},
	{"es", "Cliente: el pedido 2024-00123 llegó el 05/03/2024", nil},
	{"it", "Cliente: numero pratica 0612345678", nil},
	{"it", "Cliente: codice cliente 3331234567", []string{"CUSTOMER_NUMBER=3331234567"}},
	{"it", "Cliente: tracking 1Z999AA10123456784", nil},
	{"it", "Cliente: scadenza 09/27", nil},
	{"nl", "Klant: klantnummer 0612345678", []string{"CUSTOMER_NUMBER=0612345678"}},
	{"nl", "Klant: zendingsnummer 3SABCD1234567", nil},
	{"nl", "Klant: besteld op 3-3-2024, geleverd op 5-3-2024", nil},
	{"pt", "Cliente: protocolo 20240512123456", nil},
	{"pt", "Cliente: código de rastreio AB123456789BR", nil},
	{"pt", "Cliente: nota fiscal 000123456", nil},
	{"pt", "Cliente: validade 09/27", nil},
	{"pt", "Cliente: itens (12) 1234-5678", nil},
	{"pt", "Cliente: lote (21) 98765 4321", nil},
	{"pt", "Cliente: lote 21 98765-4321 do pedido", nil},
	{"de", "Kunde: geboren bin ich in Köln, Bestellung vom 12.03.2024", nil},
	{"fr", "Client : je suis née à Lyon, commande du 12/05/2024", nil},
	{"it", "Cliente: nato a Milano, ordine del 12/05/2024", nil},
	{"es", "Cliente: nací en Madrid y el pedido llegó el 12/05/2024", nil},
	{"nl", "Klant: geboren in Utrecht, besteld op 12-05-2024", nil},
	{"pt", "Cliente: nasci em Lisboa, a encomenda chegou a 12/05/2024", nil},
	{"it", "user> la mia carta non funziona, quanto costa la spedizione?", nil},
	{"it", "user> mia figlia dice che sara possibile domani", nil},
	{"pt", "user> o pedido chegou há 3 dias, os santos populares atrasaram tudo", nil},
	{"es", "user> la luz del router parpadea", nil},
	{"nl", "user> op 12 mei besteld en nog niks", nil},
	{"en", "Customer: order from 12/05/2024 hasn't arrived", nil},
	{"en", "Customer: order number 4481229133", nil},
	{"de", "Kunde: mein Mann Peter hat bestellt", []string{"PERSON=Peter"}},
	// "Mia" before a feminine noun or a noun of kin is the Italian "my".
	{"it", "Cliente: Mia figlia ha ordinato una borsa", nil},
	// The address's word before "Am Markt" opens no street (session 24).
	{"de", "Kunde: neue Adresse Am Markt 3, 28195 Bremen", []string{"STREET_ADDRESS=Am Markt 3, 28195 Bremen"}},
	// An old date after a name is a birth's (session 24).
	{"de", "Kunde: Jana Schmidt, * 12.03.1985", []string{"DATE_OF_BIRTH=12.03.1985", "PERSON=Jana Schmidt"}},
	// A street's adjective before a name without a street word (session 25).
	{"nl", "Klant: Lange Voorhout 9, 2514 EA Den Haag", []string{"STREET_ADDRESS=Lange Voorhout 9, 2514 EA Den Haag"}},
}

// probe8Pending are cases still failing, each with why.
var probe8Pending = []struct {
	probe7Case
	why string
}{
	{probe7Case{"de", "Kunde: Ihr Koch hat angerufen", nil}, "\"Ihr\" is also the pronoun (\"habt ihr Schmidt angerufen\") and a letter's sign-off (\"Ihr Fischer\"): a surname after it stays a name"},
	{probe7Case{"de", "Kunde: Hauptstr. 5 | 10115 Berlin", []string{"STREET_ADDRESS=Hauptstr. 5 | 10115 Berlin"}}, "'|' between street and town parts the address as a line break would not"},
	{probe7Case{"it", "Cliente: Costa troppo la spedizione", nil}, "a surname that is an everyday word opens the message with a capital; capitalised text keeps every gazetteer name"},
	{probe7Case{"it", "user> mi chiamo anna e la mia carta non va", []string{"PERSON=anna"}}, "in lower case \"e\" and \"la\" pass for name particles and carry the name over the possessive (\"anna e la mia\")"},
	{probe7Case{"it", "user> mi chiamo mia costa, la mia carta non va", []string{"PERSON=mia costa"}}, "a name found once makes its words names again later (repeatNames): the second \"mia\" is the possessive"},
	{probe7Case{"nl", "Klant: 06-123 456 78", []string{"PHONE_NUMBER=06-123 456 78"}}, "a national number with mixed separators needs a phone word by design: TestProbe7LetterLabels and TestStructuredTypes keep a bare \"06-1234 5678\" and \"010 - 284 73 91\" unfound, and an IBAN cut by \" - \" would give one"},
	{probe7Case{"de", "Kunde: ich bin sauer", nil}, "\"ich bin\" introduces the surname \"Sauer\", which is also the adjective (angry)"},
}

// probe8NameExtras are the names and street addresses found in text
// that no wanted value of their type overlaps: probe7Run leaves the
// types of names and places out of its false alarms.
func probe8NameExtras(t *testing.T, d *Engine, text string, want []string) []string {
	t.Helper()
	var extra []string
	for _, f := range detect(t, d, text) {
		if f.Type != TypePerson && f.Type != TypeStreetAddress {
			continue
		}
		hit := false
		for _, w := range want {
			typ, val, _ := strings.Cut(w, "=")
			if k := strings.Index(text, val); typ == f.Type && k >= 0 && k < f.End && f.Start < k+len(val) {
				hit = true
			}
		}
		if !hit {
			extra = append(extra, f.Type+"="+text[f.Start:f.End])
		}
	}
	return extra
}

// TestProbe8Languages pins the probe and logs recall and precision per
// language and per type (names and street addresses count as false
// alarms where no wanted value is, see probe8NameExtras); CONFIDE_PROBE8_REPORT=1 lists every miss and
// false alarm instead of failing.
func TestProbe8Languages(t *testing.T) {
	d := defaultDetector(t)
	perLang, perType := probeTally{}, probeTally{}
	report := os.Getenv("CONFIDE_PROBE8_REPORT") != ""
	check := func(c probe7Case, pending bool) {
		o := probe7Run(t, d, c.text, c.want)
		o.extra = append(o.extra, probe8NameExtras(t, d, c.text, c.want)...)
		perLang.add(c.shape, o)
		perType.addTypes(o)
		probeVerdict(t, report, pending, c.shape, c.text, o)
	}
	for _, c := range probe8Values {
		check(c, false)
	}
	for _, c := range probe8LookAlikes {
		check(c, false)
	}
	for _, c := range probe8Pending {
		check(c.probe7Case, true)
	}
	perLang.log(t)
	perType.log(t)
	t.Logf("pending %d", len(probe8Pending))
}

// TestProbe8EventBetween: a birth word, then a clause about another
// dated thing (an order, a delivery, an appointment, a payment): the date
// is that thing's. Without a clause break the birth word still labels
// the date ("date of birth for the booking").
func TestProbe8EventBetween(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"Customer: born in Leeds, order placed on 12/05/2024", ""},
		{"Customer: I was born in Leeds and the delivery came on 12/05/2024", ""},
		{"Kunde: geboren in Köln, Termin am 20.06.2024", ""},
		{"Kunde: geboren in Köln; Lieferung am 14.05.2024", ""},
		{"Client : née à Lyon, livraison le 14/05/2024", ""},
		{"Client : née à Lyon et payé le 14/05/2024", ""},
		{"Cliente: nacida en Sevilla, cita el 20/06/2024", ""},
		{"Cliente: nata a Roma, consegna il 14/05/2024", ""},
		{"Klant: geboren in Gent, afspraak op 20-06-2024", ""},
		{"Cliente: nascida no Porto, entrega a 14/05/2024", ""},
		{"Customer: date of birth for the booking is 12/05/1978", "12/05/1978"},
		{"Kunde: Geburtsdatum laut Bestellung: 12.03.1985", "12.03.1985"},
		{"Cliente: nacido en Madrid el 12/05/1978, pedido del 14/05/2024", "12/05/1978"},
		{"Kunde: geboren am 12.03.1985, bestellt am 14.05.2024", "12.03.1985"},
		{"Customer: patient born 1985, appointment on 12/05/2024", ""},
		// A birth word still waiting for its value labels the date after a
		// break, an abbreviation's dot or "and".
		{"DOB, for the order: 12/05/1978", "12/05/1978"},
		{"date of birth, same as on the invoice: 12/05/1978", "12/05/1978"},
		{"Geburtsdatum, für die Bestellung: 12.03.1985", "12.03.1985"},
		{"geboren, Bestellung am 12.03.1985", "12.03.1985"},
		{"date de naissance, pour la commande : 12/05/1978", "12/05/1978"},
		{"fecha de nacimiento, para el pedido: 12/05/1978", "12/05/1978"},
		{"data di nascita, per l'ordine: 12/05/1978", "12/05/1978"},
		{"geboortedatum, voor de bestelling: 12-05-1978", "12-05-1978"},
		{"data de nascimento, para a encomenda: 12/05/1978", "12/05/1978"},
		{"date of birth. For the booking: 12/05/1978", "12/05/1978"},
		{"fecha de nacimiento en el pedido: 12/05/1978", "12/05/1978"},
		{"la date de naissance en commande : 12/05/1978", "12/05/1978"},
		{"D.O.B. on the booking: 12/05/1978", "12/05/1978"},
		{"fecha de nac. para la reserva: 12/05/1978", "12/05/1978"},
		{"dob and payment: 12/05/1978", "12/05/1978"},
		{"data di nascita e pagamento: 12/05/1978", "12/05/1978"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.want, "%q", c.text)
	}
}

// TestProbe8BrazilLocal: a Brazilian number as written at home, the area
// code in brackets and the last four digits after '-', is a phone number
// without a word for one; other bracketed shapes are not.
func TestProbe8BrazilLocal(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"(21) 98765-4321", "(21) 98765-4321"},
		{"me chama no (11) 91234-5678", "(11) 91234-5678"},
		{"o fixo é (61) 3456-7890, o outro não sei", "(61) 3456-7890"},
		{"(48) 9 9123-4567", "(48) 9 9123-4567"},
		{"(21) 18765-4321", ""},
		{"(10) 98765-4321", ""},
		{"(11) 6456-7890", ""},
		{"(123) 98765-4321", ""},
		{"(21) 98765-43210", ""},
		{"(21) 98765 4321", ""},
		// A landline's halves that count up are a range.
		{"Temporada (12) 2023-2024", ""},
		{"páginas (14) 2345-2350", ""},
		{"capítulo (12) 3456-3460", ""},
		{"o fixo é (12) 3456-2350", "(12) 3456-2350"},
	} {
		wantValue(t, d, c.text, TypePhoneNumber, c.want, "%q", c.text)
	}
	// A strict detector wants an area code Brazil has.
	strict, err := NewDetector(WithStrictPhones())
	require.NoError(t, err)
	wantValue(t, strict, "(23) 91234-5678", TypePhoneNumber, "")
	wantValue(t, strict, "(21) 98765-4321", TypePhoneNumber, "(21) 98765-4321")
}

// TestProbe8LowerCaseWords: in a text in lower case, a name that is an
// everyday word of a language we serve ("mia", "costa", "nascimento",
// "mei") is no name alone; after a person cue, before "here", or beside
// a given name or a surname it is one.
func TestProbe8LowerCaseWords(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"user> la mia carta non funziona", ""},
		{"user> mia figlia ha ordinato una borsa", ""},
		{"user> quanto costa la spedizione?", ""},
		{"user> sara possibile cambiare indirizzo?", ""},
		{"user> a data de nascimento está errada", ""},
		{"Cliente: data de nascimento 12/05/1978", ""},
		{"user> os santos populares", ""},
		{"user> o pedido chegou há 3 dias", ""},
		{"user> la luz del router parpadea", ""},
		{"user> op 12 mei besteld", ""},
		{"user> il pacco è rosa", ""},
		{"user> giulia ha la mia carta", "giulia"},
		{"user> mi chiamo mia costa", "mia costa"},
		{"user> ciao, sono chiara", "chiara"},
		{"user> hola soy luz", "luz"},
		{"user> mia costa here", "mia costa"},
		{"user> o meu nome é joão nascimento", "joão nascimento"},
		{"user> sou a ana santos", "ana santos"},
		{"user> ik ben mei de vries", "mei de vries"},
		{"user> please ask sara to call me", "sara"},
		{"Customer: Mia called yesterday about the refund", "Mia"},
		// In English the same words are names.
		{"please email mia the invoice", "mia"},
		{"can mia get a copy of the receipt", "mia"},
		{"hi its sara", "sara"},
		{"the account holder is mia", "mia"},
		{"dolores already paid the bill", ""}, // no English word before it, no verb of names after it
		{"the order is under the name of dolores", "dolores"},
		{"reply to marina at the office", "marina"},
		{"please forward this to flores in hr", "flores"},
		{"luna is my daughter, she is 7", "luna"},
		{"user> la mia email è sbagliata", ""},
		{"call mia at the office", "mia"},
		{"can you text mia tomorrow", "mia"},
		{"ping marina when done", "marina"},
		{"user> la risposta non è chiara", ""},
	} {
		wantValue(t, d, c.text, TypePerson, c.want, "%q", c.text)
	}
	// Another name on its line vouches for it, past a line break before.
	assert.Equal(t, []string{"mia", "jonas"}, valuesOf(t, d, "hi there\nmia and jonas will call you", TypePerson))
	g := theGazetteer()
	for _, w := range splitList(listLowerWords) {
		assert.True(t, g.lowerWords[string(foldKey(nil, w))], "%s is no name: drop it from listLowerWords", w)
	}
}

// TestProbe8BirthYear: a birth word followed by a year ("geboren 1985",
// "né en 1985") labels the year, not a date before it; a date after a
// birth word and a year is still promoted by the word before it.
func TestProbe8BirthYear(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"Kunde: Vertrag seit 01.01.2020, geboren 1985", ""},
		{"Kunde: Vertrag seit 01.01.2020, geboren\u00a01985", ""}, // a no-break space, as dateRightAfter takes it
		{"Client : client depuis le 01/01/2020, né en 1985", ""},
		{"Cliente: cliente dal 01/01/2020, nato nel 1985", ""},
		{"Cliente: cliente desde 01/01/2020, nacida en 1985", ""},
		{"Klant: klant sinds 01-01-2020, geboren in 1985", ""},
		{"Customer: member since 01/01/2020, born 1985", ""},
		{"Customer: member since 01/01/2020, born in 1985", ""},
		{"Customer: 12/05/1978 is my date of birth", "12/05/1978"},
		{"Kunde: 12.05.1978, so steht es im Ausweis als Geburtsdatum", "12.05.1978"},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.want, "%q", c.text)
	}
}

// TestGermanPossessive: a surname alone after a German possessive is the
// noun it also is ("meinem Mann", "unser Koch"); after the pronoun "ihr",
// the verb "sein", a letter's "Ihr" and a currency it is a name still.
func TestGermanPossessive(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"Kunde: unser Koch hat die Bestellung aufgegeben", ""},
		{"Kunde: Unsere Bauer hat angerufen", ""},
		{"Kunde: die Karte gehört meinem Mann", ""},
		{"Habt ihr Schmidt schon angerufen?", "Schmidt"},
		{"Könnt ihr Müller bitte Bescheid geben?", "Müller"},
		{"Viele Grüße, Ihr Fischer", "Fischer"},
		{"Mit freundlichen Grüßen\nIhr Schmidt", "Schmidt"},
		{"Überweisung 50 EUR Fischer", "Fischer"},
	} {
		wantValue(t, d, c.text, TypePerson, c.want, "%q", c.text)
	}
}

// TestDDNLabelsOnlyRightAfter: "DDN" is the French forms' date de
// naissance and a maker of storage; it labels a date right after it only.
func TestDDNLabelsOnlyRightAfter(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, want string }{
		{"Client : DDN : 12/05/1978", "12/05/1978"},
		{"ddn 12/05/1978 merci", "12/05/1978"},
		{"our DDN storage array was installed on 12/05/2019", ""},
		{"the DDN cluster went down 03/04/2024", ""},
		{"DDN firmware 12/05/2023 release", ""},
	} {
		wantValue(t, d, c.text, TypeDateOfBirth, c.want, "%q", c.text)
	}
}
