-- wrk script: POSTs one MCP JSON-RPC request over and over on an initialized session, and checks every response.
-- Environment: SCENARIO (call | list), SID (Mcp-Session-Id), TOKEN (bearer token; empty = no Authorization header).
-- A response counts as an error unless it is a 200 whose body holds a "result" and no "isError":true.
-- done() prints one machine-readable line: BENCH requests=.. errors=.. rps=.. p50_us=.. p99_us=..

local bodies = {
   call = '{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"add","arguments":{"a":2,"b":3}}}',
   list = '{"jsonrpc":"2.0","id":7,"method":"tools/list"}',
}

wrk.method = "POST"
wrk.body = assert(bodies[os.getenv("SCENARIO") or "call"], "SCENARIO must be call or list")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json, text/event-stream"
wrk.headers["MCP-Protocol-Version"] = "2025-11-25"
wrk.headers["Mcp-Session-Id"] = assert(os.getenv("SID"), "SID is required")
local token = os.getenv("TOKEN") or ""
if token ~= "" then
   wrk.headers["Authorization"] = "Bearer " .. token
end

local threads = {}
function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   errors = 0
   first_error = ""
end

function response(status, headers, body)
   if status ~= 200 or not body:find('"result"', 1, true) or body:find('"isError":true', 1, true) then
      errors = errors + 1
      if first_error == "" then
         first_error = status .. " " .. body:sub(1, 200)
      end
   end
end

function done(summary, latency, requests)
   local errors, first = 0, ""
   for _, thread in ipairs(threads) do
      errors = errors + thread:get("errors")
      if first == "" then first = thread:get("first_error") end
   end
   local e = summary.errors
   errors = errors + e.connect + e.read + e.write + e.timeout
   io.write(string.format("BENCH requests=%d errors=%d rps=%.1f p50_us=%d p99_us=%d\n", summary.requests, errors,
      summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99)))
   if first ~= "" then io.write("FIRST_ERROR " .. first .. "\n") end
end
