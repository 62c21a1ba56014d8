package redact

import (
	"crypto/sha256"
	"math/big"
	"strings"
)

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58CheckOK decodes a base58check address of Bitcoin, Litecoin or Tron (a
// version byte, twenty bytes of hash, four of checksum) and verifies its
// four-byte double-SHA-256 checksum.
func base58CheckOK(s string) bool {
	n := new(big.Int)
	b58 := big.NewInt(58)
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(base58Alphabet, s[i])
		if d < 0 {
			return false
		}
		n.Mul(n, b58)
		n.Add(n, big.NewInt(int64(d)))
	}
	raw := n.Bytes()
	zeros := 0
	for zeros < len(s) && s[zeros] == '1' {
		zeros++
	}
	full := append(make([]byte, zeros), raw...)
	if len(full) != 25 {
		return false
	}
	h1 := sha256.Sum256(full[:21])
	h2 := sha256.Sum256(h1[:])
	return string(h2[:4]) == string(full[21:])
}

const bech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// bech32OK verifies a segwit address: a prefix ("bc1", "ltc1") then data in the bech32
// alphabet, checksum constant 1 (bech32, witness v0) or 0x2bc830a3
// (bech32m, v1 and later). Mixed case is invalid.
func bech32OK(s string) bool {
	if strings.ToLower(s) != s && strings.ToUpper(s) != s {
		return false
	}
	s = strings.ToLower(s)
	pos := strings.LastIndexByte(s, '1')
	if pos < 1 || pos+7 > len(s) || len(s) > 90 {
		return false
	}
	hrp := s[:pos]
	values := make([]int, 0, len(hrp)*2+1+len(s)-pos-1)
	for i := 0; i < len(hrp); i++ {
		values = append(values, int(hrp[i])>>5)
	}
	values = append(values, 0)
	for i := 0; i < len(hrp); i++ {
		values = append(values, int(hrp[i])&31)
	}
	var data []int
	for i := pos + 1; i < len(s); i++ {
		d := strings.IndexByte(bech32Charset, s[i])
		if d < 0 {
			return false
		}
		data = append(data, d)
	}
	values = append(values, data...)
	gen := [5]int{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := 1
	for _, v := range values {
		b := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ v
		for i := 0; i < 5; i++ {
			if (b>>uint(i))&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	if len(data) == 0 {
		return false
	}
	switch {
	case data[0] == 0:
		return chk == 1
	default:
		return chk == 0x2bc830a3
	}
}
