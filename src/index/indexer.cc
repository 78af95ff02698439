#include "index/indexer.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "base/embedded.h"
#include "index/entities.h"
#include "index/fts_tokenizer.h"
#include "index/sqlite.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace tanya {

namespace {

std::string schema_sql() {
  for (const auto& f : embedded::schema()) {
    if (f.path == "schema.sql") return std::string(f.data);
  }
  throw std::runtime_error("schema.sql is not embedded");
}

const char* kind_name(Block::Kind k) {
  switch (k) {
    case Block::Kind::kParagraph:
      return "paragraph";
    case Block::Kind::kBulletList:
    case Block::Kind::kTable:  // rows are items ("Header: cell; ..."): searched and answered as a
                               // list
      return "bullet";
    case Block::Kind::kOrderedList:
      return "ordered";
  }
  return "paragraph";
}

std::string join_path(const Section& s) {
  std::string out;
  for (const auto& h : s.path) {
    if (!out.empty()) out += " › ";
    out += h;
  }
  return out;
}

// The time an index was written, as meta's "built_at" keeps it.
std::string unix_seconds_now() {
  return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count());
}

}  // namespace

std::string list_lead(const Section& section, size_t block) {
  // A nested list hangs from the item above it ("Tumbuhan C3, yaitu ...").
  if (!section.blocks[block].lead.empty()) return section.blocks[block].lead;
  if (block == 0) return "";
  const Block& prev = section.blocks[block - 1];
  if (prev.is_list()) return "";
  auto sentences = split_sentences(prev.text);
  if (sentences.empty()) return "";
  const std::string& last = sentences.back();
  return !last.empty() && last.back() == ':' ? last : "";
}

Corpus load_corpus(const std::vector<DataFile>& files) {
  Corpus corpus;
  const std::string versions = "schema=" + std::to_string(kSchemaVersion) +
                               " tokenizer=" + std::to_string(kTokenizerVersion) + "\n" +
                               schema_sql();
  std::string all = versions;
  std::map<std::string, std::string> texts;  // document id -> its Markdown
  for (const DataFile& f : files) {
    all += "\n--" + f.path + "\n" + f.data;
    const std::string ext = ".md";
    if (f.path.size() > ext.size() &&
        f.path.compare(f.path.size() - ext.size(), ext.size(), ext) == 0) {
      std::string id = std::filesystem::path(f.path).stem().string();
      texts[id] = std::string(f.data);
      corpus.documents.push_back(parse_markdown(id, f.data));
    } else if (std::filesystem::path(f.path).extension() == ".json") {
      const std::string name = std::filesystem::path(f.path).filename().string();
      auto j = nlohmann::json::parse(f.data, nullptr, false);
      if (j.is_discarded() || !j.is_object())
        throw std::runtime_error("corpus/" + name + " is not a JSON object");
      auto add_errata = [&](const std::string& doc, const nlohmann::json& list) {
        if (!list.is_array()) return;
        for (const auto& e : list) {
          if (!e.is_object()) continue;
          auto str = [&](const char* key) {
            auto it = e.find(key);
            return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
          };
          corpus.errata.push_back({doc, str("wrong"), str("right"), str("note")});
        }
      };
      if (name == "errata.json") {
        for (auto& [doc, list] : j.items()) add_errata(doc, list);
        continue;
      }
      const std::string doc = std::filesystem::path(f.path).stem().string();
      if (auto e = j.find("errata"); e != j.end()) add_errata(doc, *e);
      if (auto r = j.find("rewrites"); r != j.end() && r->is_object()) {
        for (auto& [from, to] : r->items()) {
          if (to.is_string()) corpus.rewrites.push_back({doc, from, to.get<std::string>()});
        }
      }
      if (auto c = j.find("curated"); c != j.end()) {
        if (!c->is_array())
          throw std::runtime_error("corpus/" + name + ": \"curated\" is not a list");
        for (const auto& entry : *c) {
          // An entry an editor left half-written is an error that names
          // the file, not an answer with nothing to say.
          auto answer = entry.is_object() ? entry.find("answer") : entry.end();
          auto questions = entry.is_object() ? entry.find("questions") : entry.end();
          if (!entry.is_object() || answer == entry.end() || !answer->is_string() ||
              answer->get_ref<const std::string&>().empty() || questions == entry.end() ||
              !questions->is_array() || questions->empty())
            throw std::runtime_error("corpus/" + name +
                                     ": each \"curated\" entry needs \"questions\" (a list) "
                                     "and an \"answer\"");
          Curated cur{doc, {}, answer->get<std::string>(), ""};
          for (const auto& q : *questions) {
            if (q.is_string() && !q.get_ref<const std::string&>().empty())
              cur.questions.push_back(q.get<std::string>());
          }
          if (auto s = entry.find("section"); s != entry.end() && s->is_string())
            cur.section = s->get<std::string>();
          if (!cur.questions.empty()) corpus.curated.push_back(std::move(cur));
        }
      }
    }
  }
  corpus.fingerprint = fnv1a_hex(all);
  for (const Document& doc : corpus.documents) {
    std::string made_of = versions + "\n" + texts[doc.id];
    for (const Erratum& e : corpus.errata) {
      if (e.document == doc.id)
        made_of += "\nerratum\n" + e.wrong + "\n" + e.correct + "\n" + e.note;
    }
    for (const Rewrite& r : corpus.rewrites) {
      if (r.document == doc.id) made_of += "\nrewrite\n" + r.from + "\n" + r.to;
    }
    for (const Curated& c : corpus.curated) {
      if (c.document != doc.id) continue;
      made_of += "\ncurated\n" + c.answer + "\n" + c.section;
      for (const std::string& q : c.questions) made_of += "\n" + q;
    }
    corpus.document_hashes[doc.id] = fnv1a_hex(made_of);
  }
  return corpus;
}

