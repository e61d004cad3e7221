-- wrk script for the soak: a mix of what users do, per request at random — 60% a register page (50 riskiest risks of a
-- project, nested), 25% one risk with its relations, 15% a new risk in a random project (a write with its history row).
-- PROJECT_IDS and RISK_IDS are files of ids, one per line; TOKEN the bearer token. Counts answers that are not 200 or
-- carry errors, per kind.
local function lines(file)
  local list = {}
  for line in io.lines(file) do list[#list + 1] = line end
  return list
end
local projects = lines(os.getenv("PROJECT_IDS"))
local risks = lines(os.getenv("RISK_IDS"))
local threads = {}

local register = [[query($id: ID!) { project(id: $id) { risks(first: 50, orderBy: {field: EXPECTED_LOSS, direction: DESC}) { nodes { id title status probability expectedLoss { amount currency } milestone { id name dueDate } mitigations { probabilityReduction lossReduction investment { id name status } } } } } }]]
local risk = [[query($id: ID!) { risk(id: $id) { id title status expectedLoss { amount } project { id key name } milestone { id name } mitigations { probabilityReduction investment { id name } } incidents { id title severity } } }]]
local create = [[mutation($input: RiskCreateInput!) { riskCreate(input: $input) { risk { id } userErrors { code message } } }]]

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

function setup(thread)
  thread:set("seed", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(seed * 104729)
  failed = 0
  writes = 0
  counter = 0
end

local function body(query, variables)
  return '{"query":"' .. query:gsub('"', '\\"') .. '","variables":' .. variables .. '}'
end

function request()
  local pick = math.random(100)
  if pick <= 60 then
    return wrk.format(nil, "/graphql", nil, body(register, '{"id":"' .. projects[math.random(#projects)] .. '"}'))
  elseif pick <= 85 then
    return wrk.format(nil, "/graphql", nil, body(risk, '{"id":"' .. risks[math.random(#risks)] .. '"}'))
  end
  counter = counter + 1
  writes = writes + 1
  local input = string.format('{"input":{"projectId":"%s","title":"Soak %d-%d","category":"AVAILABILITY","likelihood":3,'
    .. '"impact":3,"probability":"0.1","lossLow":"1000","lossHigh":"50000","response":"MITIGATE"}}',
    projects[math.random(#projects)], seed, counter)
  return wrk.format(nil, "/graphql", nil, body(create, input))
end

function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) or string.find(body, '"code"', 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local failures, written = 0, 0
  for _, thread in ipairs(threads) do
    failures = failures + thread:get("failed")
    written = written + thread:get("writes")
  end
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f failed=%d writes=%d timeouts=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, failures, written, summary.errors.timeout,
    summary.errors.connect + summary.errors.read + summary.errors.write))
end
