#include "bot/followup.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "base/strings.h"
#include "bot/section_strategy.h"
#include "index/entities.h"
#include "text/clitic.h"

namespace tanya {

namespace {

// Whether `u` opens by asking again ("kalau", "bagaimana dengan").
bool opens_again(const Understanding& u, const Lexicon& lx) {
  return std::any_of(lx.again_markers.begin(), lx.again_markers.end(), [&](const Words& m) {
    return !m.empty() && m.size() <= u.words.size() &&
           std::equal(m.begin(), m.end(), u.words.begin());
  });
}

}  // namespace

int entity_by_name(const Knowledge& kb, const std::string& name) {
  if (name.empty()) return -1;
  for (size_t i = 0; i < kb.entities.size(); ++i) {
    if (kb.entities[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

std::string with_item_named(std::string_view question, const Context& ctx, const Lexicon& lx,
                            Tokenizer& tok, std::string* item) {
  if (ctx.items.empty()) return {};
  std::vector<Token> tokens = tok.tokenize(question);
  for (size_t k = 0; k < tokens.size(); ++k) {
    int n = 0;  // 1-based; -1 is the last
    size_t end = k;
    auto ordinal = lx.ordinals.find(tokens[k].word);
    if (ordinal != lx.ordinals.end()) {
      n = ordinal->second;
    } else if (k + 1 < tokens.size() && lx.number_heads.count(tokens[k].word)) {
      // "nomor dua", "poin 2"
      const std::string& next = tokens[k + 1].word;
      auto word = std::find(lx.number_words.begin(), lx.number_words.end(), next);
      if (word != lx.number_words.end()) n = static_cast<int>(word - lx.number_words.begin());
      if (!next.empty() && next.size() <= 2 &&
          std::all_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; }))
        n = std::stoi(next);
      if (n <= 0) continue;
      end = k + 1;
    } else {
      continue;
    }
    size_t index = n < 0 ? ctx.items.size() - 1 : static_cast<size_t>(n - 1);
    if (index >= ctx.items.size()) return {};
    // "yang kedua", "yg ke-2": the relative word goes with the ordinal.
    size_t begin = tokens[k].begin;
    if (k > 0 && lx.ordinal_heads.count(tokens[k - 1].word)) begin = tokens[k - 1].begin;
    std::string out(question.substr(0, begin));
    out += ctx.items[index];
    if (item) *item = ctx.items[index];
    out += question.substr(tokens[end].end);
    return out;
  }
  // "yang panjang gimana?" after "Siklus Pendek, Siklus Sedang, Siklus
  // Panjang": the one item whose name has the word the reader picks it by.
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    if (!lx.ordinal_heads.count(tokens[k].word) || lx.number_heads.count(tokens[k].word)) continue;
    const std::string& word = tokens[k + 1].word;
    if (lx.stop_words.count(word) || lx.question_words.count(word)) continue;
    int found = -1;
    for (size_t i = 0; i < ctx.items.size(); ++i) {
      const std::string head = item_head(ctx.items[i]);
      const std::vector<Token> named = tok.tokenize(head);
      if (std::none_of(named.begin(), named.end(), [&](const Token& t) { return t.word == word; }))
        continue;
      if (found >= 0) return {};  // more than one: not a name to pick by
      found = static_cast<int>(i);
    }
    if (found < 0) continue;
    // Only a bare pick ("yang panjang gimana?"): a follow-up that asks more
    // of it ("yang sekunder penyebabnya apa?") is read by the rest of the
    // conversation's rules.
    auto asks = [&](const std::string& w) {
      return std::any_of(lx.qtypes.begin(), lx.qtypes.end(), [&](const PhraseSet& set) {
        return std::any_of(set.phrases.begin(), set.phrases.end(),
                           [&](const Words& p) { return p.size() == 1 && p.front() == w; });
      });
    };
    if (std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) {
          return &t != &tokens[k] && &t != &tokens[k + 1] && !lx.stop_words.count(t.word) &&
                 !lx.question_words.count(t.word) && !asks(t.word);
        }))
      return {};
    // (Without its numbering: "3. Siklus Panjang".)
    const std::string head = strip_numbering(item_head(ctx.items[static_cast<size_t>(found)]));
    if (head.empty()) continue;
    std::string out(question.substr(0, tokens[k].begin));
    out += head;
    if (item) *item = ctx.items[static_cast<size_t>(found)];
    out += question.substr(tokens[k + 1].end);
    return out;
  }
  return {};
}

