// The scoring table (bot/scoring.h) keeps its order: the article's own
// structure outranks a statement covering the question, which outranks
// evidence found by one word; what covers little falls under the threshold.
#include "bot/scoring.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "testing.h"

using namespace tanya::scoring;

namespace {
double threshold() {
  std::ifstream in(tanya::testing::source_dir() + "/bot/config.json");
  return nlohmann::json::parse(in).at("threshold").get<double>();
}
double passage(double coverage) {
  double c = kPassageBase + kPassageSpan * coverage;
  return coverage < kPassageFloorCoverage ? c * coverage / kPassageFloorCoverage : c;
}
}  // namespace

TEST_CASE("the scoring table keeps its order", "[scoring]") {
  const double full_statement = passage(1.0);
  // Structure over statement: an expansion or a heading naming all asked
  // beats a passage mentioning it all; a list under a topic's heading ties
  // with it, and the answer by kind, asked first, wins the tie.
  CHECK(kAcronym > full_statement);
  CHECK(kSectionBase + kSectionSpan * 1.0 == Approx(kSectionMax));
  CHECK(kSectionMax > full_statement);
  CHECK(kTopicByHeading >= full_statement);
  CHECK(kClassification >= full_statement);
  // Statement over one word.
  for (double one_word :
       {kDefinitionOfWords, kTopicByCue, kEntityMention, kListOfItem, kDefinitionOfHead,
        kTopicOfParent, kTopicInDefinition, kOpeningOfSection, kEntityNoExpansion}) {
    CHECK(one_word < full_statement);
    // ...which still answers: the article's own words were found.
    CHECK(one_word >= threshold());
  }
  CHECK(kTopicByCue < kTopicByHeading);
  // A topic said only inside a definition is less sure than one a cue
  // word finds.
  CHECK(kTopicInDefinition < kTopicByCue);
  // "Contoh X ..." states the topic of the thing itself: above a cue near
  // the last answer, below a heading naming all that is asked.
  CHECK(kTopicBesideName > kFollowupNearby);
  CHECK(kTopicBesideName > kTopicByHeading);
  CHECK(kTopicBesideName < kSectionMax);
  // A whole claim said of another named thing is a statement, short of the
  // article's structure.
  CHECK(kOtherAgent >= threshold());
  CHECK(kOtherAgent < kTopicByHeading);
  CHECK(kClassifyBase + kClassifySpan * 1.0 <= kClassification);
  // What covers little, or misses what was asked, is declined.
  CHECK(passage(0.3) < threshold());
  CHECK(passage(0.0) == 0);
  CHECK(full_statement * kMissesWhatIsAsked < threshold());
  CHECK(full_statement * kNotAboutEntity < threshold());
  // Ranking nothing for a superlative weakens a statement but does not by
  // itself decline it: with one more weakness it does.
  CHECK(full_statement * kRanksNothing >= threshold());
  CHECK(passage(0.6) * kRanksNothing < threshold());
  // So does a one-fact answer that never says the fact asked: a full
  // statement still answers, a partial one falls under the threshold.
  CHECK(full_statement * kFactUnsaid >= threshold());
  CHECK(passage(0.5) * kFactUnsaid < threshold());
  // A passage that uses a term asked to define answers only when it holds
  // all that is asked, and never when it names the term in passing.
  CHECK(full_statement * kMentionIsNoDefinition >= threshold());
  CHECK(full_statement * kMentionIsNoDefinition < kDefinitionOfWords);
  CHECK(passage(0.75) * kMentionIsNoDefinition < threshold());
  CHECK(full_statement * kMentionInPassing < threshold());
  // A passage replaces a topic answer only when it would itself answer.
  CHECK(kPassageInstead >= threshold());
}
