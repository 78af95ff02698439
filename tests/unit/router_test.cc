// The router's rule (bot/router.h), one step at a time, on answers made up
// for it: which article answers, or which articles the reader picks from.
#include "bot/router.h"

#include <catch2/catch.hpp>

using namespace tanya;

namespace {
RouteCandidate answers(int article, double confidence, double affinity = 0) {
  RouteCandidate c;
  c.article = article;
  c.found = true;
  c.cited = true;
  c.confidence = confidence;
  c.affinity = affinity;
  return c;
}
RouteCandidate declines(int article, double affinity = 0) {
  RouteCandidate c;
  c.article = article;
  c.confidence = 0.3;
  c.affinity = affinity;
  return c;
}
}  // namespace

TEST_CASE("router: the most confident answer wins where the words say nothing", "[router]") {
  Route r = route({answers(0, 0.6), answers(1, 0.9), declines(2)});
  CHECK(r.article == 1);
  CHECK(r.choices.empty());
}

TEST_CASE("router: answers alike from several articles ask the reader which", "[router]") {
  Route r = route({answers(0, 0.9), declines(1), answers(2, 0.88), answers(3, 0.5)});
  CHECK(r.article == -1);
  CHECK(r.choices == std::vector<int>{0, 2});
  // ...but small talk and help cite no article: any article says it.
  RouteCandidate hello = answers(0, 0.95), hi = answers(1, 0.95);
  hello.cited = hi.cited = false;
  CHECK(route({hello, hi}).article == 0);
}

TEST_CASE("router: words few articles use point to their article", "[router]") {
  // Article 1 holds a word only it uses (affinity ln 5): another article's
  // equally confident answer is out of the field.
  Route r = route({answers(0, 0.9, 0.0), answers(1, 0.9, 1.609)});
  CHECK(r.article == 1);
  CHECK(r.choices.empty());
  // A likelier article that declines does not hand the question to one
  // far less likely...
  CHECK(route({answers(0, 0.9, 0.0), declines(1, 3.0)}).article == 1);
  // ...but one nearly as likely that answers takes it.
  CHECK(route({answers(0, 0.6, 2.5), declines(1, 3.0)}).article == 0);
}

TEST_CASE("router: a named subject narrows the field to its article", "[router]") {
  RouteCandidate named = answers(1, 0.6);
  named.named = true;
  CHECK(route({answers(0, 0.95, 2.0), named}).article == 1);
  // The named article declining is a decline, not another article's answer.
  RouteCandidate silent = declines(1);
  silent.named = true;
  CHECK(route({answers(0, 0.95), silent}).article == 1);
}

TEST_CASE("router: the conversation's article keeps follow-ups and near ties", "[router]") {
  RouteCandidate current = answers(0, 0.6);
  current.current = true;
  current.followup = true;
  // A follow-up it answers stays, though another article is more confident...
  CHECK(route({current, answers(1, 0.95, 1.0)}).article == 0);
  // ...unless the question names another article's subject.
  RouteCandidate named = answers(1, 0.8);
  named.named = true;
  CHECK(route({current, named}).article == 1);
  // A new question stays when the current article answers about as well
  // (kStayShare), with no chooser...
  current.followup = false;
  current.confidence = 0.85;
  Route r = route({current, answers(1, 0.9)});
  CHECK(r.article == 0);
  CHECK(r.choices.empty());
  // ...and moves when another article answers clearly better.
  current.confidence = 0.55;
  CHECK(route({current, answers(1, 0.9)}).article == 1);
  // Nobody answers: the conversation's article declines.
  RouteCandidate quiet = declines(1);
  quiet.current = true;
  CHECK(route({declines(0, 0.5), quiet}).article == 1);
}
