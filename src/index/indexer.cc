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
  std::string all = "schema=" + std::to_string(kSchemaVersion) +
                    " tokenizer=" + std::to_string(kTokenizerVersion) + "\n" + schema_sql();
  for (const DataFile& f : files) {
    all += "\n--" + f.path + "\n" + f.data;
    const std::string ext = ".md";
    if (f.path.size() > ext.size() &&
        f.path.compare(f.path.size() - ext.size(), ext.size(), ext) == 0) {
      std::string id = std::filesystem::path(f.path).stem().string();
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
    }
  }
  corpus.fingerprint = fnv1a_hex(all);
  return corpus;
}

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
    meta.bind(1, "built_at")
        .bind(2, std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                    std::chrono::system_clock::now().time_since_epoch())
                                    .count()))
        .run();

    sql::Stmt ins_doc(db,
                      "INSERT INTO documents(slug, title, subject, source, language, category) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    sql::Stmt ins_sec(db,
                      "INSERT INTO sections(document_id, ord, level, heading, anchor, path) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    sql::Stmt ins_block(db,
                        "INSERT INTO blocks(section_id, ord, kind, text) VALUES (?1, ?2, ?3, ?4)");
    sql::Stmt ins_item(db, "INSERT INTO items(block_id, ord, text) VALUES (?1, ?2, ?3)");
    sql::Stmt ins_chunk(
        db, "INSERT INTO chunks(section_id, block_id, heading, body) VALUES (?1, ?2, ?3, ?4)");
    sql::Stmt ins_entity(db,
                         "INSERT INTO entities(document_id, name, expansion, kind, section_id, "
                         "block_id, item_ord) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    sql::Stmt ins_alias(db, "INSERT INTO aliases(entity_id, alias) VALUES (?1, ?2)");
    sql::Stmt ins_erratum(
        db, "INSERT INTO errata(document_id, wrong, correct, note) VALUES (?1, ?2, ?3, ?4)");
    sql::Stmt ins_rewrite(
        db, "INSERT INTO rewrites(document_id, phrase, replacement) VALUES (?1, ?2, ?3)");

    for (const Document& doc : corpus.documents) {
      ins_doc.bind(1, doc.id).bind(2, doc.title).bind(3, doc.subject).bind(4, doc.source);
      ins_doc.bind(5, doc.language).bind(6, doc.category).run();
      int64_t doc_id = sqlite3_last_insert_rowid(db.get());
      ++stats.documents;
      std::vector<int64_t> section_ids;
      std::vector<std::vector<int64_t>> block_ids;
      for (size_t s = 0; s < doc.sections.size(); ++s) {
        const Section& sec = doc.sections[s];
        std::string path_text = join_path(sec);
        ins_sec.bind(1, doc_id)
            .bind(2, static_cast<int64_t>(s))
            .bind(3, static_cast<int64_t>(sec.level));
        ins_sec.bind(4, sec.heading).bind(5, sec.anchor).bind(6, path_text).run();
        int64_t sec_id = sqlite3_last_insert_rowid(db.get());
        section_ids.push_back(sec_id);
        ++stats.sections;
        block_ids.emplace_back();
        std::string heading_text = path_text.empty() ? sec.heading : path_text;
        for (size_t b = 0; b < sec.blocks.size(); ++b) {
          const Block& block = sec.blocks[b];
          ins_block.bind(1, sec_id).bind(2, static_cast<int64_t>(b)).bind(3, kind_name(block.kind));
          // A list's text is the item it is nested under, if any (its lead).
          ins_block.bind(4, block.is_list() ? block.lead : block.text).run();
          int64_t block_id = sqlite3_last_insert_rowid(db.get());
          block_ids.back().push_back(block_id);
          std::string body = block.text;
          if (block.is_list()) {
            body = list_lead(sec, b);
            for (size_t i = 0; i < block.items.size(); ++i) {
              ins_item.bind(1, block_id)
                  .bind(2, static_cast<int64_t>(i))
                  .bind(3, block.items[i])
                  .run();
              if (!body.empty()) body += "\n";
              body += "- " + block.items[i];
            }
          }
          ins_chunk.bind(1, sec_id).bind(2, block_id).bind(3, heading_text).bind(4, body).run();
          ++stats.chunks;
        }
      }
      for (const EntityRecord& e : extract_entities(doc)) {
        ins_entity.bind(1, doc_id).bind(2, e.name).bind(3, e.expansion).bind(4, e.kind);
        ins_entity.bind(5, section_ids[static_cast<size_t>(e.section)]);
        if (e.block >= 0) {
          ins_entity.bind(6,
                          block_ids[static_cast<size_t>(e.section)][static_cast<size_t>(e.block)]);
        }
        if (e.item >= 0) ins_entity.bind(7, static_cast<int64_t>(e.item));
        ins_entity.run();
        int64_t entity_id = sqlite3_last_insert_rowid(db.get());
        for (const std::string& a : e.aliases) ins_alias.bind(1, entity_id).bind(2, a).run();
        ++stats.entities;
      }
      for (const Erratum& e : corpus.errata) {
        if (e.document != doc.id) continue;
        ins_erratum.bind(1, doc_id).bind(2, e.wrong).bind(3, e.correct).bind(4, e.note).run();
      }
      for (const Rewrite& r : corpus.rewrites) {
        if (r.document != doc.id) continue;
        ins_rewrite.bind(1, doc_id).bind(2, r.from).bind(3, r.to).run();
      }
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
