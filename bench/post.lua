-- wrk script of bench/run.sh: POSTs one JSON body (the file named after --) and, when wrk is done, prints one JSON
-- line with the counts and latency percentiles. graphql_errors counts answers with status 200 and GraphQL errors;
-- wrk counts other statuses (status_errors).
--   wrk -t2 -c16 -d10s -s bench/post.lua http://127.0.0.1:18080/graphql -- body.json
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   local file = assert(io.open(args[1], "rb"))
   local body = file:read("*a")
   file:close()
   request_text = wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
   failed = 0
end

function request()
   return request_text
end

function response(status, headers, body)
   if status == 200 and string.find(body, '"errors"', 1, true) then
      failed = failed + 1
   end
end

function done(summary, latency, requests)
   local graphql_errors = 0
   for _, thread in ipairs(threads) do
      graphql_errors = graphql_errors + thread:get("failed")
   end
   local e = summary.errors
   io.write(string.format(
      '{"requests":%d,"duration_us":%d,"bytes":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d,' ..
      '"socket_errors":%d,"status_errors":%d,"graphql_errors":%d}\n',
      summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(90),
      latency:percentile(99), latency.mean, latency.max, e.connect + e.read + e.write + e.timeout, e.status,
      graphql_errors))
end