std::string with_person_named(std::string_view question, const Context& ctx, const Lexicon& lx,
                              Tokenizer& tok) {
  if (ctx.person.empty()) return {};
  const std::vector<Token> tokens = tok.tokenize(question);
  for (const Token& t : tokens) {
    if (!lx.pronouns.count(t.word) || lx.plural_pronouns.count(t.word)) continue;
    std::string out(question.substr(0, t.begin));
    out += ctx.person;
    out += question.substr(t.end);
    return out;
  }
  return {};
}

std::string with_entity_swapped(const Understanding& u, const Context& ctx, const Lexicon& lx,
                                const Knowledge& kb, Tokenizer& tok) {
  const int previous = entity_by_name(kb, ctx.entity);
  if (ctx.frame.empty() || previous < 0 || u.entities.size() != 1 ||
      u.entities.front() == previous || !u.qtype.empty() || !u.topics.empty() || u.subject ||
      u.content.size() != u.everyday)
    return {};
  if (!opens_again(u, lx)) return {};
  auto words_of = [&](const std::string& text) {
    Words out;
    for (const Token& t : tok.tokenize(text)) out.push_back(t.word);
    return out;
  };
  Words frame;
  for (const Token& t : tok.tokenize(ctx.frame)) frame.push_back(t.word);
  const KEntity& last = kb.entities[static_cast<size_t>(previous)];
  std::vector<std::string> names{last.name, last.expansion};
  names.insert(names.end(), last.aliases.begin(), last.aliases.end());
  // The longest of its names the last question wrote.
  int at = -1;
  size_t length = 0;
  for (const std::string& name : names) {
    const Words n = words_of(name);
    const int found = n.empty() ? -1 : find_phrase(frame, n);
    if (found >= 0 && n.size() > length) at = found, length = n.size();
  }
  if (at < 0) return {};
  const Words now = words_of(kb.entities[static_cast<size_t>(u.entities.front())].name);
  Words out(frame.begin(), frame.begin() + at);
  out.insert(out.end(), now.begin(), now.end());
  out.insert(out.end(), frame.begin() + at + static_cast<long>(length), frame.end());
  return join_words(out);
}

std::string with_ordinal_swapped(std::string_view question, const Context& ctx, const Lexicon& lx,
                                 Tokenizer& tok) {
  if (ctx.frame.empty()) return {};
  std::string ordinal;
  for (const Token& t : tok.tokenize(question)) {
    if (lx.ordinals.count(t.word) && ordinal.empty()) {
      ordinal = t.word;
    } else if (!lx.ordinal_heads.count(t.word) && !lx.question_words.count(t.word) &&
               !lx.stop_words.count(t.word)) {
      return {};  // the follow-up says more than which one
    }
  }
  if (ordinal.empty()) return {};
  Words frame;
  for (const Token& t : tok.tokenize(ctx.frame)) frame.push_back(t.word);
  // (Not "pertama kali": an ordinal after another word of the frame, "pemugaran pertama".)
  for (size_t i = 1; i < frame.size(); ++i) {
    if (!lx.ordinals.count(frame[i]) || lx.ordinal_heads.count(frame[i - 1]) ||
        lx.stop_words.count(frame[i - 1]))
      continue;
    if (frame[i] == ordinal) return {};
    frame[i] = ordinal;
    return join_words(frame);
  }
  return {};
}

