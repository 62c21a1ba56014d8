package redact

// Postal addresses written in Chinese characters, as mainland China,
// Hong Kong and Taiwan write them: from the largest part to the
// smallest, with no space between the parts, the number of the building
// before "号" ("號"), the floor and the flat after it:
// "上海市浦东新区张杨路1288号3号楼502室", "香港九龍旺角彌敦道688號6樓B室",
// "106臺北市大安區忠孝東路四段181號7樓". The scan finds a province's, a
// city's or a territory's name inside such a run (gCJKPlace, cjkKeys),
// and cjkAddressAt reads the address from there (session 66).

// cjkPlaceWords are the names that open an address in Chinese
// characters (gCJKPlace): the mainland's provinces and the four cities
// that are provinces, its largest cities, Hong Kong's and Macau's
// territories, Taiwan's cities and counties, in simplified and
// traditional characters.
var cjkPlaceWords = map[string][]string{
	"zh": {
		"北京市", "天津市", "上海市", "重庆市", "重慶市", "北京", "上海", "天津", "重庆", "重慶",
		"河北省", "山西省", "辽宁省", "遼寧省", "吉林省", "黑龙江省", "黑龍江省", "江苏省", "江蘇省", "浙江省", "安徽省", "福建省",
		"江西省", "山东省", "山東省", "河南省", "湖北省", "湖南省", "广东省", "廣東省", "海南省", "四川省", "贵州省", "貴州省",
		"云南省", "雲南省", "陕西省", "陝西省", "甘肃省", "甘肅省", "青海省", "内蒙古", "內蒙古", "广西", "廣西", "西藏", "宁夏", "寧夏", "新疆",
		"广州市", "廣州市", "深圳市", "杭州市", "成都市", "南京市", "武汉市", "武漢市", "西安市", "苏州市", "蘇州市", "大连市", "大連市",
		"沈阳市", "瀋陽市", "青岛市", "青島市", "厦门市", "廈門市", "长沙市", "長沙市", "郑州市", "鄭州市", "济南市", "濟南市", "合肥市",
		"福州市", "昆明市", "东莞市", "東莞市", "佛山市", "宁波市", "寧波市", "无锡市", "無錫市", "哈尔滨市", "長春市", "长春市", "石家庄市",
		"太原市", "南昌市", "贵阳市", "南宁市", "兰州市", "海口市", "珠海市", "温州市",
		"香港", "九龍", "九龙", "新界", "澳門", "澳门",
		"台北市", "臺北市", "新北市", "台中市", "臺中市", "台南市", "臺南市", "高雄市", "桃園市", "新竹市", "新竹縣", "基隆市", "嘉義市",
		"彰化縣", "屏東縣", "宜蘭縣", "花蓮縣", "苗栗縣", "雲林縣", "南投縣", "台東縣", "臺東縣",
	},
}

// cjkAddressMax is the most bytes cjkAddressAt reads from a place's name:
// forty characters of three bytes and some digits.
const cjkAddressMax = 160

// cjkAddressAt reads the address that the place's name t[start:end]
// opens: the run of ideographs, digits, ASCII letters and hyphens after
// it on its line, up to a space, a punctuation mark or cjkAddressMax
// bytes, cut after its last part of a building: a number and "号"/"號"
// (a building's number, which the address must hold), then "室" (a
// flat), "楼"/"樓"/"层"/"層"/"F" (a floor), "座", "栋"/"棟", "单元"/"單元",
// "之" and a number ("12樓之3"). Digits glued before the name are its
// postcode ("106臺北市"). s.cjkTo, the end of the last address read, keeps
// a name inside it from reading it again.
func (s *state) cjkAddressAt(start, end int) {
	t := s.text
	if start < s.cjkTo {
		return
	}
	p := start
	for p > 0 && p > start-6 && isDigit(t[p-1]) {
		p--
	}
	if p < start && (start-p < 3 || p > 0 && isAlnum(t[p-1])) {
		p = start
	}
	last, numbered := -1, false
	digits := false // the character before was a digit
	limit := min(len(t), start+cjkAddressMax)
	for i := end; i < limit; {
		c := t[i]
		switch {
		case isDigit(c):
			j := i
			for j < limit && isDigit(t[j]) {
				j++
			}
			if i >= 3 && t[i-3:i] == "之" && numbered {
				last = j
			}
			i, digits = j, true
			continue
		case c < 0x80 && (isLetter(c) || c == '-'):
			if (c == 'F' || c == 'f') && digits && numbered {
				last = i + 1 // "8F"
			}
			i++
			digits = false
			continue
		}
		sc, w := cjkScriptAt(t, i)
		if sc != cjkHan {
			break
		}
		switch ch := t[i : i+w]; ch {
		case "号", "號":
			if digits || i >= 3 && cjkNumeral(t[i-3:i]) {
				numbered = true
				last = i + w
			}
		case "室", "楼", "樓", "层", "層", "座", "栋", "棟", "户", "戶":
			if numbered {
				last = i + w
			}
		case "单", "單":
			if numbered && i+2*w <= limit && t[i+w:i+2*w] == "元" {
				last = i + 2*w
				i += w
			}
		}
		i += w
		digits = false
	}
	if !numbered || last <= end {
		return
	}
	s.cjkTo = last
	s.add(cand{start: p, end: last, typ: TypeStreetAddress, rec: "cjk_address", score: 0.85})
}

// cjkNumeral reports whether the ideograph ch is a Chinese numeral: "三段",
// "一号".
func cjkNumeral(ch string) bool {
	switch ch {
	case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零":
		return true
	}
	return false
}
