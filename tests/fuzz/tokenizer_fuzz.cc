// Fuzz target: the text layer every question and article goes through
// (src/text/utf8.h, tokenizer.h, stemmer.h, sentences.h): any bytes, so
// ill-formed and overlong UTF-8, surrogates, combining marks that fold to
// nothing, reduplication ("negara-negara", "bentuk2") and words far longer
// than any real one (a seed of several kilobytes raises libFuzzer's length
// limit to match). Checked: tokens are ordered spans of the input with a
// word and a term; utf8::clean gives valid UTF-8 and is idempotent;
// truncate() cuts on a character boundary; valid text decodes and encodes
// back to itself; sentences are pieces of the paragraph.
#include "fuzz_support.h"
#include "text/sentences.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace utf8 = tanya::utf8;
  std::string_view text = tanya::fuzz::as_text(data, size);

  // One tokenizer for the process, as each bot thread keeps one: its stem
  // cache then carries over between inputs, as it does between questions.
  static tanya::Tokenizer tokenizer;
  uint32_t last_end = 0;
  for (const tanya::Token& token : tokenizer.tokenize(text)) {
    TANYA_FUZZ_CHECK(token.begin >= last_end && token.begin < token.end && token.end <= size);
    TANYA_FUZZ_CHECK(!token.word.empty() && !token.term.empty());
    last_end = token.end;
  }
  (void)tanya::fold(text);

  std::string cleaned = utf8::clean(text);
  TANYA_FUZZ_CHECK(utf8::valid(cleaned));
  TANYA_FUZZ_CHECK(utf8::clean(cleaned) == cleaned);
  // A cleaned text is what the bot tokenizes; its tokens are the same kind.
  for (const tanya::Token& token : tokenizer.tokenize(cleaned)) {
    TANYA_FUZZ_CHECK(token.end <= cleaned.size());
  }

  for (size_t max : {size_t{0}, size_t{1}, size / 2, size_t{1000}}) {
    std::string_view cut = utf8::truncate(cleaned, max);
    TANYA_FUZZ_CHECK(cleaned.size() <= max ? cut.size() == cleaned.size() : cut.size() <= max);
    TANYA_FUZZ_CHECK(cleaned.compare(0, cut.size(), cut) == 0);
    TANYA_FUZZ_CHECK(utf8::valid(cut));
  }

  if (utf8::valid(text)) {
    std::string again;
    for (size_t i = 0; i < text.size();) {
      int cp = utf8::next(text, &i);
      TANYA_FUZZ_CHECK(cp >= 0);
      utf8::append(cp, &again);
    }
    TANYA_FUZZ_CHECK(again == text);
  }

  size_t from = 0;
  for (const std::string& sentence : tanya::split_sentences(text)) {
    TANYA_FUZZ_CHECK(!sentence.empty());
    size_t at = text.find(sentence, from);
    TANYA_FUZZ_CHECK(at != std::string_view::npos);
    from = at + sentence.size();
  }
  return 0;
}