std::string with_question_word_swapped(const Understanding& u, const Context& ctx,
                                       const Lexicon& lx) {
  if (ctx.frame.empty() || u.qtype.empty() || u.qtype == ctx.qtype || !u.query.empty() ||
      !u.topics.empty() || !u.entities.empty() || u.subject || !u.smalltalk.empty())
    return {};
  // Where in `words` a phrase of a question type ("kapan", "di mana",
  // "berapa lama") stands, the longest first: {start, length}, or {0, 0}.
  auto question_phrase = [&](const Words& words) {
    std::pair<size_t, size_t> best{0, 0};
    for (const PhraseSet& set : lx.qtypes) {
      for (const Words& p : set.phrases) {
        const int at = find_phrase(words, p);
        if (at >= 0 && p.size() > best.second) best = {static_cast<size_t>(at), p.size()};
      }
    }
    return best;
  };
  // The follow-up says nothing but how it asks.
  const auto [ask_at, ask_n] = question_phrase(u.words);
  if (ask_n == 0) return {};
  for (size_t i = 0; i < u.words.size(); ++i) {
    if ((i < ask_at || i >= ask_at + ask_n) && !lx.stop_words.count(u.words[i])) return {};
  }
  Words frame;
  for (size_t at = 0, next; at < ctx.frame.size(); at = next + 1) {
    next = ctx.frame.find(' ', at);
    if (next == std::string::npos) next = ctx.frame.size();
    if (next > at) frame.push_back(ctx.frame.substr(at, next - at));
  }
  const auto [was_at, was_n] = question_phrase(frame);
  if (was_n == 0 || was_n == frame.size()) return {};
  // (Indonesian may ask at the end: "IDA didirikan di mana?".)
  Words out(frame.begin(), frame.begin() + static_cast<long>(was_at));
  out.insert(out.end(), frame.begin() + static_cast<long>(was_at + was_n), frame.end());
  out.insert(out.end(), u.words.begin(), u.words.end());
  return join_words(out);
}

Plan resolve_plan(const Understanding& u, const Context& ctx, const Knowledge& kb) {
  Plan p;
  p.qtype = u.qtype;
  if (!u.topics.empty()) p.topic = u.topics.front();
  if (!u.entities.empty()) p.entity = u.entities.front();
  if (u.entities.size() > 1) p.entity2 = u.entities[1];
  if (ctx.turns == 0) return p;

  const int previous = entity_by_name(kb, ctx.entity);
  const bool names_something = p.entity >= 0 || u.subject;
  // Nothing new but a few (everyday) words: the question is about the last thing.
  const bool bare = u.content.size() == u.everyday;

  if (!p.topic.empty() && !names_something) {
    // "contohnya?", "terus sisi negatifnya?": a new topic, the same entity.
    if (u.followup_marker || bare) p.entity = previous;
  } else if (p.topic.empty() && p.entity >= 0 && !u.subject && u.followup_marker) {
    // "kalau regional?": the same kind of question about another entity.
    if (p.qtype.empty()) {
      p.topic = ctx.topic;
      if (p.topic.empty()) p.qtype = ctx.qtype;
    }
    if (p.qtype == "comparison" && p.entity2 < 0 && previous >= 0 && previous != p.entity) {
      p.entity2 = p.entity;
      p.entity = previous;
    }
  } else if (p.topic.empty() && !names_something && bare) {
    // "kenapa?", "jelaskan": about the last entity; "maksudnya gimana?":
    // the last answer again, which is what the reader asks to be explained.
    p.entity = previous;
    if (p.qtype.empty() || ((p.qtype == "definition" || p.qtype == "how") && !ctx.topic.empty())) {
      p.topic = ctx.topic;
      // ("tugasnya apa?" after what a short form stands for asks what the
      // thing does: a word of its own asks anew, of the same thing.)
      if (u.content.empty() || !ctx.topic.empty() || !p.qtype.empty()) p.qtype = ctx.qtype;
    } else if (p.qtype == "number" && !ctx.topic.empty()) {
      p.topic = ctx.topic;  // "ada berapa?": how many of them
    }
  } else if (p.topic.empty() && !names_something && u.followup_marker) {
    // "yang soal budaya maksudnya?": a part of the last answer;
    // "sebutkan wilayahnya": about the same entity. A new question about it
    // ("dengan berapa negara?") keeps the entity, not the last topic.
    // ("terus cara amannya?" after the dangers asks how, of something new:
    // not the last topic.)
    p.entity = previous;
    if (!ctx.topic.empty() && (p.qtype.empty() || p.qtype == "definition")) p.topic = ctx.topic;
  }
  // "itu termasuk kerja sama regional bukan?" after WTO: the thing is the
  // last one named, the kind is what the question names.
  if (p.qtype == "classification" && u.followup_marker && previous >= 0 && p.entity >= 0 &&
      p.entity2 < 0 && kb.entities[static_cast<size_t>(p.entity)].scoped() &&
      !kb.entities[static_cast<size_t>(previous)].scoped()) {
    p.entity2 = p.entity;
    p.entity = previous;
  }
  if (p.qtype == "comparison" && p.entity >= 0 && p.entity2 < 0 && previous >= 0 &&
      previous != p.entity) {
    // "apa bedanya dengan multilateral?": compared with the last entity.
    p.entity2 = p.entity;
    p.entity = previous;
  }
  return p;
}

