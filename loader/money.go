package loader

import (
	"strconv"
	"strings"
)

// Amounts of money: "715 million pounds", "$949 million", "€2.5bn", "580 million shillings",
// kept as an exact whole amount and an ISO 4217 currency code on PAYS, AID and AGREE relations.

// money is one amount found in a sentence, over tokens [tok, end).
type money struct {
	tok, end int
	Amount   string
	Currency string
}

var currencySymbols = map[string]string{"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}

var currencyWords = map[string]string{
	"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "dollar": "USD", "dollars": "USD", "euro": "EUR",
	"euros": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
	"naira": "NGN", "rand": "ZAR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
	"shekel": "ILS", "shekels": "ILS", "won": "KRW", "lira": "TRY", "francs": "CHF", "usd": "USD",
	"gbp": "GBP", "eur": "EUR", "riyals": "SAR", "dirhams": "AED", "pesos": "MXN", "reais": "BRL",
	"kwacha": "ZMW", "cedis": "GHS", "birr": "ETB",
}

var scales = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"m": 1e6, "mn": 1e6, "bn": 1e9, "k": 1e3}

// parseNumber reads "949", "1,200", "2.5", "12m", "5bn" as a value and an inline scale.
func parseNumber(w string) (float64, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false
	}
	scale := 1.0
	for suf, s := range map[string]float64{"bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) && w[len(w)-len(suf)-1] >= '0' && w[len(w)-len(suf)-1] <= '9' {
			w, scale = w[:len(w)-len(suf)], s
			break
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	if err != nil {
		return 0, false
	}
	return f * scale, true
}

// findMoney returns the amounts of money in toks.
func findMoney(toks []tok) []money {
	var out []money
	w := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].W
	}
	for i := 0; i < len(toks); i++ {
		cur, sym := currencySymbols[w(i)]
		start := i
		j := i
		if sym {
			if w(i-1) == "us" || w(i-1) == "u.s" {
				start = i - 1
			}
			j = i + 1
		}
		v, ok := parseNumber(w(j))
		if !ok {
			continue
		}
		j++
		if s, ok := scales[w(j)]; ok {
			v *= s
			j++
		}
		if !sym {
			c, ok := currencyWords[w(j)]
			if !ok {
				continue
			}
			if c == "USD" && (w(j-1) == "u.s" || w(j+1) == "") {
				c = "USD"
			}
			cur = c
			j++
		}
		out = append(out, money{tok: start, end: j, Amount: strconv.FormatFloat(v, 'f', 0, 64), Currency: cur})
		i = j - 1
	}
	return out
}

func (sc *sentCtx) money() []money {
	if sc.moneyDone {
		return sc.amounts
	}
	sc.moneyDone = true
	for _, t := range sc.toks {
		if t.W != "" && (t.W[0] >= '0' && t.W[0] <= '9' || currencySymbols[t.W] != "") {
			sc.amounts = findMoney(sc.toks)
			break
		}
	}
	return sc.amounts
}

// moneyNear returns the amount nearest the trigger at i in the same clause.
func (sc *sentCtx) moneyNear(i int) (money, bool) {
	best, bestD := money{}, 1<<30
	ms := sc.money()
	if len(ms) == 0 {
		return best, false
	}
	lo, _ := sc.clauseStart(i)
	hi := sc.objectEnd(i + 1)
	for _, m := range ms {
		if m.tok < lo || m.tok >= hi {
			continue // another clause's money: "… and has received 300 million dollars"
		}
		d := m.tok - i
		if d < 0 {
			d = -d
		}
		if d < bestD && d <= 12 {
			best, bestD = m, d
		}
	}
	return best, bestD < 1<<30
}

// moneyRelations reads payments told through the money: "with 290 million pounds going to
// Rwanda" is a PAYS from the actor the sentence charges (the nearest before the amount).
func (sc *sentCtx) moneyRelations() {
	for _, m := range sc.money() {
		k := m.end
		switch sc.toks.w(k) {
		case "going", "paid", "sent", "given", "transferred", "went", "flowing", "flowed", "handed":
		default:
			continue
		}
		if sc.toks.w(k+1) != "to" {
			continue
		}
		payee := -1
		for j := k + 2; j < len(sc.toks) && j-k <= 5; j++ {
			if a := sc.toks.actorAt(j); a >= 0 {
				payee = a
				break
			}
		}
		if payee < 0 {
			continue
		}
		payer := -1
		for j := m.tok - 1; j >= 0; j-- {
			if a := sc.toks.actorAt(j); a >= 0 && a != payee && sc.toks.w(j-1) != "to" && sc.toks.w(j-1) != "from" {
				payer = a
				break
			}
		}
		if payer < 0 {
			continue
		}
		ev := &eventInfo{trigger: k, confidence: 0.7, speaker: -1, rule: wordRule("money", sc.toks.w(k), "")}
		n := len(sc.out)
		sc.emit("PAYS", payer, payee, ev)
		if len(sc.out) == n {
			continue // not emitted: a previous relation must not take this amount
		}
		if last := &sc.out[len(sc.out)-1]; last.Type == "PAYS" {
			if last.Attrs == nil {
				last.Attrs = map[string]string{}
			}
			last.Attrs["amount"], last.Attrs["currency"] = m.Amount, m.Currency
		}
	}
}
