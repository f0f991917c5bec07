-- loadtest.lua: wrk script for scripts/loadtest.sh. Each request is one of a mix of GraphQL
-- queries (partners, filtered and paginated relations, entity search, paths, an entity with its
-- neighbours, articles) over a rotating set of names; any status other than 200 or a body with
-- "errors" counts as a failure, reported at the end as "bad_responses N".
local names = {"Rwanda", "United States", "United Kingdom", "Denmark", "Israel", "France", "China",
  "Russia", "Germany", "Iran", "India", "Japan", "Brazil", "Egypt", "Syria", "Ukraine"}
local prefixes = {"Ru", "Un", "Is", "Fr", "Ch", "Ge", "In", "Ja", "Br", "Eg"}
local queries = {
  function(n) return '{ partners(of: "' .. n .. '") { entity { id name } relations { type date evidence { sentence article { id } } } } }' end,
  function(n) return '{ relations(subject: "' .. n .. '", either: true, types: ["AGREE","CONSULT","FIGHT"], since: "2016", first: 20) { totalCount edges { cursor node { type date subject { name } object { name } } } pageInfo { hasNextPage endCursor } } }' end,
  function(n, i) return '{ entities(prefix: "' .. prefixes[i % #prefixes + 1] .. '", first: 10) { id name type code } }' end,
  function(n, i) return '{ paths(from: "' .. n .. '", to: "' .. names[(i + 3) % #names + 1] .. '", maxHops: 3, first: 2) { entities { name } relations { type } } }' end,
  function(n) return '{ entity(name: "' .. n .. '") { id name neighbours { id name } facts { type object { name } } } }' end,
  function(n) return '{ articles(entity: "' .. n .. '", first: 10) { totalCount edges { node { id title date source } } } }' end,
}
local counter = 0
local bad = 0

local function json_escape(s)
  return (s:gsub('\\', '\\\\'):gsub('"', '\\"'))
end

request = function()
  counter = counter + 1
  local n = names[counter % #names + 1]
  local q = queries[counter % #queries + 1](n, counter)
  local body = '{"query":"' .. json_escape(q) .. '"}'
  return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json"}, body)
end

response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
    if bad <= 3 then io.stderr:write("bad response " .. status .. ": " .. string.sub(body, 1, 300) .. "\n") end
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("requests_per_s %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency_p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("latency_p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("latency_max_ms %.2f\n", latency.max / 1000))
  io.write(string.format("errors_connect %d errors_read %d errors_write %d errors_status %d errors_timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
