-- wrk script for scripts/bench-herd.sh. Settings come from the environment:
--   HERD_ITEMS    file with one item a line: a path (HERD_MODE=path) or a personal-link token
--                 sent as the pg_link cookie to HERD_PATH (HERD_MODE=cookie), or with a form
--                 POST of HERD_BODY to HERD_PATH (HERD_MODE=post: an employee's answer); lines are dealt
--                 out to the threads, so no two threads send the same one
--   HERD_THREADS  wrk's -t (to deal the lines out)
--   HERD_ONCE=1   each item once: afterwards a thread sends /healthz until its last answer is
--                 in, then stops and drops a file in HERD_DONE_DIR (the script then ends wrk)
-- The summary line counts 2xx/3xx as success, 429 apart, anything else as an error; in once
-- mode only answers to items count (a /healthz answer is the only 200: a link open redirects).
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } herd_timespec;
int clock_gettime(int clk_id, herd_timespec *tp);
]]
local function now()
  local t = ffi.new("herd_timespec")
  ffi.C.clock_gettime(1, t) -- CLOCK_MONOTONIC, the same in every thread
  return tonumber(t.tv_sec) + tonumber(t.tv_nsec) / 1e9
end

local UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 " ..
  "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"

local threads = {}
local created = 0
function setup(thread)
  thread:set("thread_id", created)
  created = created + 1
  table.insert(threads, thread)
end

-- Per-thread globals (thread:get reads globals of the thread's own Lua state).
items, pos, answered = {}, 0, 0
ok, limited, bad = 0, 0, 0
first, last = 0, 0
local mode, fixed, once, done_dir, body
local headers

function init(args)
  mode = os.getenv("HERD_MODE") or "path"
  fixed = os.getenv("HERD_PATH") or "/"
  once = os.getenv("HERD_ONCE") == "1"
  done_dir = os.getenv("HERD_DONE_DIR")
  body = os.getenv("HERD_BODY") or ""
  local n = tonumber(os.getenv("HERD_THREADS") or "1")
  local file = os.getenv("HERD_ITEMS")
  if file then
    local i = 0
    for line in io.lines(file) do
      if line ~= "" then
        if i % n == thread_id then table.insert(items, line) end
        i = i + 1
      end
    end
  else
    items = { fixed }
  end
  headers = { ["User-Agent"] = UA, ["Accept-Encoding"] = "gzip, deflate, br",
    ["Accept-Language"] = "en-US,en;q=0.9", ["Accept"] = "text/html" }
end

-- Before any connection opens, wrk calls request() once on thread 0's state to count
-- pipelined requests (script_verify_request in wrk.c) and throws the result away. That call
-- must not use up an item: in once mode, thread 0's first link was never sent (the burst then
-- showed 19,999 answers of 20,000, always the first employee missing).
local verified = false

function request()
  if thread_id == 0 and not verified then
    verified = true
    return wrk.format("GET", "/healthz", headers)
  end
  if first == 0 then first = now() end
  pos = pos + 1
  if pos > #items then
    if once then return wrk.format("GET", "/healthz", headers) end
    pos = 1
  end
  if mode == "cookie" then
    headers["Cookie"] = "pg_link=" .. items[pos]
    return wrk.format("GET", fixed, headers)
  end
  if mode == "post" then
    headers["Cookie"] = "pg_link=" .. items[pos]
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["Sec-Fetch-Site"] = "same-origin"
    return wrk.format("POST", fixed, headers, body)
  end
  return wrk.format("GET", items[pos], headers)
end

function response(status, _, _)
  if once and status == 200 then return end
  if status == 429 then
    limited = limited + 1
  elseif status >= 200 and status < 400 then
    ok = ok + 1
  else
    bad = bad + 1
  end
  answered = answered + 1
  if once and answered == #items then
    last = now()
    if done_dir then
      local f = io.open(done_dir .. "/" .. thread_id, "w")
      if f then f:write("done\n"); f:close() end
    end
    wrk.thread:stop()
  end
end

function done(summary, latency, _)
  local t_ok, t_limited, t_bad, t_first, t_last = 0, 0, 0, math.huge, 0
  for _, t in ipairs(threads) do
    t_ok = t_ok + t:get("ok")
    t_limited = t_limited + t:get("limited")
    t_bad = t_bad + t:get("bad")
    local f, l = t:get("first"), t:get("last")
    if f > 0 and f < t_first then t_first = f end
    if l > t_last then t_last = l end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local wall = summary.duration / 1e6
  if once and t_last > 0 then wall = t_last - t_first end
  io.write(string.format(
    "HERD answered=%d ok=%d limited=%d bad=%d socket_errors=%d wall_s=%.3f rps=%.0f " ..
    "p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    t_ok + t_limited + t_bad, t_ok, t_limited, t_bad, socket, wall,
    (t_ok + t_limited + t_bad) / wall, latency:percentile(50) / 1000,
    latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
