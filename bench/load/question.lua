-- wrk script: posts one GraphQL question per request, with a random id from IDS_FILE (one per line) as $id.
-- QUERY is the query as a JSON string; TOKEN the bearer token. Counts answers that are not 200 or carry errors.
local ids = {}
local idsFile = os.getenv("IDS_FILE")
if idsFile and idsFile ~= "" then
  for line in io.lines(idsFile) do ids[#ids + 1] = line end
end
local query = os.getenv("QUERY")
local threads = {}

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

function setup(thread)
  thread:set("seed", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(seed * 7919)
  failed = 0
end

function request()
  local variables = "{}"
  if #ids > 0 then variables = '{"id":"' .. ids[math.random(#ids)] .. '"}' end
  return wrk.format(nil, "/graphql", nil, '{"query":' .. query .. ',"variables":' .. variables .. '}')
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then failed = failed + 1 end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f failed=%d timeouts=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, failures, summary.errors.timeout,
    summary.errors.connect + summary.errors.read + summary.errors.write))
end
