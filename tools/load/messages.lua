-- wrk script: POST /api/v1/messages with a mix of realistic messages in Arabic, Darija (Arabic
-- and Latin script), English, French and Dutch, short and long, over many conversations; or, with
-- MODE=search, GET /api/v1/actors at random coordinates (municipality centres, jittered).
-- Written for the benchmark, not taken from the NLU data.
local messages = {
  "how do I register at the town hall in Leuven",
  "I just arrived in Antwerp, where do I register my address?",
  "need a job in Gent",
  "health insurance Brussels",
  "where can I find a doctor who speaks Arabic in Molenbeek",
  "comment m'inscrire à la commune d'Ixelles ?",
  "je cherche du travail à Schaerbeek",
  "mutuelle",
  "je viens d'arriver avec ma famille à Anderlecht et je ne sais pas où trouver un médecin généraliste pour mes enfants, pouvez-vous m'aider ?",
  "waar kan ik me inschrijven in Mechelen",
  "ik zoek werk in Hasselt",
  "ziekenfonds aansluiten",
  "huisarts in de buurt van Brugge",
  "Hallo, ik ben vorige maand naar Kortrijk verhuisd voor mijn werk. Mijn vrouw en kinderen komen volgende maand. Hoe schrijf ik mijn kinderen in op school?",
  "كيف أسجل في البلدية في بروكسل",
  "أبحث عن عمل في أنتويرب",
  "أريد التسجيل في التأمين الصحي",
  "أين أجد طبيبا في غنت",
  "وصلت إلى بلجيكا منذ أسبوع مع زوجتي وأطفالي ونسكن الآن في سكاربيك. لا نعرف أين نسجل عنواننا ولا كيف نجد طبيبا. ماذا نفعل أولا؟",
  "فين نسجل فالبلدية ديال لوفن",
  "بغيت نخدم فبروكسل",
  "kifach nsajel f commune d anderlecht",
  "bghit nl9a khedma f gent",
  "fin nl9a tbib 9rib liya f molenbeek",
  "salam, ana ja mn lmaghrib bach nkhdem f IT f Mechelen, chno khasni ndir f lbaladiya?",
  "mutuelle ki dayra f belgique",
  "where can I learn Dutch near Aalst",
  "cours de français à Saint-Gilles",
  "I need a lawyer for my residence permit in Liège",
  "help, my child is very sick",
  "thanks",
  "hello",
  "Gent",
  "Schaerbeek",
  "1030",
  "in Hasselt",
}
local topics = { "register_municipality", "find_job", "health_insurance", "healthcare",
  "learn_dutch", "housing", "social_welfare", "legal_help" }
local points = dofile("tools/load/points.lua")
local mode = os.getenv("MODE") or "chat"
local conversations = tonumber(os.getenv("CONVERSATIONS") or "20000")
local counter = 0

local function json_string(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

init = function(args)
  math.randomseed(os.time() + (args[1] and tonumber(args[1]) or 0) + math.floor(os.clock() * 1e6))
end

request = function()
  counter = counter + 1
  if mode == "search" then
    local p = points[math.random(#points)]
    local lat = p[1] + (math.random() - 0.5) * 0.02
    local lon = p[2] + (math.random() - 0.5) * 0.02
    local path = string.format("/api/v1/actors?topic=%s&lat=%.5f&lon=%.5f&limit=3",
      topics[math.random(#topics)], lat, lon)
    return wrk.format("GET", path)
  end
  local id = "load-" .. math.random(conversations)
  local text = messages[math.random(#messages)]
  local body = '{"conversationId":"' .. id .. '","text":' .. json_string(text) .. '}'
  return wrk.format("POST", "/api/v1/messages", { ["Content-Type"] = "application/json" }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f "
    .. "non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
