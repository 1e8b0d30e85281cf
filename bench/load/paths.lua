-- wrk script for the Citizen Hub load benchmark (bench/load/run-load-bench.sh).
--
-- Every request GETs one path from a file of request paths (one per line, e.g. /api/v1/citizens/C7012...).
--   wrk -t2 -c32 -d30s --latency -s paths.lua http://127.0.0.1:PORT -- PATHS_FILE
--   LOADBENCH_WALK=sequential wrk -t1 -c32 -d300s --latency -s paths.lua URL -- PATHS_FILE
-- random (the default): each request picks a path at random (seeded per thread).
-- sequential: one thread (-t1) asks for each path in turn and, once every path has had an answer, ends wrk
--             early (SIGINT, after which wrk prints its figures as usual), so the run reads every path once:
--             a cold cache filled. wrk's -d bounds it. The walk is chosen by the environment because wrk
--             decides whether to call the response hook from the script as loaded, before init runs.
-- Headers (e.g. credentials) are passed with wrk's own -H. At the end one machine-readable line is printed:
--   LOADBENCH requests=N duration_us=N p50_us=N p90_us=N p99_us=N max_us=N mean_us=N errors_status=N ...

local paths = {}
local count = 0
local sequential = os.getenv("LOADBENCH_WALK") == "sequential"
local next_index = 1
local answered = 0
local finished = false
local thread_count = 0

-- Runs in the main state once per thread, before init: numbers the threads.
function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read the paths file")
  for line in file:lines() do
    if #line > 0 then
      count = count + 1
      paths[count] = line
    end
  end
  file:close()
  assert(count > 0, "the paths file holds no path")
  math.randomseed(os.time() * 1000 + (thread_number or 1) * 7919)
end

function request()
  local path
  if sequential then
    -- requests already sent when the last answer comes in go round again (warm reads)
    path = paths[((next_index - 1) % count) + 1]
    next_index = next_index + 1
  else
    path = paths[math.random(count)]
  end
  return wrk.format("GET", path)
end

-- Only the sequential walk has a response hook (it costs wrk time on every answer).
if sequential then
  function response(status, headers, body)
    answered = answered + 1
    if answered >= count and not finished then
      finished = true
      -- The shell os.execute starts is wrk's child ($PPID is wrk). system() ignores SIGINT while it waits,
      -- so the signal is sent from the background once os.execute has returned.
      os.execute("(sleep 0.2; kill -INT $PPID) >/dev/null 2>&1 &")
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "LOADBENCH requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d mean_us=%d "
      .. "errors_status=%d errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, e.status, e.connect, e.read, e.write, e.timeout))
end
