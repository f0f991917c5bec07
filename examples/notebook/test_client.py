"""Runs the notebook's client path against a live newsgraph server, with the standard library only.

    python3 test_client.py --url http://127.0.0.1:8080 [--origin http://localhost:8888] [--entity Rwanda]

The server must hold articles in which the entity has partners (examples/articles does for
Rwanda). With --origin, the server must have been started with that origin allowed
(--origins), and the CORS answers are checked too. Exits 1 when a check fails.
"""
import argparse
import csv
import io
import sys
import unittest
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgraph_client import Client, NewsgraphError  # noqa: E402

ARGS = None
PARTNERING = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


class ClientPath(unittest.TestCase):
    def setUp(self):
        self.ng = Client(ARGS.url, timeout=30)

    def test_partners(self):
        partners = self.ng.partners(ARGS.entity)
        self.assertTrue(partners, f"{ARGS.entity} has no partners")
        for p in partners:
            self.assertTrue(p["entity"]["name"])
            self.assertTrue(p["relations"], f"partner {p['entity']['name']} without relations")
            for r in p["relations"]:
                self.assertIn(r["type"], PARTNERING)
                self.assertTrue(r["evidence"] and r["evidence"][0]["sentence"], f"relation {r['id']} without evidence")
                self.assertTrue(r["evidence"][0]["article"]["id"])

    def test_relations_pages(self):
        whole = self.ng.relations(subject=ARGS.entity, page=100)
        paged = self.ng.relations(subject=ARGS.entity, page=1)
        self.assertTrue(whole, f"no relations of {ARGS.entity}")
        self.assertEqual([r["id"] for r in paged], [r["id"] for r in whole])

    def test_dataframe_rows(self):
        # What the notebook turns into a pandas DataFrame: one row per (partner, relation).
        rows = [{"partner": p["entity"]["name"], "type": r["type"], "date": r["date"],
                 "sentence": r["evidence"][0]["sentence"]}
                for p in self.ng.partners(ARGS.entity) for r in p["relations"]]
        self.assertTrue(rows)
        self.assertEqual(set(rows[0]), {"partner", "type", "date", "sentence"})

    def test_exports_agree(self):
        nodes = self.ng.table("csv-nodes", entity=ARGS.entity, depth=1)
        edges = self.ng.table("csv-edges", entity=ARGS.entity, depth=1)
        self.assertTrue(edges, "the neighbourhood has no edges")
        ids = {n["id"] for n in nodes}
        for e in edges:
            self.assertIn(e["source"], ids)
            self.assertIn(e["target"], ids)
            self.assertGreaterEqual(int(e["evidence"]), 1)
        # The GraphML export holds the same graph.
        root = ET.fromstring(self.ng.export("graphml", entity=ARGS.entity, depth=1))
        graph = root.find(GRAPHML + "graph")
        self.assertEqual(len(graph.findall(GRAPHML + "node")), len(nodes))
        self.assertEqual(len(graph.findall(GRAPHML + "edge")), len(edges))
        # What NetworkX computes in the notebook: the entity is the best connected node.
        degree = Counter()
        for e in edges:
            degree[e["source"]] += 1
            degree[e["target"]] += 1
        center = next(n["id"] for n in nodes if n["label"].lower() == ARGS.entity.lower() or n["id"].lower() == ARGS.entity.lower())
        self.assertEqual(degree[center], len(edges) - sum(1 for e in edges if center not in (e["source"], e["target"])))
        self.assertEqual(degree.most_common(1)[0][0], center)

    def test_csv_zip(self):
        z = zipfile.ZipFile(io.BytesIO(self.ng.export("csv", entity=ARGS.entity)))
        self.assertEqual(sorted(z.namelist()), ["edges.csv", "evidence.csv", "nodes.csv"])
        evidence = list(csv.DictReader(io.TextIOWrapper(z.open("evidence.csv"), "utf-8")))
        self.assertTrue(evidence and evidence[0]["sentence"])

    def test_errors_are_json(self):
        cases = [(lambda: self.ng.export("pdf"), "invalid", 400),
                 (lambda: self.ng.export("dot", since="last week"), "invalid", 400),
                 (lambda: self.ng.export("dot", entity="No Such Land Anywhere"), "not_found", 404)]
        for call, code, status in cases:
            with self.assertRaises(NewsgraphError) as ctx:
                call()
            self.assertEqual((ctx.exception.code, ctx.exception.status), (code, status), str(ctx.exception))
            self.assertTrue(ctx.exception.message)
        with self.assertRaises(NewsgraphError) as ctx:
            self.ng.query("{ partners { nope } }")
        self.assertTrue(ctx.exception.message)

    def test_cors(self):
        if not ARGS.origin:
            self.skipTest("no --origin")
        for path in ["/export?format=csv-nodes&entity=" + ARGS.entity, "/export?format=pdf"]:
            req = urllib.request.Request(ARGS.url + path, headers={"Origin": ARGS.origin})
            try:
                res = urllib.request.urlopen(req, timeout=30)
            except urllib.error.HTTPError as err:  # the 400 must carry the header too
                res = err
            self.assertEqual(res.headers.get("Access-Control-Allow-Origin"), ARGS.origin, path)
        pre = urllib.request.Request(ARGS.url + "/graphql", method="OPTIONS", headers={
            "Origin": ARGS.origin, "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        with urllib.request.urlopen(pre, timeout=30) as res:
            self.assertEqual(res.headers.get("Access-Control-Allow-Origin"), ARGS.origin)
        other = urllib.request.Request(ARGS.url + "/export?format=csv-nodes", headers={"Origin": "http://elsewhere.example"})
        with urllib.request.urlopen(other, timeout=30) as res:
            self.assertIsNone(res.headers.get("Access-Control-Allow-Origin"))


def main():
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", required=True)
    ap.add_argument("--origin", default="")
    ap.add_argument("--entity", default="Rwanda")
    ARGS, rest = ap.parse_known_args()
    prog = unittest.main(argv=[sys.argv[0], "-v"] + rest, exit=False)
    sys.exit(0 if prog.result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
