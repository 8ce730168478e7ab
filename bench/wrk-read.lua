-- wrk script: GET /api/v1/patients/{id} for random generated patients (bench/generate.sql ids).
local token = os.getenv("ILIUM_TOKEN")
math.randomseed(os.time())
request = function()
  local id = string.format("00000000-0000-4000-b000-%012d", math.random(1, 100000))
  return wrk.format("GET", "/api/v1/patients/" .. id, { ["Authorization"] = "Bearer " .. token })
end
