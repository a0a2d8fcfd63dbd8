-- wrk script for the MCP benchmark. Environment:
--   SCENARIO  call    - tools/call of the trivial add tool, over and over, on the initialized session SID
--             list    - tools/list (all 101 tools in one page) on the initialized session SID
--             session - a whole session per iteration: initialize, notifications/initialized, tools/call, DELETE
--                       (run it with one connection per wrk thread: -t N -c N; each thread walks the steps in order)
--   SID       Mcp-Session-Id for call and list
--   TOKEN     bearer token; empty = no Authorization header
-- A response counts as an error unless it is what the step expects: for requests a 200 whose body holds a "result"
-- and no "isError":true (list: also the last catalogue tool), 202 for the notification, 200 or 204 for DELETE.
-- done() prints one machine-readable line: BENCH requests=.. errors=.. rps=.. p50_us=.. p99_us=.. (session: also
-- sessions=.. = completed sessions; rps counts HTTP requests).

local PROTOCOL = "2025-11-25"
local bodies = {
   call = '{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"add","arguments":{"a":2,"b":3}}}',
   list = '{"jsonrpc":"2.0","id":7,"method":"tools/list"}',
}
local INITIALIZE = '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"' .. PROTOCOL
   .. '","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}'
local INITIALIZED = '{"jsonrpc":"2.0","method":"notifications/initialized"}'

local scenario = os.getenv("SCENARIO") or "call"
local token = os.getenv("TOKEN") or ""
assert(scenario == "session" or bodies[scenario], "SCENARIO must be call, list or session")

local function base_headers()
   local h = { ["Content-Type"] = "application/json", ["Accept"] = "application/json, text/event-stream" }
   if token ~= "" then h["Authorization"] = "Bearer " .. token end
   return h
end

wrk.method = "POST"
wrk.headers = base_headers()
if scenario ~= "session" then
   wrk.body = bodies[scenario]
   wrk.headers["MCP-Protocol-Version"] = PROTOCOL
   wrk.headers["Mcp-Session-Id"] = assert(os.getenv("SID"), "SID is required")
end

local threads = {}
function setup(thread)
   table.insert(threads, thread)
end

-- Per thread (each thread has its own Lua state).
local step, sid = 1, nil

function init(args)
   errors = 0
   sessions = 0
   first_error = ""
end

local function fail(status, body)
   errors = errors + 1
   if first_error == "" then first_error = "step " .. step .. ": " .. status .. " " .. body:sub(1, 200) end
end

if scenario == "session" then
   function request()
      local h = base_headers()
      if step == 1 then
         return wrk.format("POST", nil, h, INITIALIZE)
      end
      h["Mcp-Session-Id"] = sid
      h["MCP-Protocol-Version"] = PROTOCOL
      if step == 2 then return wrk.format("POST", nil, h, INITIALIZED) end
      if step == 3 then return wrk.format("POST", nil, h, bodies.call) end
      return wrk.format("DELETE", nil, h, nil)
   end
end

local function ok_result(status, body)
   return status == 200 and body:find('"result"', 1, true) and not body:find('"isError":true', 1, true)
end

function response(status, headers, body)
   if scenario == "call" then
      if not ok_result(status, body) then fail(status, body) end
   elseif scenario == "list" then
      if not (ok_result(status, body) and body:find('"stats_projects"', 1, true)) then fail(status, body) end
   else
      if step == 1 then
         sid = nil
         for name, value in pairs(headers) do
            if name:lower() == "mcp-session-id" then sid = value end
         end
         if ok_result(status, body) and sid then step = 2 else fail(status, body) end
      elseif step == 2 then
         if status == 202 then step = 3 else fail(status, body); step = 1 end
      elseif step == 3 then
         if ok_result(status, body) then step = 4 else fail(status, body); step = 1 end
      else
         if status == 200 or status == 204 then sessions = sessions + 1 else fail(status, body) end
         step = 1
      end
   end
end

function done(summary, latency, requests)
   local errors, first, sessions = 0, "", 0
   for _, thread in ipairs(threads) do
      errors = errors + thread:get("errors")
      sessions = sessions + thread:get("sessions")
      if first == "" then first = thread:get("first_error") end
   end
   local e = summary.errors
   errors = errors + e.connect + e.read + e.write + e.timeout
   io.write(string.format("BENCH requests=%d errors=%d rps=%.1f p50_us=%d p99_us=%d sessions=%d sps=%.1f\n",
      summary.requests, errors, summary.requests / (summary.duration / 1e6), latency:percentile(50),
      latency:percentile(99), sessions, sessions / (summary.duration / 1e6)))
   if first ~= "" then io.write("FIRST_ERROR " .. first .. "\n") end
end