bool about_focus(const Understanding& u, const Context& ctx) {
  // A short question of one fact that names nothing ("dibangun tahun
  // berapa?" after "Apa itu Masjid Katangka?") asks it of the same thing.
  constexpr size_t kShortQuestion = 4;  // words
  // (One that points back with "-nya", "rasionya berapa?", is read as
  // it stands.)
  const bool one_fact = !u.followup_marker && !u.qtype.empty() && u.qtype != "definition" &&
                        u.words.size() <= kShortQuestion && u.key_content.size() == 1 &&
                        u.content.size() == 1 && u.topics.empty();
  return ctx.turns > 0 && !ctx.focus.empty() && ctx.entity.empty() && ctx.topic.empty() &&
         u.entities.empty() && !u.subject && (u.key_content.empty() || one_fact) &&
         u.smalltalk.empty() && (u.followup_marker || u.content.size() == u.everyday || one_fact);
}

namespace {

bool is_number_word(const std::string& w, const Lexicon& lx) {
  return (!w.empty() &&
          std::all_of(w.begin(), w.end(),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) ||
         std::find(lx.number_words.begin(), lx.number_words.end(), w) != lx.number_words.end();
}

}  // namespace

std::string reframe(const Understanding& u, const Context& ctx, const Lexicon& lx,
                    const ArticleWords& article) {
  const auto& pairs = article.pairs;
  constexpr size_t kMaxNamed = 3, kSameEnding = 5;
  if (ctx.frame.empty() || !u.qtype.empty() || u.subject || !u.smalltalk.empty()) return {};
  // "kalau badan?", or the name alone ("badan?") right after a question
  // that asked something of the other ("... orang pribadi?"): a name is no
  // question by itself.
  constexpr size_t kBareName = 2;
  const bool bare_name = u.words.size() <= kBareName && !ctx.qtype.empty() && u.topics.empty() &&
                         std::none_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
                           return lx.stop_words.count(w) > 0 || lx.question_words.count(w) > 0;
                         });
  if (!u.entities.empty() && !bare_name) return {};
  if (!opens_again(u, lx) && !bare_name) return {};
  Words frame;
  for (size_t at = 0, next; at < ctx.frame.size(); at = next + 1) {
    next = ctx.frame.find(' ', at);
    if (next == std::string::npos) next = ctx.frame.size();
    if (next > at) frame.push_back(ctx.frame.substr(at, next - at));
  }
  // A topic is a new question, unless the last question said its word
  // too: "kalau risiko gagal bayar?" after "Apa itu risiko likuiditas di
  // SCF?" asks that again of another risk.
  for (const std::string& id : u.topics) {
    const TopicDef* topic = lx.topic(id);
    if (topic == nullptr) return {};
    const bool repeated =
        std::any_of(topic->synonym_words.begin(), topic->synonym_words.end(), [&](const Words& p) {
          return p.size() == 1 &&
                 std::find(u.words.begin(), u.words.end(), p.front()) != u.words.end() &&
                 std::find(frame.begin(), frame.end(), p.front()) != frame.end();
        });
    if (!repeated) return {};
  }
  auto content = [&](const std::string& w) {
    return !lx.stop_words.count(w) && !lx.question_words.count(w);
  };
  // What the follow-up names: its words that are asked about, and a word
  // of the frame it repeats to say where the change goes, however small
  // ("kalau berdasarkan zonasi?" after "... berdasarkan bentuk akar?",
  // "kalau di Bali?" after "... di Jawa?").
  Words named;
  bool asked = false;
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    const bool in_query = std::find(u.query.begin(), u.query.end(), u.terms[i]) != u.query.end() ||
                          is_number_word(u.words[i], lx);
    asked = asked || in_query;
    if (in_query || (i > 0 && !lx.question_words.count(u.words[i]) &&
                     std::find(frame.begin(), frame.end(), u.words[i]) != frame.end()))
      named.push_back(u.words[i]);
  }
  if (!asked || named.size() > kMaxNamed) return {};
  // 1. Numbers for numbers: "usia 4 bulan" -> "usia 9 bulan".
  Words numbers;
  for (const auto& w : named) {
    if (is_number_word(w, lx)) numbers.push_back(w);
  }
  if (!numbers.empty()) {
    size_t k = 0;
    bool replaced = false;
    for (auto& w : frame) {
      if (!is_number_word(w, lx)) continue;
      w = numbers[std::min(k++, numbers.size() - 1)];
      replaced = true;
    }
    if (replaced) return join_words(frame);
  }
  // 2. The words after a word both share: "usaha mikro" -> "usaha kecil",
  //    "berdasarkan bentuk akar" -> "berdasarkan zonasi" (the whole run of
  //    words that said what the shared word was of).
  for (size_t n = 0; n + 1 < named.size(); ++n) {
    auto at = std::find(frame.begin(), frame.end(), named[n]);
    if (at == frame.end()) continue;
    const size_t from = static_cast<size_t>(at - frame.begin()) + 1;
    size_t to = from;
    while (to < frame.size() && content(frame[to])) ++to;
    if (to == from) continue;
    Words out(frame.begin(), frame.begin() + static_cast<long>(from));
    out.insert(out.end(), named.begin() + static_cast<long>(n) + 1, named.end());
    out.insert(out.end(), frame.begin() + static_cast<long>(to), frame.end());
    return join_words(out);
  }
  //    And before a word both end with, as many words as the follow-up
  //    puts before it: "migrain dengan aura" -> "migrain tanpa aura".
  if (named.size() >= 2) {
    const size_t k = named.size() - 1;
    auto at = std::find(frame.begin(), frame.end(), named.back());
    const size_t end = static_cast<size_t>(at - frame.begin());
    if (at != frame.end() && end >= k + 1 &&
        std::none_of(frame.begin() + static_cast<long>(end - k), at, [&](const std::string& w) {
          return lx.question_words.count(w) > 0 ||
                 std::find(named.begin(), named.end(), w) != named.end();
        })) {
      Words out(frame.begin(), frame.begin() + static_cast<long>(end - k));
      out.insert(out.end(), named.begin(), named.end());
      out.insert(out.end(), at + 1, frame.end());
      return join_words(out);
    }
  }
  // 3. An item of the same list: "kopi arabika" -> "kopi robusta", where
  //    the article lists "Arabika" and "Robusta" as kinds.
  //    (Named with "-nya", "kalau pupanya?", it is the item all the same.)
  if (named.size() == 1) {
    const std::string& w = named.front();
    const std::string bare = without_nya(w);
    for (auto& f : frame) {
      for (const std::string& item : {w, bare}) {
        if (content(f) && article.siblings(f, item)) {
          f = item;
          return join_words(frame);
        }
      }
    }
  }
  // 4. A word of the same ending: "inspirasi" -> "ekspirasi".
  if (named.size() == 1) {
    const std::string& w = named.front();
    for (auto& f : frame) {
      if (f.size() >= kSameEnding && w.size() >= kSameEnding && f != w &&
          f.compare(f.size() - kSameEnding, kSameEnding, w, w.size() - kSameEnding, kSameEnding) ==
              0) {
        f = w;
        return join_words(frame);
      }
    }
  }
  // 5. A word the article writes beside the same neighbour as one of the
  //    frame's: "TB sensitif obat" -> "TB resisten obat", where the article
  //    has both "sensitif obat" and "resisten obat".
  if (named.size() == 1) {
    const std::string& w = named.front();
    for (size_t i = frame.size(); i-- > 0;) {
      if (!content(frame[i]) || frame[i] == w) continue;
      const bool before = i > 0 && pairs(frame[i - 1], frame[i]) > 0 && pairs(frame[i - 1], w) > 0;
      const bool after =
          i + 1 < frame.size() && pairs(frame[i], frame[i + 1]) > 0 && pairs(w, frame[i + 1]) > 0;
      if (before || after) {
        frame[i] = w;
        return join_words(frame);
      }
    }
  }
  // 6. Its last words: "hak cipta buku" -> "hak cipta foto".
  std::vector<size_t> last;
  for (size_t i = frame.size(); i-- > 0 && last.size() < named.size();) {
    if (content(frame[i])) last.push_back(i);
  }
  if (last.size() < named.size()) return {};
  std::sort(last.begin(), last.end());
  Words out;
  for (size_t i = 0; i < frame.size(); ++i) {
    if (i == last.front()) out.insert(out.end(), named.begin(), named.end());
    if (std::find(last.begin(), last.end(), i) == last.end()) out.push_back(frame[i]);
  }
  return join_words(out);
}