namespace {

// Writes articles into an open index: the statements prepared once, one
// article's rows at a time.
class Writer {
 public:
  explicit Writer(sql::Db& db)
      : db_(db),
        ins_doc_(db,
                 "INSERT INTO documents(slug, title, subject, source, language, category, hash) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        ins_sec_(db,
                 "INSERT INTO sections(document_id, ord, level, heading, anchor, path) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
        ins_block_(db, "INSERT INTO blocks(section_id, ord, kind, text) VALUES (?1, ?2, ?3, ?4)"),
        ins_item_(db, "INSERT INTO items(block_id, ord, text) VALUES (?1, ?2, ?3)"),
        ins_chunk_(
            db, "INSERT INTO chunks(section_id, block_id, heading, body) VALUES (?1, ?2, ?3, ?4)"),
        ins_entity_(db,
                    "INSERT INTO entities(document_id, name, expansion, kind, section_id, "
                    "block_id, item_ord) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        ins_alias_(db, "INSERT INTO aliases(entity_id, alias) VALUES (?1, ?2)"),
        ins_erratum_(
            db, "INSERT INTO errata(document_id, wrong, correct, note) VALUES (?1, ?2, ?3, ?4)"),
        ins_rewrite_(db,
                     "INSERT INTO rewrites(document_id, phrase, replacement) VALUES (?1, ?2, ?3)"),
        ins_curated_(db,
                     "INSERT INTO curated(document_id, ord, questions, answer, section) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)") {}

  // Writes `doc` (with `hash`, its Corpus::document_hashes entry) and
  // counts what it wrote in `stats`.
  void write(const Corpus& corpus, const Document& doc, const std::string& hash, IndexStats* stats);

 private:
  sql::Db& db_;
  sql::Stmt ins_doc_;
  sql::Stmt ins_sec_;
  sql::Stmt ins_block_;
  sql::Stmt ins_item_;
  sql::Stmt ins_chunk_;
  sql::Stmt ins_entity_;
  sql::Stmt ins_alias_;
  sql::Stmt ins_erratum_;
  sql::Stmt ins_rewrite_;
  sql::Stmt ins_curated_;
};

void Writer::write(const Corpus& corpus, const Document& doc, const std::string& hash,
                   IndexStats* stats) {
  ins_doc_.bind(1, doc.id).bind(2, doc.title).bind(3, doc.subject).bind(4, doc.source);
  ins_doc_.bind(5, doc.language).bind(6, doc.category).bind(7, hash).run();
  int64_t doc_id = sqlite3_last_insert_rowid(db_.get());
  ++stats->documents;
  std::vector<int64_t> section_ids;
  std::vector<std::vector<int64_t>> block_ids;
  for (size_t s = 0; s < doc.sections.size(); ++s) {
    const Section& sec = doc.sections[s];
    std::string path_text = join_path(sec);
    ins_sec_.bind(1, doc_id)
        .bind(2, static_cast<int64_t>(s))
        .bind(3, static_cast<int64_t>(sec.level));
    ins_sec_.bind(4, sec.heading).bind(5, sec.anchor).bind(6, path_text).run();
    int64_t sec_id = sqlite3_last_insert_rowid(db_.get());
    section_ids.push_back(sec_id);
    ++stats->sections;
    block_ids.emplace_back();
    std::string heading_text = path_text.empty() ? sec.heading : path_text;
    for (size_t b = 0; b < sec.blocks.size(); ++b) {
      const Block& block = sec.blocks[b];
      ins_block_.bind(1, sec_id).bind(2, static_cast<int64_t>(b)).bind(3, kind_name(block.kind));
      // A list's text is the item it is nested under, if any (its lead).
      ins_block_.bind(4, block.is_list() ? block.lead : block.text).run();
      int64_t block_id = sqlite3_last_insert_rowid(db_.get());
      block_ids.back().push_back(block_id);
      std::string body = block.text;
      if (block.is_list()) {
        body = list_lead(sec, b);
        for (size_t i = 0; i < block.items.size(); ++i) {
          ins_item_.bind(1, block_id)
              .bind(2, static_cast<int64_t>(i))
              .bind(3, block.items[i])
              .run();
          if (!body.empty()) body += "\n";
          body += "- " + block.items[i];
        }
      }
      ins_chunk_.bind(1, sec_id).bind(2, block_id).bind(3, heading_text).bind(4, body).run();
      ++stats->chunks;
    }
  }
  for (const EntityRecord& e : extract_entities(doc)) {
    ins_entity_.bind(1, doc_id).bind(2, e.name).bind(3, e.expansion).bind(4, e.kind);
    ins_entity_.bind(5, section_ids[static_cast<size_t>(e.section)]);
    if (e.block >= 0) {
      ins_entity_.bind(6, block_ids[static_cast<size_t>(e.section)][static_cast<size_t>(e.block)]);
    }
    if (e.item >= 0) ins_entity_.bind(7, static_cast<int64_t>(e.item));
    ins_entity_.run();
    int64_t entity_id = sqlite3_last_insert_rowid(db_.get());
    for (const std::string& a : e.aliases) ins_alias_.bind(1, entity_id).bind(2, a).run();
    ++stats->entities;
  }
  for (const Erratum& e : corpus.errata) {
    if (e.document != doc.id) continue;
    ins_erratum_.bind(1, doc_id).bind(2, e.wrong).bind(3, e.correct).bind(4, e.note).run();
  }
  for (const Rewrite& r : corpus.rewrites) {
    if (r.document != doc.id) continue;
    ins_rewrite_.bind(1, doc_id).bind(2, r.from).bind(3, r.to).run();
  }
  int64_t ord = 0;
  for (const Curated& c : corpus.curated) {
    if (c.document != doc.id) continue;
    ins_curated_.bind(1, doc_id)
        .bind(2, ord++)
        .bind(3, nlohmann::json(c.questions)
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        .bind(4, c.answer)
        .bind(5, c.section)
        .run();
  }
}

}  // namespace

IndexStats build_index(const Corpus& corpus, const std::string& path) {
  auto t0 = std::chrono::steady_clock::now();
  std::filesystem::path target(path);
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path());
  std::string tmp = path + ".tmp" + std::to_string(::getpid());
  std::remove(tmp.c_str());
  IndexStats stats;
  {
    sql::Db db(tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    register_fts_tokenizer(db.get());
    // The file is private until renamed: no journal and no fsync per
    // statement; one fsync happens at close through the rename discipline.
    db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;");
    db.exec(schema_sql());
    db.exec("BEGIN");
    sql::Stmt meta(db, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
    meta.bind(1, "schema_version").bind(2, std::to_string(kSchemaVersion)).run();
    meta.bind(1, "tokenizer_version").bind(2, std::to_string(kTokenizerVersion)).run();
    meta.bind(1, "corpus_hash").bind(2, corpus.fingerprint).run();
    meta.bind(1, "built_at").bind(2, unix_seconds_now()).run();

    Writer writer(db);
    for (const Document& doc : corpus.documents) {
      auto h = corpus.document_hashes.find(doc.id);
      writer.write(corpus, doc, h == corpus.document_hashes.end() ? std::string() : h->second,
                   &stats);
    }
    db.exec("INSERT INTO chunks_fts(chunks_fts) VALUES ('rebuild');");
    db.exec("INSERT INTO chunks_fts(chunks_fts) VALUES ('optimize');");
    db.exec("COMMIT");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    throw std::runtime_error("cannot move the index into place at " + path + ": " + ec.message());
  }
  stats.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

IndexStats update_index(const Corpus& corpus, const std::string& path) {
  auto t0 = std::chrono::steady_clock::now();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return build_index(corpus, path);
  IndexStats stats;
  stats.full = false;
  try {
    sql::Db db(path, SQLITE_OPEN_READWRITE);
    register_fts_tokenizer(db.get());
    {
      // Another schema or tokenizer: every row is stale.
      sql::Stmt q(
          db, "SELECT key, value FROM meta WHERE key IN ('schema_version', 'tokenizer_version')");
      int current = 0;
      while (q.step()) {
        if (q.text(0) == "schema_version" && q.text(1) == std::to_string(kSchemaVersion)) ++current;
        if (q.text(0) == "tokenizer_version" && q.text(1) == std::to_string(kTokenizerVersion))
          ++current;
      }
      if (current != 2) throw std::runtime_error("stale");
    }
    // Readers (a server answering) take no lock while they answer: they
    // read an article's rows only when it is loaded. A reload that is
    // reading waits for this transaction at most this long.
    db.exec("PRAGMA busy_timeout = 5000; BEGIN IMMEDIATE");
    std::map<std::string, std::pair<int64_t, std::string>> indexed;  // slug -> (id, hash)
    {
      sql::Stmt docs(db, "SELECT id, slug, hash FROM documents");
      while (docs.step()) indexed[docs.text(1)] = {docs.int64(0), docs.text(2)};
    }
    // An article's rows, and its chunks' entries in the full-text index
    // (an external-content FTS5 table forgets a row only when told its text).
    sql::Stmt forget_fts(db,
                         "INSERT INTO chunks_fts(chunks_fts, rowid, heading, body) "
                         "SELECT 'delete', c.id, c.heading, c.body FROM chunks c "
                         "JOIN sections s ON s.id = c.section_id WHERE s.document_id = ?1");
    const char* kForget[] = {
        "DELETE FROM aliases WHERE entity_id IN (SELECT id FROM entities WHERE document_id = ?1)",
        "DELETE FROM entities WHERE document_id = ?1",
        ("DELETE FROM items WHERE block_id IN (SELECT id FROM blocks WHERE section_id IN "
         "(SELECT id FROM sections WHERE document_id = ?1))"),
        "DELETE FROM chunks WHERE section_id IN (SELECT id FROM sections WHERE document_id = ?1)",
        "DELETE FROM blocks WHERE section_id IN (SELECT id FROM sections WHERE document_id = ?1)",
        "DELETE FROM sections WHERE document_id = ?1",
        "DELETE FROM errata WHERE document_id = ?1",
        "DELETE FROM rewrites WHERE document_id = ?1",
        "DELETE FROM curated WHERE document_id = ?1",
        "DELETE FROM documents WHERE id = ?1"};
    std::vector<sql::Stmt> forget;
    for (const char* sql_text : kForget) forget.emplace_back(db, sql_text);
    auto remove = [&](int64_t id) {
      forget_fts.bind(1, id).run();
      for (sql::Stmt& st : forget) st.bind(1, id).run();
    };
    int64_t last_chunk = 0;
    {
      sql::Stmt q(db, "SELECT coalesce(max(id), 0) FROM chunks");
      if (q.step()) last_chunk = q.int64(0);
    }
    std::map<std::string, bool> present;
    Writer writer(db);
    for (const Document& doc : corpus.documents) {
      present[doc.id] = true;
      auto h = corpus.document_hashes.find(doc.id);
      const std::string hash = h == corpus.document_hashes.end() ? std::string() : h->second;
      auto it = indexed.find(doc.id);
      if (it != indexed.end() && it->second.second == hash && !hash.empty()) {
        ++stats.unchanged;
        continue;
      }
      if (it != indexed.end()) remove(it->second.first);
      writer.write(corpus, doc, hash, &stats);
    }
    for (const auto& [slug, row] : indexed) {
      if (present.count(slug)) continue;
      remove(row.first);
      ++stats.removed;
    }
    sql::Stmt add_fts(db,
                      "INSERT INTO chunks_fts(rowid, heading, body) "
                      "SELECT id, heading, body FROM chunks WHERE id > ?1");
    add_fts.bind(1, last_chunk).run();
    sql::Stmt meta(db, "UPDATE meta SET value = ?2 WHERE key = ?1");
    meta.bind(1, "corpus_hash").bind(2, corpus.fingerprint).run();
    meta.bind(1, "built_at").bind(2, unix_seconds_now()).run();
    db.exec("COMMIT");
  } catch (const std::exception&) {
    // Stale, unreadable or failed half-way (rolled back when the connection
    // closed): the whole index is built anew, atomically.
    return build_index(corpus, path);
  }
  stats.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return stats;
}

bool index_is_current(const std::string& path, const std::string& fingerprint) {
  try {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return false;
    sql::Db db(path, SQLITE_OPEN_READONLY);
    sql::Stmt q(db, "SELECT key, value FROM meta WHERE key IN ('schema_version', 'corpus_hash')");
    bool schema_ok = false, hash_ok = false;
    while (q.step()) {
      if (q.text(0) == "schema_version") schema_ok = q.text(1) == std::to_string(kSchemaVersion);
      if (q.text(0) == "corpus_hash") hash_ok = q.text(1) == fingerprint;
    }
    return schema_ok && hash_ok;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace tanya
