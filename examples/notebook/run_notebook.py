"""Runs the code cells of a notebook in order, without Jupyter, printing each cell's last value.

    python3 run_notebook.py newsgraph.ipynb

Needs what the notebook imports (pandas, networkx, matplotlib). Plots go to files (Agg backend).
"""
import ast
import json
import sys

import matplotlib

matplotlib.use("Agg")

nb = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "newsgraph.ipynb"))
scope = {"__name__": "__main__"}
for n, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
    src = "".join(cell["source"])
    tree = ast.parse(src)
    last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
    exec(compile(tree, f"<cell {n}>", "exec"), scope)
    if last is not None:
        value = eval(compile(ast.Expression(last.value), f"<cell {n}>", "eval"), scope)
        if value is not None:
            print(f"--- cell {n} ---\n{value}")