void remember_turn(const Understanding& u, const Plan& plan, const Draft& d, const Answer& a,
                   const Knowledge& kb, const Lexicon& lx, Context* ctx) {
  int entity = plan.entity >= 0 ? plan.entity : d.entity;
  // A passage from a sub-type's section ("...dibagi menjadi delapan
  // wilayah", under bilateral) makes that sub-type what a follow-up is about.
  if (entity < 0 && !d.sections.empty()) {
    int sub = kb.subtype_section(d.sections.front());
    if (sub >= 0) entity = kb.sections[static_cast<size_t>(sub)].subtype;
  }
  ctx->entity = entity >= 0 ? kb.entities[static_cast<size_t>(entity)].name : "";
  ctx->topic = d.topic;
  ctx->qtype = plan.qtype;
  // The words that say what was asked about: everything searched for but
  // the topic ("sisi negatif" is what was asked of it, not what it is).
  std::string focus;
  std::unordered_set<std::string> query(u.query.begin(), u.query.end());
  for (const std::string& id : u.topics) {
    if (const TopicDef* t = lx.topic(id)) {
      for (const Words& p : t->synonyms) {
        for (const std::string& term : p) query.erase(term);
      }
    }
  }
  for (size_t i = 0; i < u.words.size() && i < u.terms.size(); ++i) {
    if (query.count(u.terms[i])) focus += (focus.empty() ? "" : " ") + u.words[i];
  }
  ctx->focus = std::move(focus);
  // A question is the frame a "kalau X?" asks again: one with a question
  // type or topic, or any that asks ("Apa dampak perundungan bagi
  // pelaku?" has neither). A follow-up that only names ("kalau DPD?")
  // keeps the frame it leaned on.
  const bool asks = !u.qtype.empty() || !u.topics.empty() ||
                    std::any_of(u.words.begin(), u.words.end(), [&](const std::string& w) {
                      return lx.question_words.count(w) > 0;
                    });
  if (asks) {
    std::string frame = join_words(u.words);
    ctx->frame = frame.size() <= Context::kMaxFrame ? std::move(frame) : std::string();
  }
  // The person a "siapa" question was answered with: the first name, in
  // capitals past its opening word, that the question did not say, in the
  // answer's sentence that says most of what was asked ("Puncak kejayaan
  // Tidore terjadi pada masa Sultan Nuku ..." for "Siapa pemimpin yang
  // membawa Tidore ...?").
  // (Word k of a sentence as written opens in a capital.)
  auto capital = [](const KSentence& s, size_t k) {
    return k < s.begins.size() && s.begins[k] < s.text.size() &&
           std::isupper(static_cast<unsigned char>(s.text[s.begins[k]]));
  };
  // (Not "Siapa Pati Unus?": a question that names the person asks who
  // that is, and "dia" next is that person, whom the conversation already
  // follows. A "siapa" that asks for one says "yang" or a noun the article
  // writes in lower case, "raja", "suami", after it.)
  auto asks_for_person = [&] {
    auto at = std::find(u.words.begin(), u.words.end(), "siapa");
    while (at != u.words.end() && std::next(at) != u.words.end() &&
           lx.stop_words.count(*std::next(at)) && *std::next(at) != "yang")
      ++at;
    if (at == u.words.end() || std::next(at) == u.words.end()) return false;
    const std::string& next = *std::next(at);
    if (next == "yang") return true;
    int lower = 0, upper = 0;
    for (const KSentence& s : kb.sentences) {
      for (size_t k = 1; k < s.words.size() && k < s.begins.size(); ++k) {
        if (s.words[k] == next && s.begins[k] < s.text.size()) (capital(s, k) ? upper : lower) += 1;
      }
    }
    return lower > upper;
  };
  ctx->person.clear();
  if (plan.qtype == "who" && a.found && asks_for_person()) {
    const std::unordered_set<std::string> asked(u.words.begin(), u.words.end());
    // (Of the answer's sentences, the one that says most of what was
    // asked: a list's lead, "susunan delegasi ... sebagai berikut:", names
    // no one.)
    const KSentence* said = nullptr;
    long most = -1;
    for (int si : d.sentences) {
      if (si < 0 || static_cast<size_t>(si) >= kb.sentences.size()) continue;
      const KSentence& s = kb.sentences[static_cast<size_t>(si)];
      const long n = std::count_if(s.words.begin(), s.words.end(), [&](const std::string& w) {
        return asked.count(w) > 0 && !lx.stop_words.count(w);
      });
      if (n > most) said = &s, most = n;
    }
    std::string name;
    for (size_t k = 1; said != nullptr && k < said->words.size() && k < said->begins.size(); ++k) {
      const std::string& text = said->text;
      const size_t at = said->begins[k];
      const bool named =
          capital(*said, k) && !asked.count(said->words[k]) && !lx.stop_words.count(said->words[k]);
      // (A run is broken by punctuation, but for the dot of an initial:
      // "R. Abdulkadir Widjojoatmodjo".)
      const size_t gap = name.empty() ? at : text.find_first_of(",.;:()", said->begins[k - 1]);
      const bool initial = gap < at && text[gap] == '.' && gap == said->begins[k - 1] + 1 &&
                           text.find_first_of(",;:()", gap) >= at;
      if (named && (name.empty() || gap >= at || initial)) {
        const size_t end = std::min(text.find_first_of(" ,;:()", at), text.size());
        name += (name.empty() ? "" : " ") + text.substr(at, end - at);
      } else if (!name.empty()) {
        break;
      }
    }
    while (!name.empty() && name.back() == '.') name.pop_back();
    if (name.size() <= Context::kMaxPerson) ctx->person = std::move(name);
  }
  ctx->items.assign(a.items.begin(), a.items.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                           a.items.size(), Context::kMaxItems)));
  ctx->sentences.assign(d.sentences.begin(),
                        d.sentences.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                  d.sentences.size(), Context::kMaxItems)));
}

}  // namespace tanya
