"""Reads a GraphML or GEXF file with NetworkX and prints its node and edge counts as JSON.

Used by newsgraph's export tests: python3 nx_count.py graphml|gexf FILE
"""
import json
import sys

import networkx as nx

kind, path = sys.argv[1], sys.argv[2]
if kind == "graphml":
    g = nx.read_graphml(path, force_multigraph=True)
else:
    g = nx.read_gexf(path)
labels = sorted(str(d.get("label", "")) for _, d in g.nodes(data=True))
types = sorted(str(d.get("event_type", "")) for _, _, d in g.edges(data=True))
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "directed": g.is_directed(), "labels": labels, "event_types": types}))
