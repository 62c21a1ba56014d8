package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProbe8ReviewSecrets holds what a review of the secrets probe's
// fixes found they lost or flagged wrongly, each mended.
func TestProbe8ReviewSecrets(t *testing.T) {
	checkChatProbe(t, []chatProbeCase{
		// A value after a secret's word is whole only when '~' or '.'
		// joins its pieces (an Entra client secret); one holding a ',',
		// a ':' or a bracket holds more than one thing.
		{"secret=aB3dE5fG7hJ9kL1mN2pQ4rS6tU(+1 415 555 0123)", []string{"API_KEY=aB3dE5fG7hJ9kL1mN2pQ4rS6tU", "PHONE_NUMBER=+1 415 555 0123"}},
		{"token: aB3dE5fG7hJ9kL1mN2pQ4,4111111111111111", []string{"API_KEY=aB3dE5fG7hJ9kL1mN2pQ4", "CREDIT_CARD=4111111111111111"}},
		// Hex digits after "sig" are a digest, not a SAS signature.
		{"release sig: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", []string{}},
		{"sha256 sig=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ok", []string{}},
		// A password glued to -p: the client must be the command, the
		// value no placeholder, its quotes not in it.
		{"mysql -u root -p<password> shop", []string{}},
		{"mysql -u root -p******** shop", []string{}},
		{"mysql -u root -pYOUR_PASSWORD shop", []string{}},
		{`mysql -u root -p"$MYSQL_ROOT_PASSWORD" shop`, []string{}},
		{"mysql -e 'select 1'; docker run -p8080:80 nginx", []string{}},
		{"brew install mysql -proxy-settings=a.b", []string{}},
		{"mysql -u root -p'S3cret!x' shop", []string{"PASSWORD=S3cret!x"}},
		{"$ sudo mysqldump -uroot -pQx7!mT2#vL9z shop", []string{"PASSWORD=Qx7!mT2#vL9z"}},
		{"cd /tmp && mariadb -h db -u app -pKj8pL2qZx", []string{"PASSWORD=Kj8pL2qZx"}},
		// A link's parts around its secrets stay covered, and a token that
		// runs on inside a link is part of it. A random value that only
		// its parameter's name calls a secret stays in the link.
		{"see https://example.com/reset?token=aB3dE5fG7hJ9kL1mN2pQ4rS&email=bob@example.com thanks",
			[]string{"URL=https://example.com/reset?token=aB3dE5fG7hJ9kL1mN2pQ4rS&email=bob@example.com"}},
		{"https://example.com/ghp_T4xR8vB2nQ6mZ1kL9pW3yC7dF5hJ0sA8uE2g/xoxb-123456789012-1234567890123-aB3dE5fG7hJ9kL1mN2pQ4rS6",
			[]string{"URL=https://example.com/", "GITHUB_TOKEN=ghp_T4xR8vB2nQ6mZ1kL9pW3yC7dF5hJ0sA8uE2g", "SLACK_TOKEN=xoxb-123456789012-1234567890123-aB3dE5fG7hJ9kL1mN2pQ4rS6"}},
		{"https://example.com/docs/ghp_T4xR8vB2nQ6mZ1kL9pW3yC7dF5hJ0sA8uE2g.html",
			[]string{"URL=https://example.com/docs/ghp_T4xR8vB2nQ6mZ1kL9pW3yC7dF5hJ0sA8uE2g.html"}},
		{"https://example.com/a?ref=sk_live_4eC39HqLyjWDarjtT1zdp7dc.x",
			[]string{"URL=https://example.com/a?ref=sk_live_4eC39HqLyjWDarjtT1zdp7dc.x"}},
		// A link's own ";Key=" parameters are the link's; only a
		// connection string's value ends at its next pair.
		{"https://shop.example.com/cart;JSESSIONID=A1B2C3D4E5F6A7B8C9D0?item=5",
			[]string{"URL=https://shop.example.com/cart;JSESSIONID=A1B2C3D4E5F6A7B8C9D0?item=5"}},
		{"https://maps.example.com/place;Lat=52.52;Lon=13.40",
			[]string{"URL=https://maps.example.com/place;Lat=52.52;Lon=13.40"}},
		// A variable or a placeholder after "-u user:" names the password.
		{"curl -u admin:$ADMIN_PASSWORD https://api.example.com/v1", []string{"URL=https://api.example.com/v1"}},
		{"curl -u AC0123456789abcdef0123456789abcdef:your_auth_token https://api.example.com/v1",
			[]string{"TWILIO_KEY=AC0123456789abcdef0123456789abcdef", "URL=https://api.example.com/v1"}},
		{"curl -u admin:Kj8pL2qZx! https://api.example.com/v1", []string{"PASSWORD=Kj8pL2qZx!", "URL=https://api.example.com/v1"}},
		{"curl -u admin:Summer_2024 https://x.example.com", []string{"PASSWORD=Summer_2024", "URL=https://x.example.com"}},
		{"AccountKey=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", []string{"API_KEY=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}},
		{"docker exec -it db mysql -uroot -pS3cr3t!x9", []string{"PASSWORD=S3cr3t!x9"}},
		{"kubectl exec -it db-0 -- mysql -u root -pS3cr3t!x9 shop", []string{"PASSWORD=S3cr3t!x9"}},
		{"ssh db1 mysql -u root -pS3cr3t!x9", []string{"PASSWORD=S3cr3t!x9"}},
		{"mysql -u root -pHunter22", []string{"PASSWORD=Hunter22"}},
		{"mysql -u root -pSummer_2024", []string{"PASSWORD=Summer_2024"}},
		// Pieces of a link between its secrets hold a value or a path;
		// values that only their parameters' names call secrets stay in
		// the link, and a key of a known shape comes out of it.
		{"https://x.example.com/dl?token=aB3dE5fG7hJ9kL1mN2pQ4rS&sig=Zx8Qm3Pv7Rt2Lk9Wn4HsQ2",
			[]string{"URL=https://x.example.com/dl?token=aB3dE5fG7hJ9kL1mN2pQ4rS&sig=Zx8Qm3Pv7Rt2Lk9Wn4HsQ2"}},
		{"https://x.example.com/dl?key=sk_live_4eC39HqLyjWDarjtT1zdp7dc&sig=Zx8Qm3Pv7Rt2Lk9Wn4HsQ2",
			[]string{"URL=https://x.example.com/dl?key=", "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc", "URL=&sig=Zx8Qm3Pv7Rt2Lk9Wn4HsQ2"}},
		{"curl -u admin:Password_123! https://x.example.com", []string{"PASSWORD=Password_123!", "URL=https://x.example.com"}},
		{"curl -u admin:my_dog_rex99 https://x.example.com", []string{"PASSWORD=my_dog_rex99", "URL=https://x.example.com"}},
		{"curl -u admin:your_password_here https://x.example.com", []string{"URL=https://x.example.com"}},
		{"mysql -u root -pSecret_2024 shop", []string{"PASSWORD=Secret_2024"}},
		{"mysql -u root -pyour-api-key-here shop", []string{}},
		{"docker run --name mysql -p3306:3306 -d mysql:8", []string{}},
		{"docker run -d --name mysql -p127.0.0.1:3306:3306 mysql", []string{}},
		{"cp -r mysql -pR/data", []string{}},
		{"apt install -y mysql -proxy-settings=a.b", []string{}},
		{"Here's the info you asked for: mysql -u root -pHunter22 shop", []string{"PASSWORD=Hunter22"}},
		{"to update the schema run mysql -u root -pHunter22 shop", []string{"PASSWORD=Hunter22"}},
		{"apt-get install -y mysql-client && mysql -u root -pHunter22 shop", []string{"PASSWORD=Hunter22"}},
		{"run `mysql -u root -pHunter22 shop` please", []string{"PASSWORD=Hunter22"}},
		{"sudo -u mysql mysql -pHunter22", []string{"PASSWORD=Hunter22"}},
	})
}

// TestLinkSecretTypeOff: a secret of a type the detector does not report
// stays inside its link.
func TestLinkSecretTypeOff(t *testing.T) {
	d, err := NewDetector(WithTypes(TypeURL, TypeEmailAddress))
	require.NoError(t, err)
	text := "see https://files.example.com/dl?token=Zx8Qm3Pv7Rt2Lk9Wn4Hs&email=jane.roe@example.org"
	assert.Equal(t, []string{"URL=https://files.example.com/dl?token=Zx8Qm3Pv7Rt2Lk9Wn4Hs&email=jane.roe@example.org"}, foundAs(t, d, text))
}

// TestLinkAccessKeyTypeOff: an AWS access key in a link's path whose type
// is off still vouches for the secret key after it.
func TestLinkAccessKeyTypeOff(t *testing.T) {
	d, err := NewDetector(WithTypes(TypeURL, TypeAWSSecretKey))
	require.NoError(t, err)
	text := "https://example.com/AKIAIOSFODNN7EXAMPLE then wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	assert.Contains(t, foundAs(t, d, text), "AWS_SECRET_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
}
