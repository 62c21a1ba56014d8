package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStoreysAndBoxes checks the parts of a building that German, Dutch,
// Belgian and Austrian addresses write after the house number ("2.
// Stock", "Hinterhaus", "2 hoog", "bus 8", "Top 4", "bis"), the
// country's letters before a postcode ("B-9000") and the Belgian
// "Chaussée" before a street's name; with the look-alikes, where the
// same words are prose.
func TestStoreysAndBoxes(t *testing.T) {
	none := []string{"STREET_ADDRESS", "ADDRESS"}
	checkSoftCases(t, []softCase{
		{text: "Adresse: Kirchgasse 70, 2. Stock - 18055 Rostock", want: []string{"STREET_ADDRESS=Kirchgasse 70, 2. Stock - 18055 Rostock"}},
		{text: "Goethestraße 99, 2. Stock, 37073 Göttingen", want: []string{"STREET_ADDRESS=Goethestraße 99, 2. Stock, 37073 Göttingen"}},
		{text: "Lieferung an Hauptstraße 5, 3. OG, 10115 Berlin", want: []string{"STREET_ADDRESS=Hauptstraße 5, 3. OG, 10115 Berlin"}},
		{text: "Sophienstraße 22a, Hinterhaus - 24937 Flensburg", want: []string{"STREET_ADDRESS=Sophienstraße 22a, Hinterhaus - 24937 Flensburg"}},
		{text: "Bahnhofstr. 78, Hinterhaus – Lüneburg 21335", want: []string{"STREET_ADDRESS=Bahnhofstr. 78, Hinterhaus – Lüneburg 21335"}},
		{text: "Rechtstraat 52 2 hoog, 7411 CK DEVENTER", want: []string{"STREET_ADDRESS=Rechtstraat 52 2 hoog, 7411 CK DEVENTER"}},
		{text: "Keizersgracht 57 bis", want: []string{"STREET_ADDRESS=Keizersgracht 57 bis"}},
		{text: "Steenstraat 6 bus 8, B-9000 Gent", want: []string{"STREET_ADDRESS=Steenstraat 6 bus 8, B-9000 Gent"}},
		{text: "Bondgenotenlaan 19 bus 6, 3000 Leuven", want: []string{"STREET_ADDRESS=Bondgenotenlaan 19 bus 6, 3000 Leuven"}},
		{text: "Hauptstraße 5, D-10115 Berlin", want: []string{"STREET_ADDRESS=Hauptstraße 5, D-10115 Berlin"}},
		{text: "Livraison : Chaussée de Charleroi 33, 7000 Mons.", want: []string{"STREET_ADDRESS=Chaussée de Charleroi 33, 7000 Mons"}},
		{text: "304 avenue du Mont-Royal, app. 11, Gatineau, QC J8X 2S3", want: []string{"STREET_ADDRESS=304 avenue du Mont-Royal, app. 11, Gatineau, QC J8X 2S3"}},
		{text: "Envío a Calle Real nº 41 - 26001 Logroño (La Rioja), gracias", want: []string{"STREET_ADDRESS=Calle Real nº 41 - 26001 Logroño (La Rioja)"}},
		{text: "2260 rue Saint-Denis, Montréal (Québec) H2X 2G3, Canada", want: []string{"STREET_ADDRESS=2260 rue Saint-Denis, Montréal (Québec) H2X 2G3, Canada"}},
		// Look-alikes.
		{text: "Hauptstraße 5, 10115 Berlin (Mitte)", want: []string{"STREET_ADDRESS=Hauptstraße 5, 10115 Berlin"}},
		{text: "Hauptstraße 5 bis Freitag geschlossen", want: []string{"STREET_ADDRESS=Hauptstraße 5"}, none: []string{"STREET_ADDRESS=Hauptstraße 5 bis"}},
		{text: "error D-1234 again", none: none},
		{text: "Wir sind im 2. Stock, 3 Räume.", none: none},
		{text: "Take bus 12, 5 stops, then walk.", none: none},
		{text: "I live at 14 Station Road, bus 12 stops there", want: []string{"STREET_ADDRESS=14 Station Road"}, none: []string{"STREET_ADDRESS=14 Station Road, bus 12"}},
		{text: "Hauptstraße 12 Bus 5 Minuten entfernt", want: []string{"STREET_ADDRESS=Hauptstraße 12"}, none: []string{"STREET_ADDRESS=Hauptstraße 12 Bus 5"}},
		{text: "Top 10 tips, 2. Stock photos", none: none},
	})
}

