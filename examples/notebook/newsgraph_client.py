"""A small client for the newsgraph server, with nothing but the Python standard library.

    from newsgraph_client import Client
    ng = Client("http://127.0.0.1:8080")
    ng.partners("Rwanda")                      # partners and the relations that make them so
    ng.relations(subject="UK", object="Rwanda", since="2022")
    ng.export("graphml", entity="Rwanda", depth=2, path="rwanda.graphml")
    ng.table("csv-edges", since="2024")        # list of dicts, one per event

Errors from the server (a bad argument, an unknown entity, a GraphQL error) raise NewsgraphError
with the server's message, its code ("invalid", "not_found", ...) and the HTTP status.
"""
import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["Client", "NewsgraphError", "PARTNERS_QUERY", "RELATIONS_QUERY"]

PARTNERS_QUERY = """
query Partners($of: String!, $since: String, $until: String) {
  partners(of: $of, since: $since, until: $until) {
    entity { id name type code }
    relations {
      id type date status
      subject { id name } object { id name }
      evidence { sentence article { id title date source url } }
    }
  }
}"""

RELATIONS_QUERY = """
query Relations($subject: String, $object: String, $types: [String!], $since: String,
                $until: String, $first: Int, $after: String) {
  relations(subject: $subject, object: $object, types: $types, since: $since, until: $until,
            first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id type date status
      subject { id name } object { id name }
      evidence { sentence article { id title date source url } }
    } }
  }
}"""


class NewsgraphError(Exception):
    """An error the server answered with: message, code and HTTP status."""

    def __init__(self, message, code="", status=0):
        super().__init__(message)
        self.message, self.code, self.status = message, code, status

    def __str__(self):
        return f"{self.message} ({self.code or 'error'}, HTTP {self.status})"


class Client:
    """Talks to one newsgraph server: GraphQL queries and graph exports."""

    def __init__(self, url="http://127.0.0.1:8080", timeout=60, token=None):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.token = token

    def _open(self, req):
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        try:
            return urllib.request.urlopen(req, timeout=self.timeout)
        except urllib.error.HTTPError as err:
            raise _error_of(err.read(), err.code) from None

    def query(self, query, **variables):
        """Runs a GraphQL query and returns its "data"; GraphQL errors raise NewsgraphError."""
        body = json.dumps({"query": query, "variables": {k: v for k, v in variables.items() if v is not None}})
        req = urllib.request.Request(self.url + "/graphql", data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json", "Accept": "application/json"})
        with self._open(req) as res:
            payload = json.load(res)
        if payload.get("errors"):
            raise _error_of(json.dumps(payload).encode(), 200)
        return payload["data"]

    def partners(self, of, since=None, until=None):
        """The partners of an entity (a name, code or ID), each with the relations that make it one."""
        return self.query(PARTNERS_QUERY, of=of, since=since, until=until)["partners"]

    def relations(self, subject=None, object=None, types=None, since=None, until=None, page=100):
        """All relations matching the arguments, following the pages; a list of relation dicts."""
        out, after = [], None
        while True:
            conn = self.query(RELATIONS_QUERY, subject=subject, object=object, types=types,
                              since=since, until=until, first=page, after=after)["relations"]
            out.extend(edge["node"] for edge in conn["edges"])
            if not conn["pageInfo"]["hasNextPage"]:
                return out
            after = conn["pageInfo"]["endCursor"]

    def export_url(self, format="graphml", **filters):
        """The URL of an export: format, and filters entity, depth, since, until, types, class_, source."""
        params = {"format": format}
        for key, value in filters.items():
            if value is None:
                continue
            key = key.rstrip("_")  # class_ -> class
            if isinstance(value, (list, tuple)):
                value = ",".join(value)
            params[key] = str(value)
        return self.url + "/export?" + urllib.parse.urlencode(params)

    def export(self, format="graphml", path=None, **filters):
        """Downloads an export. With path, writes it there (in pieces) and returns the path;
        else returns the bytes."""
        req = urllib.request.Request(self.export_url(format, **filters))
        with self._open(req) as res:
            if path is None:
                return res.read()
            with open(path, "wb") as f:
                while True:
                    chunk = res.read(1 << 16)
                    if not chunk:
                        break
                    f.write(chunk)
        return path

    def table(self, format="csv-edges", **filters):
        """A CSV export ("csv-nodes" or "csv-edges") as a list of dicts, one per row."""
        text = self.export(format, **filters).decode("utf-8")
        return list(csv.DictReader(io.StringIO(text, newline="")))


def _error_of(body, status):
    """Reads the server's JSON error body ({"errors":[{"message", "extensions":{"code"}}]})."""
    try:
        first = json.loads(body)["errors"][0]
        return NewsgraphError(first.get("message", "error"), (first.get("extensions") or {}).get("code", ""), status)
    except (ValueError, KeyError, IndexError, TypeError):
        return NewsgraphError(body[:200].decode("utf-8", "replace") or "HTTP error", "", status)
