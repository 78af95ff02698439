// The scoring table: every confidence an answering strategy can give, in one
// place, from the strongest evidence to the weakest. A strategy's draft
// carries one of these (or a value from the formulas below); the bot answers
// with the most confident draft and declines below bot/config.json
// "threshold" (0.5). Ties go to the strategy asked first: the answer by the
// question's kind (bot/answerer.h), then a section (bot/section_strategy.h).
//
// The order is the principle, and tests/unit/scoring_test.cc holds it:
//   the article's own structure (an acronym's expansion, a heading that
//   names everything asked, a list under a heading naming the topic)
//   > a statement that covers the whole question
//   > evidence found by one word (a cue, a synonym, the opening of a section)
//   > below the threshold: a passage that covers little of the question.
// Penalties multiply: a passage that misses what was asked, or is about
// another thing than the entity asked about, is halved.
#ifndef TANYA_BOT_SCORING_H_
#define TANYA_BOT_SCORING_H_

namespace tanya::scoring {

// -- Small talk recognised as such ("makasih", "halo").
inline constexpr double kSmallTalk = 0.95;

// -- The article's own structure.
inline constexpr double kAcronym = 0.95;     // "X (Expansion)" as written
inline constexpr double kSectionMax = 0.95;  // a heading naming all that is asked (formula below)
inline constexpr double kTopicByHeading = 0.9;  // a list under a heading that names the topic
inline constexpr double kClassification = 0.9;  // a named thing listed under one kind
inline constexpr double kDefinitionOfEntity =
    0.85;  // "X adalah ..." for a named thing or the subject
inline constexpr double kGroupedByKind =
    0.85;  // one topic across the kinds ("manfaat ... menurut bentuknya")
inline constexpr double kComparison = 0.85;     // the definitions of two things side by side
inline constexpr double kItemExplained = 0.85;  // "yang kedua?": an item that explains itself
// "Apakah A yang melakukan X?" where the article says X of B alone, and
// nothing of A: a whole claim stated of another named thing.
inline constexpr double kOtherAgent = 0.8;
// "contohnya?" right after an answer: the sentence beside that answer that
// holds all the follow-up asks outranks a topic found anywhere in the article.
inline constexpr double kFollowupNearby = 0.92;
// "Contoh PSrE antara lain ...": a sentence that writes a topic's cue right
// beside the named thing's name says that topic of that very thing, and
// outranks a cue near the last answer.
inline constexpr double kTopicBesideName = 0.93;

// -- A statement covering the question. Passages: kPassageBase +
//    kPassageSpan * coverage, 0.3 to 0.9; under kPassageFloorCoverage it
//    falls linearly to 0. Sections: kSectionBase + kSectionSpan * F2 of the
//    heading against the question, up to 0.95. Classification from an
//    example: kClassifyBase + kClassifySpan * coverage.
inline constexpr double kPassageBase = 0.3;
inline constexpr double kPassageSpan = 0.6;
inline constexpr double kPassageFloorCoverage = 0.2;
inline constexpr double kSectionBase = 0.3;
inline constexpr double kSectionSpan = 0.65;
// A denial of the claim's "only" or "always" ("tidak selalu") must hold
// this share of the claim's other words to decide it.
inline constexpr double kLimitDeniedCovers = 0.5;
inline constexpr double kClassifyBase = 0.5;
inline constexpr double kClassifySpan = 0.4;

// -- Evidence found by one word.
inline constexpr double kDefinitionOfWords = 0.8;  // "X adalah ..." for the question's own words
inline constexpr double kTopicByCue = 0.8;     // a topic found by a cue word in a lead or sentence
inline constexpr double kEntityMention = 0.8;  // where the article mentions a named thing
inline constexpr double kListOfItem = 0.8;     // the list under an item the question names
inline constexpr double kDefinitionOfHead =
    0.7;                                        // the subject's definition for words qualifying it
inline constexpr double kTopicOfParent = 0.65;  // a kind's topic answered for the whole subject
// A thing's topic said only in its definition, by the topic's phrase for
// it ("... agar otak terbiasa" for its goal): the definition says more
// than the topic.
inline constexpr double kTopicInDefinition = 0.65;
inline constexpr double kOpeningOfSection = 0.6;  // a kind with no defining sentence: its opening
// A term no sentence defines that heads a column of a table ("Besi Heme"
// over "Sumber: Pangan hewani", "Contoh makanan: ..."): its column says
// what it is, row by row (as an opening would: a sentence about the term
// says it better).
inline constexpr double kColumnOfTable = 0.6;
// Two things compared where one is told only by the list it is in
// ("contoh transportasi umum"): a section that compares them says more.
inline constexpr double kComparisonByContext = 0.6;
inline constexpr double kEntityNoExpansion = 0.55;  // "kepanjangan X?" when the article gives none

// -- An editor's curated answer (bot/curated_strategy.h): kCuratedBase +
//    kCuratedSpan * F1 of the question's words against the best phrasing's,
//    0 under kCuratedFloor; a phrasing asked of another kind (a "why" where
//    it asks "what") counts half. An editor writes a pair after reading what
//    the bot said to that very question, so a phrasing read word for word
//    (0.97) outranks the article's own structure (up to 0.95); one that
//    shares most of its words competes with a statement covering the
//    question, and one that shares few never answers.
inline constexpr double kCuratedBase = 0.32;
inline constexpr double kCuratedSpan = 0.65;
inline constexpr double kCuratedFloor = 0.5;
constexpr double curated(double f1, bool same_kind) {
  return f1 < kCuratedFloor ? 0.0 : (kCuratedBase + kCuratedSpan * f1) * (same_kind ? 1.0 : 0.5);
}

// -- Penalties (factors).
inline constexpr double kMissesWhatIsAsked = 0.5;  // none of the asked words in the passage
inline constexpr double kNotAboutEntity = 0.5;     // the passage is not about the entity asked
// A passage using a term does not define it, yet it is what the article
// says of it: one that holds every word asked still answers, above the
// threshold (0.9 * 0.6) but below any definition; one that holds less
// does not. Nor does one that names the term in passing, listed among
// others or last in a sentence that ends what it says ("... mengikuti
// aturan hukum penyiaran setempat.").
inline constexpr double kMentionIsNoDefinition = 0.6;
inline constexpr double kMentionInPassing = 0.5;
inline constexpr double kSummaryRestates =
    0.9;  // a passage from the closing section ("Kesimpulan")
// "Siapa pendiri X?" answered by a passage that never says "pendiri": the
// fact asked right after "siapa" or "berapa" is missing from the answer.
inline constexpr double kFactUnsaid = 0.8;
inline constexpr double kRanksNothing =
    0.7;  // "paling besar" asked, the passage ranks nothing by it

// -- When a second strategy is consulted.
// A topic answer must hold this share (by weight) of the question's other
// content words, or a passage that holds them and reaches kPassageInstead
// answers instead.
inline constexpr double kTopicCovers = 0.75;
inline constexpr double kPassageInstead = 0.6;

}  // namespace tanya::scoring

#endif  // TANYA_BOT_SCORING_H_
