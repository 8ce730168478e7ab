-- wrk script: GET /api/v1/patients/{id} for random generated patients (bench/generate.sql ids),
-- or the same patients through another path: ILIUM_READ_PATH=/fhir/r4/Patient/ reads them as FHIR.
-- Each thread counts the 200 answers it received; done prints their sum as "answers-200 N".
-- run.sh compares N with the READ audit lines the service wrote in the same window: every
-- patient the service showed must have its audit line (DOMAIN.md), so none may be missing.
local token = os.getenv("ILIUM_TOKEN")
local path = os.getenv("ILIUM_READ_PATH") or "/api/v1/patients/"
local threads = {}
answers = 0 -- per thread (each wrk thread runs its own copy of this script)

math.randomseed(os.time())

setup = function(thread)
  table.insert(threads, thread)
end

request = function()
  local id = string.format("00000000-0000-4000-b000-%012d", math.random(1, 100000))
  return wrk.format("GET", path .. id, { ["Authorization"] = "Bearer " .. token })
end

response = function(status, headers, body)
  if status == 200 then
    answers = answers + 1
  end
end

done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("answers")
  end
  io.write(string.format("answers-200 %d\n", total))
end
