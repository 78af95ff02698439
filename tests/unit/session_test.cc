#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "bot/context.h"
#include "bot/session_store.h"

using namespace tanya;
using namespace std::chrono_literals;

TEST_CASE("sessions are evicted least recently used first", "[session]") {
  MemorySessionStore store(2, 60s);
  auto t = MemorySessionStore::Clock::now();
  Context c;
  c.topic = "goals";
  store.save("a", c, t);
  store.save("b", c, t + 1s);
  CHECK(store.find("a", t + 2s).has_value());  // touches nothing: find does not refresh
  store.save("a", c, t + 3s);                  // a is now the most recent
  store.save("c", c, t + 4s);                  // evicts b
  CHECK(store.find("a", t + 5s).has_value());
  CHECK_FALSE(store.find("b", t + 5s).has_value());
  CHECK(store.find("c", t + 5s)->topic == "goals");
  CHECK(store.size() == std::optional<size_t>(2));
}

TEST_CASE("sessions expire after inactivity", "[session]") {
  MemorySessionStore store(10, 30s);
  auto t = MemorySessionStore::Clock::now();
  store.save("a", Context{}, t);
  CHECK(store.find("a", t + 29s).has_value());
  CHECK_FALSE(store.find("a", t + 31s).has_value());
  CHECK(store.find("a", t + 31s).value_or(Context{}).turns == 0);
}

TEST_CASE("contexts survive a JSON round trip and ignore junk", "[session]") {
  Context c;
  c.topic = "examples";
  c.entity = "Kerja sama regional";
  c.qtype = "list";
  c.turns = 3;
  c.items = {"ASEAN", "APEC"};
  c.frame = "berapa modal maksimal usaha mikro";
  c.person = "Sultan Nuku";
  Context back = context_from_json(to_json(c));
  CHECK(back.frame == c.frame);
  CHECK(back.person == c.person);
  CHECK(back.topic == c.topic);
  CHECK(back.entity == c.entity);
  CHECK(back.turns == 3);
  CHECK(back.items == c.items);
  // A stored list is capped, and non-strings in it are skipped.
  nlohmann::json many = to_json(c);
  many["items"] = nlohmann::json::array();
  for (int i = 0; i < 50; ++i)
    many["items"].push_back(i % 2 ? nlohmann::json("x") : nlohmann::json(i));
  CHECK(context_from_json(many).items.size() <= Context::kMaxItems);
  CHECK(context_from_json(many).items.front() == "x");
  CHECK(context_from_json(nlohmann::json::parse(R"({"topic": 5, "turns": "x"})")).empty());
  CHECK(context_from_json(nlohmann::json::parse("[1,2]")).empty());
  // A stored name longer than a name can be is dropped.
  nlohmann::json long_person = to_json(c);
  long_person["person"] = std::string(Context::kMaxPerson + 1, 'a');
  CHECK(context_from_json(long_person).person.empty());
  // A stored frame longer than a question can be is dropped.
  nlohmann::json long_frame = to_json(c);
  long_frame["frame"] = std::string(Context::kMaxFrame + 1, 'a');
  CHECK(context_from_json(long_frame).frame.empty());
  // A site's conversation: the article it is in, and a choice waiting.
  c.article = "bank-sampah";
  c.pending = "apa manfaatnya?";
  c.choices = {"bank-sampah", "koperasi-sekolah"};
  back = context_from_json(to_json(c));
  CHECK(back.article == c.article);
  CHECK(back.pending == c.pending);
  CHECK(back.choices == c.choices);
  nlohmann::json long_pending = to_json(c);
  long_pending["pending"] = std::string(Context::kMaxPending + 1, 'a');
  long_pending["choices"] = {1, "x"};
  CHECK(context_from_json(long_pending).pending.empty());
  CHECK(context_from_json(long_pending).choices == std::vector<std::string>{"x"});
}
