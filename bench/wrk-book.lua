-- wrk script: POST /api/v1/appointments into slots nobody holds. Booking n gives therapist
-- n mod 50 its own 15-minute slot (32 a weekday from 16:00 UTC, inside 08:00-17:00 Los Angeles
-- time all year) and patient n mod 100 000; each wrk thread and each run (BENCH_RUN 0, 1, 2)
-- books its own range of 100 000 slots (2 000 weekdays' worth), all of them from Monday
-- 2027-06-07 to November 2028: after the generated appointments and inside the booking horizon
-- (two years ahead), so every booking is a real one and nothing refuses it.
local token = os.getenv("ILIUM_TOKEN")
local run = tonumber(os.getenv("BENCH_RUN") or "0")
local counter = 0
thread_id = 0
local next_id = 0

setup = function(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

local monday = 1812384000 -- Monday 2027-06-07 16:00 UTC

request = function()
  counter = counter + 1
  local n = run * 200000 + thread_id * 100000 + counter
  local therapist = n % 50
  local slot = math.floor(n / 50)
  local day = math.floor(slot / 32)
  local week, weekday = math.floor(day / 5), day % 5
  local start = monday + (week * 7 + weekday) * 86400 + (slot % 32) * 900
  local body = string.format(
    '{"patientId":"00000000-0000-4000-b000-%012d","therapistId":"00000000-0000-4000-a000-%012d",' ..
    '"start":"%s","durationMinutes":15,"type":"FOLLOW_UP"}',
    1 + n % 100000, 1 + therapist, os.date("!%Y-%m-%dT%H:%M:%SZ", start))
  return wrk.format("POST", "/api/v1/appointments",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