// TestNameEnds checks where a name stops: before the verb that follows a
// name typed in lower case ("olena eres", "nour sei"), after the word
// that opens a call ("Ici", "Met"), after a seller's role ("Verkäuferin")
// and before "von", "van" or "di" and the firm or the town after a whole
// name.
func TestNameEnds(t *testing.T) {
	checkPersons(t, []personCase{
		{"gracias olena eres un sol", []string{"olena"}},
		{"grazie mille nour sei un tesoro", []string{"nour"}},
		{"mijn dochter fatima woont op kamers in almere", []string{"fatima"}},
		{"Ici Nour Bouzid, de chez Darty : il nous faut 10 licences", []string{"Nour Bouzid"}},
		{"Die Verkäuferin Ayşe Şahin war super", []string{"Ayşe Şahin"}},
		{"die Verkauferin Gulsen Ozturk war super nett", []string{"Gulsen Ozturk"}},
		{"Danke an Thu Trang Tran von Bosch", []string{"Thu Trang Tran"}},
		{"ringrazio Haruka Watanabe di MediaWorld", []string{"Haruka Watanabe"}},
		{"grazie tamsin sei un tesoro", []string{"tamsin"}},
		// Names that are verbs or roles elsewhere.
		{"Ich habe Sei Tanaka getroffen", []string{"Sei Tanaka"}},
		{"Herr Fahrer hat die Bestellung aufgenommen.", []string{"Fahrer"}},
		// Particles that are part of the name.
		{"Pieter Jansen van Dijk is mijn schoonvader.", []string{"Pieter Jansen van Dijk"}},
		{"Mi chiamo Giuseppe Tomasi di Lampedusa", []string{"Giuseppe Tomasi di Lampedusa"}},
		{"Ludwig van Beethoven", []string{"Ludwig van Beethoven"}},
		{"Ursula von der Leyen", []string{"Ursula von der Leyen"}},
		{"Jan Pieter van Dam", []string{"Jan Pieter van Dam"}},
		{"Hola, soy Sarah V. da Silva, mi correo es abc.", []string{"Sarah V. da Silva"}},
	})
}

// TestEmailAsUser checks that the user of "curl -u" is an e-mail address
// when it is one, and the password after it is still found.
func TestEmailAsUser(t *testing.T) {
	d := defaultDetector(t)
	for _, c := range []struct{ text, email, password string }{
		{`curl -u "mary.garcia@icloud.com:Winter1637$" https://app.example.com/v1/me`, "mary.garcia@icloud.com", "Winter1637$"},
		{"curl -u mary.garcia@icloud.com:Winter1637 https://x.example.com", "mary.garcia@icloud.com", "Winter1637"},
		{"curl --user=jo@example.org:S3cretpw https://x.example.com", "jo@example.org", "S3cretpw"},
	} {
		wantValue(t, d, c.text, TypeEmailAddress, c.email)
		wantValue(t, d, c.text, TypePassword, c.password)
	}
}

// TestProbe19Values checks values that a probe of structured chat found
// missed or misread: a date of birth in brackets, an Italian mobile
// written with a slash after a phone word, a time of day that is no house
// number, and a reset link after a password word, which is a link and
// not a password.
func TestProbe19Values(t *testing.T) {
	d := defaultDetector(t)
	wantValue(t, d, "Mijn geboortedatum is (11-02-1952); u kunt mij bellen", TypeDateOfBirth, "11-02-1952")
	wantValue(t, d, "my date of birth is (11/02/1952)", TypeDateOfBirth, "11/02/1952")
	wantValue(t, d, "Il suo ticket è collegato al numero 345/1903465.", TypePhoneNumber, "345/1903465")
	wantValue(t, d, "cellulare 345/1903465", TypePhoneNumber, "345/1903465")
	for _, text := range []string{
		"ordine 345/1903465 spedito",
		"it was delivered at 8am. New bank details follow",
		"tracking says it was delivered at 6pm. The SSN on the application is wrong",
	} {
		fs, err := d.Detect(context.Background(), text)
		require.NoError(t, err)
		for _, f := range fs {
			assert.NotContains(t, []string{TypePhoneNumber, TypeStreetAddress}, f.Type, "%s: %s", text, text[f.Start:f.End])
		}
	}
	// The link is covered from its scheme to the end of its token, by
	// findings that are no password.
	link := "El enlace para restablecer la contraseña (https://clientes.example.es/verify?uid=6920556&token=d75f685f775f9d77edb45077a1856a6c) ya caducó."
	fs, err := d.Detect(context.Background(), link)
	require.NoError(t, err)
	a := strings.Index(link, "https://")
	b := strings.Index(link, ") ya")
	p := a
	for _, f := range fs {
		assert.NotEqual(t, TypePassword, f.Type, "%s", link[f.Start:f.End])
		if f.Start <= p && f.End > p {
			p = f.End
		}
	}
	assert.GreaterOrEqual(t, p, b, "the link is covered only to byte %d of %d-%d", p, a, b)
}
