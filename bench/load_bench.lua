-- wrk script for bench/load_bench.py: cycles through a list of request paths
-- (with their cookies) written by the Python driver, and counts non-200 answers.
local requests_file = os.getenv("SKILLMAP_LOAD_REQUESTS")
local paths, cookies = {}, {}
for line in io.lines(requests_file) do
  local cookie, path = line:match("^(.-)\t(.*)$")
  paths[#paths + 1] = path
  cookies[#cookies + 1] = cookie
end

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = id * 7919
  failures = 0
end

function request()
  counter = counter + 1
  local i = (counter % #paths) + 1
  local headers = {}
  if cookies[i] ~= "" then headers["Cookie"] = cookies[i] end
  return wrk.format("GET", paths[i], headers)
end

function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
  io.write(string.format("RESULT requests=%d seconds=%.2f p50=%.2f p95=%.2f p99=%.2f max=%.2f "
    .. "non200=%d socket_errors=%d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout))
end
